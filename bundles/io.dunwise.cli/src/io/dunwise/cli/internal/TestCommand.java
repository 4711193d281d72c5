package io.dunwise.cli.internal;

import io.dunwise.dsl.strategies.StrategySet;
import io.dunwise.dsl.strategies.StrategySetLoader;
import io.dunwise.engine.CollectionEngine;
import io.dunwise.engine.TestResult;
import io.dunwise.model.TestCase;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dunwise test PATH...}: runs the {@code test} blocks of strategy files (R32), each on its own small ledger;
 * a failed expectation is reported as {@code file:line: message}. Exit 1 when any fails.
 */
@Command(name = "test", description = "Run the test blocks of strategy files (R32); exit 1 when one fails.")
final class TestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Strategy files, or folders of them.")
    List<Path> paths;

    private final StrategySetLoader loader;
    private final CollectionEngine engine;

    TestCommand(StrategySetLoader loader, CollectionEngine engine) {
        this.loader = loader;
        this.engine = engine;
    }

    @Override
    public Integer call() {
        StrategySet set = StrategySets.valid(loader, paths);
        int failed = 0;
        int expectations = 0;
        for (TestCase test : set.tests()) {
            TestResult result = engine.test(test, set.strategies());
            expectations += result.expectations();
            String name = "test " + test.getStrategy().getName()
                    + (test.getDescription() == null ? "" : " \"" + test.getDescription() + "\"");
            if (result.passed()) {
                out().printf("%s: passed: %s, %d expectations%n", set.where(test), name, result.expectations());
            } else {
                failed++;
                out().printf("%s: FAILED: %s%n", set.where(test), name);
                result.failures().forEach(failure -> out().printf("%s: %s%n", set.where(failure.expectation()),
                        failure.message()));
            }
        }
        out().printf("%d tests, %d expectations, %d failed%n", set.tests().size(), expectations, failed);
        return failed > 0 ? ExitCode.PROBLEMS : ExitCode.OK;
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
