package io.dunwise.cli.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Option;

/** The options of every command that decides: the strategy files and the run date. */
final class StrategyOptions {

    @Option(names = "--strategies", required = true, paramLabel = "PATH", split = ",",
            description = "Strategy files or folders.")
    List<Path> strategies;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "The run date, e.g. 2026-11-22 (default: today).")
    LocalDate asOf;

    LocalDate asOf() {
        return asOf == null ? LocalDate.now() : asOf;
    }
}
