package io.dunwise.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dunwise.dsl.strategies.StrategyLanguage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Random and mutated strategy files never crash the parser or the validator: they only give diagnostics, each
 * at a place inside the file. The seeds are fixed, so a failure can be replayed; its seed is in the message.
 */
@ExtendWith(ServiceExtension.class)
class FuzzTest {

    private static final int MUTANTS = 400;
    private static final String[] WORDS = { "pool", "strategy", "step", "email", "letter", "activity", "rank",
            "quiet", "days", "after", "before", "due", "on", "{", "}", "(", ")", "\"", "{{", "}}", "-", "..", ";",
            ",", "=", "test", "expect", "invoice", "customer", "2026-02-30", "99999999999999999999", "\u00e4",
            "\n", "%", "with", "predunning", "parameters", "aging", "to", "from", "in", "not", "and", "or" };

    @InjectService(timeout = 10_000)
    StrategyLanguage language;

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
            String source = sources.get(random.nextInt(sources.size()));
            String mutant = mutate(source, random);
            check(strategies, mutant, seed);
        }
    }

    @Test
    void randomWordSaladGivesDiagnosticsNeverCrashes() {
        Strategies strategies = new Strategies(language.injector());
        for (int seed = 0; seed < MUTANTS; seed++) {
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
        try {
            resource = strategies.parse(text);
            issues = strategies.validate(resource);
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError("seed " + seed + " crashed on:\n" + text, e);
        }
        int lines = (int) text.chars().filter(c -> c == '\n').count() + 1;
        for (Issue issue : issues) {
            assertFalse(issue.getMessage() == null || issue.getMessage().isBlank(), "seed " + seed);
            assertTrue(issue.getLineNumber() == null || issue.getLineNumber() <= lines,
                    "seed " + seed + ": " + issue + " is outside the file");
        }
        if (!resource.getErrors().isEmpty()) {
            assertTrue(issues.stream().anyMatch(i -> i.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR),
                    "seed " + seed + ": a syntax error is reported as an error");
        }
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
