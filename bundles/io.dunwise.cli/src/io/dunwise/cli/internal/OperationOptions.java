package io.dunwise.cli.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Option;

/** The options of every operation that posts: the parameters' strategy files, the date, the output format. */
final class OperationOptions {

    @Option(names = "--strategies", paramLabel = "PATH", split = ",",
            description = "Strategy files or folders whose parameters block names the journals, accounts and the"
                    + " default write-off reason (R25; default: the documented defaults).")
    List<Path> strategies;

    @Option(names = "--on", paramLabel = "DATE", description = "The date of the entry, e.g. 2026-11-22 (default: today).")
    LocalDate on;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    LocalDate on() {
        return on == null ? LocalDate.now() : on;
    }
}
