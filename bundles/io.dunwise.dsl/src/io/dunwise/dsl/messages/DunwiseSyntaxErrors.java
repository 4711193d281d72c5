package io.dunwise.dsl.messages;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

/**
 * Syntax errors in words a strategy author knows: "expected a number" instead of the parser's "RULE_INT".
 */
public class DunwiseSyntaxErrors extends SyntaxErrorMessageProvider {

    private static final Map<String, String> TOKENS = Map.of(
            "RULE_INT", "a whole number",
            "RULE_STRING", "a quoted text",
            "RULE_ID", "a name",
            "<EOF>", "the end of the file",
            "EOF", "the end of the file");

    private static final Pattern TOKEN = Pattern.compile("<EOF>|\\bEOF\\b|RULE_[A-Z_]+");

    @Override
    public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
        SyntaxErrorMessage message = super.getSyntaxErrorMessage(context);
        return new SyntaxErrorMessage(readable(message.getMessage()), message.getIssueCode(),
                message.getIssueData());
    }

    static String readable(String parserMessage) {
        // a token may span lines (a quoted text); a diagnostic is one line (issue 18 §3)
        String text = parserMessage.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ')
                .replaceFirst("^mismatched input (.*) expecting (.*)$", "found $1 where $2 was expected")
                .replaceFirst("^extraneous input (.*) expecting (.*)$", "unexpected $1; expected $2")
                .replaceFirst("^missing (.*) at (.*)$", "$1 is missing before $2")
                .replaceFirst("^no viable alternative at input (.*)$", "unexpected $1")
                .replaceFirst("^required \\(\\.\\.\\.\\)\\+ loop did not match anything at input (.*)$",
                        "unexpected $1");
        Matcher matcher = TOKEN.matcher(text);
        StringBuilder readable = new StringBuilder();
        while (matcher.find()) {
            String token = matcher.group();
            String words = TOKENS.containsKey(token) ? TOKENS.get(token)
                    : "a " + token.substring("RULE_".length()).toLowerCase(java.util.Locale.ROOT);
            matcher.appendReplacement(readable, Matcher.quoteReplacement(words));
        }
        matcher.appendTail(readable);
        return readable.toString().replace("'the end of the file'", "the end of the file");
    }
}
