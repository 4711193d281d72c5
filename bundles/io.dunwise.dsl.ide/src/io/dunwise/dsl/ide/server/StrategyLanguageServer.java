package io.dunwise.dsl.ide.server;

import java.io.InputStream;
import java.io.OutputStream;

/**
 * The strategy language's Language Server Protocol endpoint: diagnostics, completion, hover, go to definition,
 * formatting and semantic highlighting for {@code *.dun} files, for any LSP editor ({@code dunwise lsp}).
 */
public interface StrategyLanguageServer {

    /**
     * Serves one client over the given streams until the client exits or the input ends.
     *
     * @throws InterruptedException when the calling thread is interrupted while serving
     */
    void serve(InputStream in, OutputStream out) throws InterruptedException;
}
