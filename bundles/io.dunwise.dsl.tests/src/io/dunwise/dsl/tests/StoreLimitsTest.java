package io.dunwise.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dunwise.dsl.strategies.StrategySetLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * issue 18 §3: what validates must fit the store. Texts longer than the store's columns and fees or rates it cannot
 * keep passed {@code validate} and {@code simulate}, then {@code run} died or left actions pending for ever.
 */
@ExtendWith(ServiceExtension.class)
class StoreLimitsTest {

    @InjectService(timeout = 10_000)
    StrategySetLoader loader;

    @TempDir
    Path folder;

    private List<String> problems(String text) throws IOException {
        return Strategies.problems(loader, folder.resolve("test.dun"), text);
    }

    /** R3: the history keeps 64 characters of a strategy's name; exactly 64 is fine. */
    @Test
    void r3_strategyNamesFitTheHistory() throws IOException {
        String step = " { step \"a\" letter on due }";
        assertEquals(List.of(), problems("pool P strategy " + "S".repeat(64) + " rank 1 pool P" + step));
        assertEquals(List.of("1:17 error a name is at most 64 characters; this one has 65"),
                problems("pool P strategy " + "S".repeat(65) + " rank 1 pool P" + step));
    }

    /** R8: the history keeps 255 characters of a step's description. */
    @Test
    void r8_stepDescriptionsFitTheHistory() throws IOException {
        String strategy = "pool P strategy S rank 1 pool P { step \"%s\" letter on due }";
        assertEquals(List.of(), problems(strategy.formatted("d".repeat(255))));
        assertEquals(List.of("1:40 error a step's description is at most 255 characters; this one has 256"),
                problems(strategy.formatted("d".repeat(256))));
    }

    /** R13: an activity's name (64) and details (4,000) fit the activities it creates. */
    @Test
    void r13_activitiesFitTheStore() throws IOException {
        assertEquals(List.of(), problems("activity " + "A".repeat(64) + " type call details \"" + "d".repeat(4000)
                + "\""));
        assertEquals(List.of("1:10 error a name is at most 64 characters; this one has 65",
                "1:94 error an activity's details is at most 4000 characters; this one has 4001"),
                problems("activity " + "A".repeat(65) + " type call details \"" + "d".repeat(4001) + "\""));
    }

    /** R29: a letter's fee fits numeric(19,4); an interest rate is at most 100 %. */
    @Test
    void r29_feesAndInterestFitTheLetters() throws IOException {
        String letter = "letter L { en subject \"s\" body \"b\" fee level 1 %s EUR interest %s %% }";
        assertEquals(List.of(), problems(letter.formatted("999999999999999.9999", "100")));
        assertEquals(List.of(
                "1:48 error R29: a fee is at most 999999999999999.9999 (the letters' amounts have 15 digits before"
                        + " the decimal point)",
                "1:83 error R29: an interest rate is at most 100 %"),
                problems(letter.formatted("100000000000000000000", "100000000000000000000")));
    }

    /** R8, R11, R13: days are at most 100 years, so every date computed from them can be kept. */
    @Test
    void daysAreAtMostAHundredYears() throws IOException {
        assertEquals(List.of(), problems("pool P activity A type call complete in 36500 days\n"
                + "strategy S rank 1 pool P quiet 36500 days { step \"a\" activity A 36500 days after due }"));
        assertEquals(List.of("1:41 error a number of days is at most 36500 (100 years); this one is 2147483647",
                "2:32 error a number of days is at most 36500 (100 years); this one is 36501",
                "2:65 error a number of days is at most 36500 (100 years); this one is 99999"),
                problems("pool P activity A type call complete in 2147483647 days\n"
                        + "strategy S rank 1 pool P quiet 36501 days { step \"a\" activity A 99999 days after due }"));
    }

    /** R19, R31: an aging period's label (255) and a letter's language (35) fit the snapshots and the letters. */
    @Test
    void agingLabelsAndLanguagesFitTheStore() throws IOException {
        assertEquals(List.of(), problems("aging A { \"" + "l".repeat(255) + "\" to 0 }\n"
                + "letter L default " + "x".repeat(35) + " { " + "x".repeat(35) + " subject \"s\" body \"b\" }"));
        assertEquals(List.of("1:11 error an aging period's label is at most 255 characters; this one has 256",
                "2:57 error a language tag is at most 35 characters; this one has 36"),
                problems("aging A { \"" + "l".repeat(256) + "\" to 0 }\n"
                        + "letter L default " + "x".repeat(36) + " { " + "x".repeat(36) + " subject \"s\" body \"b\" }"));
    }
}
