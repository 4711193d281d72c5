package io.dunwise.cli.internal;

import io.dunwise.dsl.ide.server.StrategyLanguageServer;
import io.dunwise.dsl.strategies.StrategySetLoader;
import io.dunwise.engine.CollectionEngine;
import io.dunwise.ledger.api.LedgerStore;
import java.io.PrintStream;
import java.io.PrintWriter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import picocli.CommandLine;

/** The {@code dunwise} command line: parses arguments and runs one command with the services it needs. */
@Component(service = DunwiseCommands.class)
public class DunwiseCommands {

    private final LedgerStore store;
    private final StrategySetLoader loader;
    private final CollectionEngine engine;
    private final StrategyLanguageServer languageServer;

    @Activate
    public DunwiseCommands(@Reference LedgerStore store, @Reference StrategySetLoader loader,
            @Reference CollectionEngine engine, @Reference StrategyLanguageServer languageServer) {
        this.store = store;
        this.loader = loader;
        this.engine = engine;
        this.languageServer = languageServer;
    }

    public int execute(String[] args, PrintStream out, PrintStream err) {
        RootCommand root = new RootCommand();
        CommandLine line = new CommandLine(root)
                .addSubcommand(new DemoCommand(root, store))
                .addSubcommand(new ValidateCommand(loader))
                .addSubcommand(new SimulateCommand(root, store, loader, engine))
                .addSubcommand(new LspCommand(languageServer));
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        line.setExitCodeExceptionMapper(exception -> exception instanceof CommandLine.ParameterException
                ? ExitCode.USAGE : ExitCode.PROBLEMS);
        line.setExecutionExceptionHandler((exception, commandLine, parseResult) -> {
            if (exception instanceof BadInputException bad) {
                commandLine.getErr().println("dunwise: " + bad.getMessage());
                return ExitCode.USAGE;
            }
            throw exception;
        });
        try {
            return line.execute(args);
        } finally {
            line.getOut().flush();
            line.getErr().flush();
        }
    }
}
