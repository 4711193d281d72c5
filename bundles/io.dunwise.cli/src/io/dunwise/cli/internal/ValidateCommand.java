package io.dunwise.cli.internal;

import io.dunwise.dsl.strategies.StrategySet;
import io.dunwise.dsl.strategies.StrategySetLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dunwise validate PATH...}: diagnostics as {@code file:line:col: severity: message}. */
@Command(name = "validate", description = "Validate strategy files; exit 1 when there are errors.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    private final StrategySetLoader loader;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Strategy files, or folders of them.")
    List<Path> paths;

    ValidateCommand(StrategySetLoader loader) {
        this.loader = loader;
    }

    @Override
    public Integer call() {
        StrategySet set = StrategySets.load(loader, paths);
        set.diagnostics().forEach(out()::println);
        out().printf("%d files, %d strategies, %d problems%n", set.files().size(), set.strategies().size(),
                set.diagnostics().size());
        return set.hasErrors() ? ExitCode.PROBLEMS : ExitCode.OK;
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
