package io.dunwise.cli.internal;

import io.dunwise.aging.AgedBalances;
import io.dunwise.dsl.ide.server.StrategyLanguageServer;
import io.dunwise.dsl.strategies.StrategySetLoader;
import io.dunwise.engine.CollectionEngine;
import io.dunwise.engine.CollectionRuns;
import io.dunwise.ledger.api.LedgerException;
import io.dunwise.ledger.api.LedgerStore;
import io.dunwise.ledger.csv.LedgerFiles;
import io.dunwise.operations.CollectionsDesk;
import io.dunwise.plugins.PluginException;
import io.dunwise.plugins.PluginInstallation;
import io.dunwise.predictions.PaymentPredictions;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import picocli.CommandLine;

/** The {@code dunwise} command line: parses arguments and runs one command with the services it needs. */
@Component(service = DunwiseCommands.class)
public class DunwiseCommands {

    private final LedgerStore store;
    private final StrategySetLoader loader;
    private final CollectionEngine engine;
    private final CollectionRuns runs;
    private final StrategyLanguageServer languageServer;
    private final LedgerFiles files;
    private final ComponentConfigurations configurations;
    private final Optional<PluginInstallation> plugins;
    private final AgedBalances aging;
    private final PaymentPredictions predictions;
    private final CollectionsDesk desk;

    @Activate
    public DunwiseCommands(@Reference LedgerStore store, @Reference StrategySetLoader loader,
            @Reference CollectionEngine engine, @Reference CollectionRuns runs,
            @Reference StrategyLanguageServer languageServer, @Reference LedgerFiles files,
            @Reference ComponentConfigurations configurations,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            PluginInstallation plugins, @Reference AgedBalances aging,
            @Reference PaymentPredictions predictions, @Reference CollectionsDesk desk) {
        this.store = store;
        this.loader = loader;
        this.engine = engine;
        this.runs = runs;
        this.languageServer = languageServer;
        this.files = files;
        this.configurations = configurations;
        this.plugins = Optional.ofNullable(plugins);
        this.aging = aging;
        this.predictions = predictions;
        this.desk = desk;
    }

    public int execute(String[] args, PrintStream out, PrintStream err) {
        RootCommand root = new RootCommand();
        Services services = new Services(root, store, loader, engine, runs);
        Operations operations = new Operations(root, store, loader, desk);
        CommandLine line = new CommandLine(root)
                .addSubcommand(new DemoCommand(root, store))
                .addSubcommand(new MailboxCommand())
                .addSubcommand(new ImportCommand(root, store, files))
                .addSubcommand(new ExportCommand(root, store, files))
                .addSubcommand(new ValidateCommand(loader))
                .addSubcommand(new TestCommand(loader, engine))
                .addSubcommand(new AssignCommand(services))
                .addSubcommand(new SimulateCommand(services))
                .addSubcommand(new RunCommand(services))
                .addSubcommand(new ExplainCommand(services))
                .addSubcommand(new WhatIfCommand(services))
                .addSubcommand(new HistoryCommand(root, store))
                .addSubcommand(new HoldCommand(root, store))
                .addSubcommand(new SnapshotCommand(services, aging))
                .addSubcommand(new AgedCommand(services, aging))
                .addSubcommand(new AgentsCommand(services))
                .addSubcommand(new PredictCommand(root, store, predictions))
                .addSubcommand(new SettleCommand(operations))
                .addSubcommand(new WriteOffCommand(operations))
                .addSubcommand(new NsfCommand(operations))
                .addSubcommand("case", CaseCommand.create(operations))
                .addSubcommand(new JournalCommand(operations))
                .addSubcommand(new LspCommand(languageServer))
                .addSubcommand("plugin", PluginCommand.create(plugins));
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        line.setExecutionStrategy(parseResult -> {
            // the plug-ins' configuration is in place, and taken up by their components, before any command runs
            if (!asksForHelp(parseResult)) {
                try {
                    configurations.load(root.configFolder(), line.getErr());
                } catch (BadInputException e) {
                    line.getErr().println("dunwise: " + e.getMessage());
                    return ExitCode.USAGE;
                } catch (IllegalStateException e) {
                    line.getErr().println("dunwise: " + e.getMessage());
                    return ExitCode.PROBLEMS;
                }
            }
            return new CommandLine.RunLast().execute(parseResult);
        });
        line.setExitCodeExceptionMapper(exception -> exception instanceof CommandLine.ParameterException
                ? ExitCode.USAGE : ExitCode.PROBLEMS);
        line.setExecutionExceptionHandler((exception, commandLine, parseResult) -> {
            if (exception instanceof InvalidStrategiesException invalid) {
                invalid.set().diagnostics().forEach(commandLine.getErr()::println);
                commandLine.getErr().println("dunwise: " + exception.getMessage());
                return ExitCode.PROBLEMS;
            }
            if (exception instanceof BadInputException || exception instanceof LedgerException
                    || exception instanceof PluginException) {
                commandLine.getErr().println(CommandFailure.message(exception));
                return ExitCode.USAGE;
            }
            if (CommandFailure.isDatabaseFault(exception)) {
                commandLine.getErr().println(CommandFailure.databaseFault(exception));
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

    private static boolean asksForHelp(CommandLine.ParseResult result) {
        for (CommandLine.ParseResult part = result; part != null; part = part.subcommand()) {
            if (part.isUsageHelpRequested() || part.isVersionHelpRequested()) {
                return true;
            }
        }
        return false;
    }
}
