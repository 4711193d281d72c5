package io.dunwise.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/**
 * The {@code --config} folder put into Configuration Admin before a command runs: each {@code <pid>.cfg} becomes
 * the configuration of that PID, marked as the folder's ({@value #FILE}, {@value #DIGEST}), and a marked
 * configuration whose file is gone is deleted. The folder is the truth; configurations that Dunwise did not create
 * are left alone. SCR hands configurations to components asynchronously, so the command waits until each configured
 * component's service shows the file's digest (or, for a deleted file, none) before it starts.
 */
@Component(service = ComponentConfigurations.class)
public class ComponentConfigurations {

    static final String OWN_PREFIX = "dunwise.config.";
    /** The file a configuration was made from: the mark of the configurations this folder owns. */
    static final String FILE = OWN_PREFIX + "file";
    /** The SHA-256 of that file's content. */
    static final String DIGEST = OWN_PREFIX + "digest";

    static final Duration PATIENCE = Duration.ofSeconds(10);

    private final BundleContext context;
    private final ConfigurationAdmin admin;
    private final ServiceComponentRuntime components;

    @Activate
    public ComponentConfigurations(BundleContext context, @Reference ConfigurationAdmin admin,
            @Reference ServiceComponentRuntime components) {
        this.context = context;
        this.admin = admin;
        this.components = components;
    }

    /**
     * Makes Configuration Admin hold exactly the folder's files (none: no folder), and waits until the components
     * have them. Warns on {@code err} of a file that no installed component uses.
     *
     * @throws BadInputException when a file is bad; then nothing was changed
     */
    void load(Optional<Path> folder, PrintWriter err) {
        List<ConfigFile> files = folder.map(ComponentConfigurations::read).orElse(List.of());
        List<String> pids = files.stream().map(ConfigFile::pid).toList();
        List<Expectation> expected = new ArrayList<>();
        try {
            for (ConfigFile file : files) {
                Configuration configuration = admin.getConfiguration(file.pid(), "?");
                Dictionary<String, Object> current = configuration.getProperties();
                if (current == null || !file.digest().equals(current.get(DIGEST))) {
                    configuration.update(properties(file));
                }
                expected.add(new Expectation(file.pid(), file.digest(), file.path()));
            }
            Configuration[] owned = admin.listConfigurations("(" + FILE + "=*)");
            for (Configuration configuration : owned == null ? new Configuration[0] : owned) {
                String pid = configuration.getPid();
                if (!pids.contains(pid)) {
                    Path file = Path.of(String.valueOf(configuration.getProperties().get(FILE)));
                    configuration.delete();
                    expected.add(new Expectation(pid, null, file));
                }
            }
        } catch (IOException | InvalidSyntaxException e) {
            throw new IllegalStateException("Configuration Admin failed: " + e.getMessage(), e);
        }
        awaitComponents(expected, err);
    }

    private static List<ConfigFile> read(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new BadInputException("the configuration folder " + folder + " does not exist");
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(path -> path.getFileName().toString().endsWith(ConfigFile.SUFFIX))
                    .filter(Files::isRegularFile).sorted().map(ConfigFile::read).toList();
        } catch (IOException e) {
            throw new BadInputException("the configuration folder " + folder + " cannot be read: " + e);
        }
    }

    private static Dictionary<String, Object> properties(ConfigFile file) {
        Hashtable<String, Object> properties = new Hashtable<>(file.properties());
        properties.put(FILE, file.path().toAbsolutePath().toString());
        properties.put(DIGEST, file.digest());
        return properties;
    }

    /** A configured PID and the digest its components must show ({@code null}: the configuration was deleted). */
    private record Expectation(String pid, String digest, Path file) {
    }

    private void awaitComponents(List<Expectation> expected, PrintWriter err) {
        List<Expectation> waiting = new ArrayList<>();
        for (Expectation expectation : expected) {
            if (componentsOf(expectation.pid()).isEmpty()) {
                if (expectation.digest() != null) {
                    err.println("dunwise: warning: " + expectation.file() + ": no installed component uses the"
                            + " configuration " + expectation.pid() + "; it waits for the plug-in that does");
                }
            } else {
                waiting.add(expectation);
            }
        }
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!waiting.isEmpty()) {
            waiting.removeIf(this::takenUp);
            if (waiting.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                Expectation late = waiting.get(0);
                throw new IllegalStateException("the component " + String.join(", ", componentsOf(late.pid()))
                        + " did not take up " + late.file() + " within " + PATIENCE.toSeconds() + " s; is it"
                        + " satisfied (its plug-in complete and its references there)?");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for components to be configured", e);
            }
        }
    }

    /** The names of the enabled components that take the configuration {@code pid}. */
    private List<String> componentsOf(String pid) {
        return components.getComponentDescriptionDTOs().stream()
                .filter(description -> Arrays.asList(description.configurationPid).contains(pid))
                .filter(components::isComponentEnabled).map(description -> description.name).toList();
    }

    /**
     * Whether every component of the PID shows the expected digest in its service properties; for a deleted
     * configuration, whether none shows a digest any more (a component that requires its configuration is gone).
     */
    private boolean takenUp(Expectation expectation) {
        for (ComponentDescriptionDTO description : components.getComponentDescriptionDTOs()) {
            if (!Arrays.asList(description.configurationPid).contains(expectation.pid())
                    || description.serviceInterfaces.length == 0) {
                continue;
            }
            List<Object> shown = new ArrayList<>();
            try {
                ServiceReference<?>[] services = context.getServiceReferences((String) null,
                        "(component.name=" + description.name + ")");
                for (ServiceReference<?> service : services == null ? new ServiceReference<?>[0] : services) {
                    shown.add(service.getProperty(DIGEST));
                }
            } catch (InvalidSyntaxException e) {
                throw new IllegalArgumentException("a component name unfit for a filter: " + description.name, e);
            }
            boolean current = expectation.digest() == null ? shown.stream().allMatch(Objects::isNull)
                    : shown.contains(expectation.digest());
            if (!current) {
                return false;
            }
        }
        return true;
    }
}
