package io.dunwise.cli.internal;

/** How a command prints its result: tables for people, JSON for programs (architecture.md). */
enum OutputFormat {
    table, json
}
