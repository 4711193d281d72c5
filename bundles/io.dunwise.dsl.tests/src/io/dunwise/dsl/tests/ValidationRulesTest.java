package io.dunwise.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dunwise.dsl.strategies.StrategySet;
import io.dunwise.dsl.strategies.StrategySetLoader;
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
 * The strategy language's validation rules, through the {@link StrategySetLoader} service as the command line
 * and the workbench use it: each rule has a file that breaks it and one that keeps it.
 */
@ExtendWith(ServiceExtension.class)
class ValidationRulesTest {

    private static final String POOLS = """
            pool P1 "first"
            pool P2 "second"
            """;

    @InjectService(timeout = 10_000)
    StrategySetLoader loader;

    @TempDir
    Path folder;

    private List<String> problems(String text) throws IOException {
        Path file = folder.resolve("test.dun");
        Files.writeString(file, text);
        StrategySet set = loader.load(List.of(file));
        return set.diagnostics().stream()
                .map(d -> d.line() + ":" + d.column() + " " + d.severity() + " " + d.message())
                .toList();
    }

    @Test
    void validStrategiesHaveNoProblems() throws IOException {
        assertEquals(List.of(), problems(POOLS + """
                strategy A "a" rank 1 pool P1 {
                	step "Heads-up" predunning letter 5 days before due
                	step "Reminder" letter on due
                }
                strategy B "b" rank 2 pool P2 { step "Letter" letter 30 days after due }
                """));
    }

    @Test
    void r4_aPoolIsUsedByOneStrategyOnly() throws IOException {
        assertEquals(List.of("4:28 error R4: pool P1 is already used by strategy A"), problems(POOLS + """
                strategy A "a" rank 1 pool P1 { step "x" letter 3 days after due }
                strategy B "b" rank 2 pool P1 { step "y" letter 3 days after due }
                """));
    }

    @Test
    void r4_twoStrategiesDoNotShareARank() throws IOException {
        assertEquals(List.of("4:21 error R4: rank 1 is already taken by strategy A"), problems(POOLS + """
                strategy A "a" rank 1 pool P1 { step "x" letter 3 days after due }
                strategy B "b" rank 1 pool P2 { step "y" letter 3 days after due }
                """));
    }

    @Test
    void r10_atMostOnePreDunningStep() throws IOException {
        assertEquals(List.of("5:13 error R10: a strategy has at most one pre-dunning step"), problems(POOLS + """
                strategy A "a" rank 1 pool P1 {
                	step "one" predunning letter 5 days before due
                	step "two" predunning letter 2 days before due
                }
                """));
    }

    @Test
    void r10_preDunningIsNotAfterTheDueDate() throws IOException {
        assertEquals(List.of("4:39 error R10: a pre-dunning step must be due on or before the due date"),
                problems(POOLS + """
                        strategy A "a" rank 1 pool P1 {
                        	step "late" predunning letter 3 days after due
                        }
                        """));
    }

    @Test
    void syntaxErrorsAreDiagnosticsWithTheirLocation() throws IOException {
        List<String> problems = problems("pool P1 \"x\"\nstrategy A rank one pool P1 { }\n");
        assertEquals("2:17 error mismatched input 'one' expecting RULE_INT", problems.get(0), problems::toString);
    }
}
