package io.dunwise.cli.internal;

import picocli.CommandLine.Option;

/** How {@code simulate} and {@code run} print their actions. */
final class ReportOptions {

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--totals", description = "Print only the totals, not every action.")
    boolean totalsOnly;
}
