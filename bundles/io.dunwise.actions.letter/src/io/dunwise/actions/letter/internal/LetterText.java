package io.dunwise.actions.letter.internal;

import io.dunwise.actions.api.Template;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of a letter before its placeholders are filled (R31): the template's version in the customer's
 * language, else in the template's default language; a step without a letter template gets Dunwise's built-in
 * letter (English, Swedish, German; English for other languages). The labels of the letter's head, table and totals
 * follow the chosen language, English where Dunwise has none.
 *
 * @param language the language the letter is written in, as the posted letter records it
 * @param subject  the subject, with placeholders
 * @param body     the body, plain text with placeholders; blank lines separate paragraphs
 */
record LetterText(String language, String subject, String body) {

    private static final String BUNDLE = "io.dunwise.actions.letter.internal.letter";

    /** The text of a letter from {@code template} (or the built-in one when null) for a customer's language. */
    static LetterText choose(Template.Message template, String customerLanguage) {
        if (template != null) {
            Template.Version version = template.version(Arrays.asList(customerLanguage));
            return new LetterText(version.language(), version.subject(), version.body());
        }
        ResourceBundle builtIn = words(customerLanguage);
        String language = builtIn.getLocale().getLanguage().isEmpty() ? "en" : builtIn.getLocale().getLanguage();
        return new LetterText(language, builtIn.getString("subject"), builtIn.getString("body"));
    }

    /** The built-in texts and the labels in {@code language}, English when Dunwise has none in it. */
    static ResourceBundle words(String language) {
        Locale locale = language == null || language.isBlank() ? Locale.ROOT
                : Locale.forLanguageTag(language.replace('_', '-'));
        // no fallback to the machine's language: a Swedish customer gets a Swedish or an English letter, whatever
        // the language of the server that prints it
        return ResourceBundle.getBundle(BUNDLE, Locale.of(locale.getLanguage()), LetterText.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
