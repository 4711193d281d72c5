package io.dunwise.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dunwise.dsl.ide.editing.StrategyAnalysis;
import io.dunwise.dsl.ide.editing.StrategyCompletion;
import io.dunwise.dsl.ide.editing.StrategyEditing;
import io.dunwise.dsl.ide.editing.StrategyHighlight;
import io.dunwise.dsl.ide.editing.StrategyProblem;
import io.dunwise.dsl.ide.highlighting.DunwiseHighlighting;
import io.dunwise.dsl.strategies.StrategyDiagnostic.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * The editor services of the workbench's strategy editor: problems where the text has them, also across the files
 * of a folder (R1–R4), colours, completion (R18) and format, through the OSGi service.
 */
@ExtendWith(ServiceExtension.class)
class StrategyEditingTest {

    private static final String POOLS = "pool Everyone \"Every customer\"\n";
    private static final String STRATEGY = """
            // reminders for everyone
            strategy S "Reminders" rank 1 pool Everyone quiet 3 days {
            \tstep "Reminder" letter 7 days after due
            }
            """;

    @InjectService(timeout = 10_000)
    StrategyEditing editing;

    @TempDir
    Path folder;

    private List<StrategyProblem> errors(StrategyAnalysis analysis) {
        return analysis.problems().stream().filter(p -> p.severity() == Severity.ERROR).toList();
    }

    @Test
    void r4_aMisspelledPoolIsMarkedOnItsName() {
        String text = POOLS + STRATEGY.replace("pool Everyone", "pool Everyon");
        StrategyAnalysis analysis = editing.analyse(folder.resolve("s.dun"), text, List.of());
        List<StrategyProblem> errors = errors(analysis);
        assertEquals(1, errors.size(), errors::toString);
        StrategyProblem error = errors.get(0);
        int at = text.indexOf("Everyon quiet");
        assertEquals(at, error.offset(), error::toString);
        assertEquals("Everyon".length(), error.length(), error::toString);
        assertEquals(3, error.line());
        assertEquals(at - text.indexOf("strategy") + 1, error.column());
        assertTrue(error.message().contains("Everyon"), error::toString);
        assertTrue(analysis.hasErrors());
        assertFalse(editing.analyse(folder.resolve("s.dun"), POOLS + STRATEGY, List.of()).hasErrors());
    }

    @Test
    void aSyntaxErrorIsMarkedWhereItIsAndNothingThrows() {
        String text = POOLS + "strategy S rank { }\n";
        StrategyAnalysis analysis = editing.analyse(folder.resolve("s.dun"), text, List.of());
        assertTrue(analysis.hasErrors());
        StrategyProblem first = errors(analysis).get(0);
        assertEquals(2, first.line(), first::toString);
        assertTrue(first.offset() >= text.indexOf("rank") && first.offset() <= text.indexOf("}"), first::toString);
        assertTrue(errors(editing.analyse(folder.resolve("s.dun"), "}}} \"", List.of())).size() > 0);
    }

    @Test
    void r1_aPoolOfAnotherFileOfTheFolderResolves() throws IOException {
        Files.writeString(folder.resolve("pools.dun"), POOLS);
        Path edited = folder.resolve("strategies.dun");
        Files.writeString(edited, "// the saved text, replaced by the edited one\n");
        assertEquals(List.of(), errors(editing.analyse(edited, STRATEGY, List.of(folder))));
        assertEquals(1, errors(editing.analyse(edited, STRATEGY, List.of())).size(), "without the folder");
    }

    @Test
    void keywordsCommentsAndDefinitionsAreColoured() {
        String text = POOLS + STRATEGY;
        List<StrategyHighlight> highlights = editing.analyse(folder.resolve("s.dun"), text, List.of()).highlights();
        int strategy = text.indexOf("strategy S");
        assertTrue(highlights.contains(new StrategyHighlight(strategy, "strategy".length(), StrategyHighlight.KEYWORD)),
                highlights::toString);
        assertTrue(highlights.stream().anyMatch(h -> h.style().equals(StrategyHighlight.COMMENT)
                && h.offset() == text.indexOf("// reminders")), highlights::toString);
        assertTrue(highlights.contains(new StrategyHighlight(text.indexOf("\"Reminders\""), "\"Reminders\"".length(),
                StrategyHighlight.STRING)), highlights::toString);
        assertTrue(highlights.contains(new StrategyHighlight(text.indexOf("7 days"), 1, StrategyHighlight.NUMBER)),
                highlights::toString);
        assertTrue(highlights.contains(new StrategyHighlight(strategy + "strategy ".length(), 1,
                DunwiseHighlighting.DEFINITION)), highlights::toString);
    }

    @Test
    void r18_completionOffersActionTypesAndReplacesThePrefix() {
        String text = POOLS + "strategy S rank 1 pool Everyone { step \"x\" le }\n";
        int offset = text.indexOf("le }") + 2;
        List<StrategyCompletion> completions = editing.complete(folder.resolve("s.dun"), text, offset, List.of());
        StrategyCompletion letter = completions.stream().filter(c -> c.replacement().equals("letter")).findFirst()
                .orElseThrow(() -> new AssertionError(completions.toString()));
        assertEquals(offset - 2, letter.offset(), letter::toString);
        assertEquals(2, letter.length(), letter::toString);

        String empty = POOLS + "strategy S rank 1 pool Everyone { step \"x\"  }\n";
        List<String> types = editing.complete(folder.resolve("s.dun"), empty, empty.indexOf("  }") + 1, List.of())
                .stream().map(StrategyCompletion::replacement).toList();
        assertTrue(types.containsAll(List.of("activity", "email", "letter")), types::toString);
    }

    @Test
    void completionOffersTheNamesDefined() {
        String text = "pool Big\npool Small\nstrategy S rank 1 pool  { }\n";
        List<String> names = editing.complete(folder.resolve("s.dun"), text, text.indexOf("pool  {") + 5, List.of())
                .stream().map(StrategyCompletion::replacement).toList();
        assertTrue(names.containsAll(List.of("Big", "Small")), names::toString);
    }

    @Test
    void formatLaysOutStablyAndLeavesBrokenTextAlone() {
        String cramped = POOLS + "strategy S \"Reminders\" rank 1 pool Everyone {step \"Reminder\" letter 7 days after due}\n";
        String formatted = editing.format(folder.resolve("s.dun"), cramped);
        assertEquals(POOLS + """
                strategy S "Reminders" rank 1 pool Everyone {
                \tstep "Reminder" letter 7 days after due
                }
                """, formatted);
        assertEquals(formatted, editing.format(folder.resolve("s.dun"), formatted));
        String broken = "strategy S rank {step";
        assertEquals(broken, editing.format(folder.resolve("s.dun"), broken));
    }
}
