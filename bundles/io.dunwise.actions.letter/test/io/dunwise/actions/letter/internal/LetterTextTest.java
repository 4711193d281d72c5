package io.dunwise.actions.letter.internal;

import static io.dunwise.actions.letter.internal.Letters.TEMPLATE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class LetterTextTest {

    @Test
    void r31TheTemplatesVersionInTheCustomersLanguageElseTheDefault() {
        assertEquals("sv", LetterText.choose(TEMPLATE, "sv").language());
        assertEquals("Påminnelse nr {{letter.level}}: förfallna fakturor", LetterText.choose(TEMPLATE, "sv-SE")
                .subject());
        assertEquals("en", LetterText.choose(TEMPLATE, "nl").language());
        assertEquals("en", LetterText.choose(TEMPLATE, null).language());
    }

    @Test
    void r31WithoutATemplateTheBuiltInLetterInEnglishSwedishOrGerman() {
        assertEquals(new LetterText("de", "Zahlungserinnerung Nr. {{letter.level}}: überfällige Rechnungen",
                ResourceBundle.getBundle("io.dunwise.actions.letter.internal.letter", Locale.GERMAN)
                        .getString("body")), LetterText.choose(null, "de-AT"));
        assertEquals("sv", LetterText.choose(null, "sv").language());
        assertEquals("en", LetterText.choose(null, "en").language());
        assertEquals("en", LetterText.choose(null, "fi").language(), "no Finnish letter: English");
        assertEquals("en", LetterText.choose(null, "").language());
        assertTrue(LetterText.choose(null, "sv").body().startsWith("Hej {{customer.name}},\n\n"));
    }

    @Test
    void r31EveryLanguageHasEveryLabel() {
        ResourceBundle english = LetterText.words("en");
        for (String language : new String[] {"sv", "de"}) {
            ResourceBundle words = LetterText.words(language);
            assertEquals(language, words.getLocale().getLanguage());
            for (String key : english.keySet()) {
                assertTrue(!words.getString(key).equals(english.getString(key)), language + " translates " + key);
            }
        }
        assertEquals("Invoice", LetterText.words("ja").getString("column.invoice"), "English where none exists");
    }
}
