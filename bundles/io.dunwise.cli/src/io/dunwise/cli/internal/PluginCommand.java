package io.dunwise.cli.internal;

import io.dunwise.plugins.Plugin;
import io.dunwise.plugins.PluginException;
import io.dunwise.plugins.PluginInstallation;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dunwise plugin install|list|remove}: plug-ins (features and bundles from p2 repositories) added to this
 * installation and taken out again. A change takes effect at the next start of {@code dunwise}.
 */
@Command(name = "plugin", description = "Install plug-ins from a p2 repository, list them, remove them; a change"
        + " takes effect at the next start.")
final class PluginCommand implements Runnable {

    static final String NEXT_START = "it takes effect at the next start of dunwise";

    @Spec
    CommandSpec spec;

    /** The command with its subcommands; {@code plugins} is empty where the installation has no p2. */
    static CommandLine create(Optional<PluginInstallation> plugins) {
        return new CommandLine(new PluginCommand()).addSubcommand(new Install(plugins))
                .addSubcommand(new ListPlugins(plugins)).addSubcommand(new Remove(plugins));
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "install, list or remove is needed");
    }

    private static PluginInstallation available(Optional<PluginInstallation> plugins) {
        return plugins.orElseThrow(() -> new PluginException(
                "this installation cannot install plug-ins (its p2 bundles are missing)"));
    }

    /** A repository as the admin writes it: a folder, a zip file of a repository, or a URL. */
    static URI repository(String location) {
        if (location.matches("[a-zA-Z][a-zA-Z0-9+.-]+:.*")) {
            try {
                return new URI(location);
            } catch (URISyntaxException e) {
                throw new BadInputException("--repository " + location + " is not a URL: " + e.getMessage());
            }
        }
        Path path = Path.of(location).toAbsolutePath().normalize();
        if (Files.isRegularFile(path) && path.getFileName().toString().endsWith(".zip")) {
            return URI.create("jar:" + path.toUri() + "!/");
        }
        if (!Files.isDirectory(path)) {
            throw new BadInputException("--repository " + location + ": no such folder or zip file");
        }
        return path.toUri();
    }

    @Command(name = "install", description = "Install features or bundles of a p2 repository (default: every"
            + " feature it lists in a category).")
    static final class Install implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--repository", required = true, paramLabel = "URL|DIR",
                description = "The p2 repository: a folder, a zip file of one, or a URL.")
        String repository;

        @Parameters(arity = "0..*", paramLabel = "ID", description = "Feature or bundle ids.")
        List<String> ids = List.of();

        private final Optional<PluginInstallation> plugins;

        Install(Optional<PluginInstallation> plugins) {
            this.plugins = plugins;
        }

        @Override
        public Integer call() {
            URI location = repository(repository);
            PrintWriter out = spec.commandLine().getOut();
            for (Plugin plugin : available(plugins).install(location, ids)) {
                out.printf("installed %s %s from %s%n", plugin.id(), plugin.version(), plugin.repository());
            }
            out.println(NEXT_START);
            return ExitCode.OK;
        }
    }

    @Command(name = "list", description = "The installed plug-ins.")
    static final class ListPlugins implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        private final Optional<PluginInstallation> plugins;

        ListPlugins(Optional<PluginInstallation> plugins) {
            this.plugins = plugins;
        }

        @Override
        public Integer call() {
            Table table = new Table("Plug-in", "Version", "Name", "Repository");
            List<Plugin> installed = available(plugins).list();
            installed.forEach(plugin -> table.row(plugin.id(), plugin.version(), plugin.name(), plugin.repository()));
            PrintWriter out = spec.commandLine().getOut();
            out.print(table.render());
            out.printf("%d plug-ins%n", installed.size());
            return ExitCode.OK;
        }
    }

    @Command(name = "remove", description = "Remove an installed plug-in.")
    static final class Remove implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "ID", description = "The plug-in's id, as plugin list shows it.")
        String id;

        private final Optional<PluginInstallation> plugins;

        Remove(Optional<PluginInstallation> plugins) {
            this.plugins = plugins;
        }

        @Override
        public Integer call() {
            Plugin removed = available(plugins).remove(id);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("removed %s %s%n", removed.id(), removed.version());
            out.println(NEXT_START);
            return ExitCode.OK;
        }
    }
}
