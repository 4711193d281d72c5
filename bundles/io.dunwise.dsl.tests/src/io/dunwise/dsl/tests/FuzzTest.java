package io.dunwise.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dunwise.dsl.strategies.StrategyLanguage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * Random and mutated strategy files never crash or hang the parser or the validator: they only give diagnostics,
 * each at a place inside the file. The seeds are fixed, so a failure can be replayed; its seed is in the message.
 * Issue 18 §3: 5,000 mutants of the examples and of the probe's reproducers, which are checked themselves too. The
 * whole class runs in seconds; a single file that takes longer than {@link #SLOW} fails it as a hang.
 */
@ExtendWith(ServiceExtension.class)
class FuzzTest {

    private static final int MUTANTS = 5_000;
    private static final int SALADS = 1_000;
    private static final Duration SLOW = Duration.ofSeconds(5);

    /** The probe's reproducers of issue 18 §3 and §3b, each a complete file. */
    static final List<String> REPRODUCERS = List.of(
            "strategy S rank 1 pool P exclude aged balance below { }",
            "test S { on \"x\" expect nothing }",
            "activity A type call details \"{{" + " ".repeat(5_000) + "\"",
            "email M { en subject \"{{" + " ".repeat(5_000) + "\" body \"{{{" + "\t".repeat(5_000) + "\" }",
            "email M { en subject \"s\" body file \"/dev/zero\" }",
            "email M { en subject \"s\" body file \"/dev/stdin\" }",
            "email M { en subject \"s\" body file \"../../../../etc/passwd\" }",
            "email M { en subject \"s\" body file \"/proc/self/environ\" }",
            "pool P where " + "(".repeat(10_000) + "country = \"SE\"" + ")".repeat(10_000),
            "pool P where " + "not ".repeat(10_000) + "country = \"SE\"",
            "pool P where " + "(not ".repeat(5_000) + "country = \"SE\"" + ")".repeat(5_000),
            "pool P strategy " + "S".repeat(65) + " rank 1 pool P { step \"" + "d".repeat(256) + "\" letter on due }",
            "activity " + "A".repeat(65) + " type call details \"" + "d".repeat(4_001) + "\"",
            "letter L { en subject \"s\" body \"b\" fee level 1 100000000000000000000 EUR interest 1e20 % }",
            "pool P strategy S rank 1 pool P { step \"a\" sms with { level = 2 } on due }",
            "pool P strategy S rank 99999999999999999999 pool P { }",
            "\uFEFFpool P \"all\"",
            "pool \"S\r\nE\" strategy \"x\ny\"");
    private static final String[] WORDS = { "pool", "strategy", "step", "email", "letter", "activity", "rank",
            "quiet", "days", "after", "before", "due", "on", "{", "}", "(", ")", "\"", "{{", "}}", "-", "..", ";",
            ",", "=", "test", "expect", "invoice", "customer", "2026-02-30", "99999999999999999999", "\u00e4",
            "\n", "%", "with", "predunning", "parameters", "aging", "to", "from", "in", "not", "and", "or",
            "level", "file", "body", "\"/dev/zero\"", "\"../x\"", "\uFEFF", "((((((((", "not not not not", "{{{",
            "\"{{" + " ".repeat(500) + "\"" };

    @InjectService(timeout = 10_000)
    StrategyLanguage language;

    @Test
    void reproducersGiveDiagnosticsNeverCrashes() {
        Strategies strategies = new Strategies(language.injector());
        for (int i = 0; i < REPRODUCERS.size(); i++) {
            check(strategies, REPRODUCERS.get(i), -1 - i);
        }
    }

    @Test
    void mutatedExamplesGiveDiagnosticsNeverCrashes() throws IOException {
        List<String> sources = new ArrayList<>();
        try (Stream<Path> files = Files.list(ExamplesTest.EXAMPLES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".dun")).sorted().toList()) {
                sources.add(Files.readString(file));
            }
        }
        Strategies strategies = new Strategies(language.injector());
        for (int seed = 0; seed < MUTANTS; seed++) {
            Random random = new Random(seed);
            // one mutant in five is of a reproducer: they are large (10,000 levels), the examples are typical
            String source = random.nextInt(5) == 0 ? REPRODUCERS.get(random.nextInt(REPRODUCERS.size()))
                    : sources.get(random.nextInt(sources.size()));
            String mutant = mutate(source, random);
            check(strategies, mutant, seed);
        }
    }

    @Test
    void randomWordSaladGivesDiagnosticsNeverCrashes() {
        Strategies strategies = new Strategies(language.injector());
        for (int seed = 0; seed < SALADS; seed++) {
            Random random = new Random(1_000_000 + seed);
            StringBuilder salad = new StringBuilder();
            int words = random.nextInt(60);
            for (int i = 0; i < words; i++) {
                salad.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextBoolean() ? " " : "");
            }
            check(strategies, salad.toString(), 1_000_000 + seed);
        }
    }

    private static void check(Strategies strategies, String text, int seed) {
        XtextResource resource;
        List<Issue> issues;
        long start = System.nanoTime();
        try {
            resource = strategies.parse(text);
            issues = strategies.validate(resource);
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError("seed " + seed + " crashed on:\n" + shortened(text), e);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(SLOW) < 0, "seed " + seed + " took " + took + " on:\n" + shortened(text));
        int lines = lines(text);
        for (Issue issue : issues) {
            assertFalse(issue.getMessage() == null || issue.getMessage().isBlank(), "seed " + seed);
            assertFalse(issue.getMessage().contains("Exception") || issue.getMessage().contains("For input string")
                    || issue.getMessage().contains("because \""), "seed " + seed + ": " + issue.getMessage());
            assertTrue(issue.getLineNumber() == null || issue.getLineNumber() <= lines,
                    "seed " + seed + ": " + issue + " is outside the file");
        }
        if (!resource.getErrors().isEmpty()) {
            assertTrue(issues.stream().anyMatch(i -> i.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR),
                    "seed " + seed + ": a syntax error is reported as an error");
        }
    }

    /** Lines as Xtext counts them: a line ends with CR LF, LF or a lone CR. */
    private static int lines(String text) {
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                lines++;
            }
        }
        return lines;
    }

    private static String shortened(String text) {
        return text.length() <= 2_000 ? text : text.substring(0, 2_000) + "…";
    }

    /** Deletes, duplicates, swaps or inserts a few pieces of the text. */
    private static String mutate(String source, Random random) {
        StringBuilder text = new StringBuilder(source);
        int mutations = 1 + random.nextInt(4);
        for (int m = 0; m < mutations && text.length() > 2; m++) {
            int at = random.nextInt(text.length());
            int length = Math.min(text.length() - at, 1 + random.nextInt(20));
            switch (random.nextInt(4)) {
                case 0 -> text.delete(at, at + length);
                case 1 -> text.insert(at, text.substring(at, at + length));
                case 2 -> text.insert(at, " " + WORDS[random.nextInt(WORDS.length)] + " ");
                default -> {
                    int other = random.nextInt(text.length() - length + 1);
                    String piece = text.substring(at, at + length);
                    text.delete(at, at + length);
                    text.insert(Math.min(other, text.length()), piece);
                }
            }
        }
        return text.toString();
    }
}
