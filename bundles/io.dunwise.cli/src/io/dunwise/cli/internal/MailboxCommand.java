package io.dunwise.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dunwise mailbox}: a local mailbox to send a demo's or a template's emails to, until stopped. Point the email
 * handler at it with {@code host=127.0.0.1}, the port it prints, and {@code starttls=off}.
 */
@Command(name = "mailbox", description = {"Run a local mailbox until stopped: an SMTP server on 127.0.0.1 (no TLS, no"
        + " login) that keeps every message it receives as an .eml file and prints a line for each.",
    "Send email actions to it with io.dunwise.actions.email host=127.0.0.1, port=PORT, starttls=off."})
final class MailboxCommand implements Callable<Integer> {


    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "2525",
            description = "The port to listen on; 0 takes any free port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--dir", defaultValue = "mailbox", paramLabel = "DIR",
            description = "The folder the messages are kept in, one .eml file each (default: ${DEFAULT-VALUE}).")
    Path folder;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (port < 0 || port > 65535) {
            throw new BadInputException("--port must be a TCP port (0 for any free one), not " + port);
        }
        // SubEthaSMTP logs through slf4j, which finds no started provider and would warn about it on every start;
        // the mailbox prints what matters itself
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        PrintWriter out = spec.commandLine().getOut();
        LocalMailbox mailbox = LocalMailbox.start(port, folder, arrival -> {
            synchronized (out) {
                out.println(arrival.line());
                out.flush();
            }
        }, Clock.systemDefaultZone());
        out.println("dunwise mailbox: listening on 127.0.0.1:" + mailbox.port() + ", keeping messages in "
                + folder.toAbsolutePath() + " (stop with Ctrl-C)");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            mailbox.close();
            synchronized (out) {
                out.println("dunwise mailbox: stopped; " + mailbox.count() + " messages arrived");
                out.flush();
            }
            stopped.countDown();
        }, "dunwise-mailbox-stop"));
        stopped.await();
        return ExitCode.OK;
    }
}
