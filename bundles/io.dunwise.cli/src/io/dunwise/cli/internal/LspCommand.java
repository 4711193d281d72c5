package io.dunwise.cli.internal;

import io.dunwise.dsl.ide.server.StrategyLanguageServer;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code dunwise lsp}: the strategy language server on standard input and output, for any LSP editor. Standard
 * output carries only the protocol; anything else the process prints goes to standard error.
 */
@Command(name = "lsp", description = "Serve the strategy language (Language Server Protocol) on stdin/stdout.")
final class LspCommand implements Callable<Integer> {

    private final StrategyLanguageServer server;

    LspCommand(StrategyLanguageServer server) {
        this.server = server;
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintStream protocol = System.out;
        System.setOut(System.err);
        server.serve(System.in, protocol);
        return ExitCode.OK;
    }
}
