package io.dunwise.actions.text;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fills a template text's placeholders with Mustache (R13–R15, R31). In HTML every value written as
 * {@code {{name}}} is escaped and only {@code {{{name}}}} inserts HTML as it is; in plain text (subjects, activity
 * details, letters) nothing is escaped. A placeholder without a value is left empty: the strategy validator has
 * already refused unknown names.
 */
public final class TemplateText {

    private static final Mustache.Compiler HTML = Mustache.compiler().escapeHTML(true).defaultValue("");
    private static final Mustache.Compiler PLAIN = Mustache.compiler().escapeHTML(false).defaultValue("");

    /** Compiled texts: a run sends thousands of messages from a handful of templates. */
    private static final Map<String, Template> HTML_TEXTS = new ConcurrentHashMap<>();
    private static final Map<String, Template> PLAIN_TEXTS = new ConcurrentHashMap<>();
    private static final int MAX_CACHED = 500;

    private TemplateText() {
    }

    /** The text as HTML, its values escaped. */
    public static String html(String text, Map<String, Object> values) {
        return fill(text, values, HTML, HTML_TEXTS);
    }

    /** The text as plain text. */
    public static String plain(String text, Map<String, Object> values) {
        return fill(text, values, PLAIN, PLAIN_TEXTS);
    }

    private static String fill(String text, Map<String, Object> values, Mustache.Compiler compiler,
            Map<String, Template> cache) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        try {
            if (cache.size() > MAX_CACHED) {
                cache.clear();
            }
            return cache.computeIfAbsent(text, compiler::compile).execute(values);
        } catch (MustacheException e) {
            throw new TemplateException("the template text cannot be filled in: " + e.getMessage(), e);
        }
    }

    /** A template text that is not valid Mustache, e.g. a section never closed. */
    public static final class TemplateException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TemplateException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
