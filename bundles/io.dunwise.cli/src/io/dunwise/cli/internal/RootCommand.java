package io.dunwise.cli.internal;

import io.dunwise.ledger.api.LedgerStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dunwise [--db PATH|JDBC-URL] [--config DIR] COMMAND [options]} */
@Command(name = "dunwise", mixinStandardHelpOptions = true, version = "Dunwise 0.1.0",
        description = "Collections automation for accounts receivable.",
        footer = {"", "Exit codes: 0 ok, 1 the work found problems, 2 bad usage or input."})
final class RootCommand implements Runnable {

    @Option(names = "--db", paramLabel = "PATH|JDBC-URL", defaultValue = LedgerStore.DEFAULT_LOCATION,
            description = "The ledger: a folder for the embedded database, or a JDBC URL (default: ${DEFAULT-VALUE}).")
    String database;

    @Option(names = "--progress", paramLabel = "STYLE", defaultValue = "auto",
            description = "How long work shows its progress on stderr: auto (a bar on a terminal, else nothing), bar,"
                    + " lines (a line a second, for logs) or none (default: ${DEFAULT-VALUE}).")
    ProgressBar.Style progress;

    @Option(names = "--config", paramLabel = "DIR",
            description = "Plug-in configuration: a folder of <pid>.cfg files (default: $DUNWISE_CONFIG, else"
                    + " ./dunwise-config if it exists, else none).")
    Path config;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** The configuration folder: {@code --config}, else {@code $DUNWISE_CONFIG}, else {@code ./dunwise-config}. */
    Optional<Path> configFolder() {
        if (config != null) {
            return Optional.of(config);
        }
        String variable = System.getenv("DUNWISE_CONFIG");
        if (variable != null && !variable.isBlank()) {
            return Optional.of(Path.of(variable));
        }
        Path local = Path.of("dunwise-config");
        return Files.isDirectory(local) ? Optional.of(local) : Optional.empty();
    }

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a command is needed");
    }
}
