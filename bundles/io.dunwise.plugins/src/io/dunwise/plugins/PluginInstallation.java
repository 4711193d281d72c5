package io.dunwise.plugins;

import java.net.URI;
import java.util.List;

/**
 * The plug-ins of the running Dunwise installation. Changes take effect at the next start: a command line that
 * installs a plug-in ends, and the next {@code dunwise} has its handlers.
 */
public interface PluginInstallation {

    /**
     * Installs features or bundles of a p2 repository, with whatever of theirs the installation lacks.
     *
     * @param repository a p2 repository (a folder's {@code file:} URI, or a URL)
     * @param ids        feature ids ({@code x.feature} or {@code x.feature.feature.group}) or bundle ids; none: every
     *                   feature the repository lists in a category
     * @return what was installed
     * @throws PluginException when the repository cannot be read, an id is not in it, or what it needs is missing
     */
    List<Plugin> install(URI repository, List<String> ids);

    /** The installed plug-ins, by id. */
    List<Plugin> list();

    /**
     * Removes an installed plug-in.
     *
     * @throws PluginException when no plug-in of that id is installed (Dunwise's own bundles are not plug-ins)
     */
    Plugin remove(String id);
}
