package io.dunwise.plugins.internal;

import io.dunwise.plugins.Plugin;
import io.dunwise.plugins.PluginException;
import io.dunwise.plugins.PluginInstallation;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.core.UIServices;
import org.eclipse.equinox.p2.engine.IEngine;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.IProvisioningPlan;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.engine.query.IUProfilePropertyQuery;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.planner.IPlanner;
import org.eclipse.equinox.p2.planner.IProfileChangeRequest;
import org.eclipse.equinox.p2.query.IQueryable;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The plug-ins of this installation, managed by p2 in the installation's own profile (the one the product build
 * wrote: {@code eclipse.p2.profile} in {@code config.ini}, its data in {@code eclipse.p2.data.area}). The planner
 * resolves a plug-in against what is installed, and the engine copies its jars into {@code plugins/} and adds them
 * to {@code bundles.info}, so the next start has them. A plug-in's root units carry the profile property
 * {@value #MARK} (the repository it came from): that is what {@link #list} shows and {@link #remove} may remove.
 */
@Component(service = PluginInstallation.class)
public class P2Installation implements PluginInstallation {

    /** The profile property that marks an installed plug-in's root unit; its value is the source repository. */
    static final String MARK = "io.dunwise.plugin.repository";

    private static final String FEATURE_GROUP = ".feature.group";

    private final IProvisioningAgent agent;
    private final String profileId;

    @Activate
    public P2Installation(BundleContext context, @Reference IProvisioningAgentProvider agents) {
        String profile = context.getProperty("eclipse.p2.profile");
        this.profileId = profile == null || profile.isBlank() ? IProfileRegistry.SELF : profile;
        try {
            this.agent = agents.createAgent(dataArea(context));
        } catch (ProvisionException e) {
            throw new IllegalStateException("p2 cannot open this installation: " + e.getMessage(), e);
        }
        // The admin names the repository to install from; as p2's own director does without a UI, its content is
        // trusted whether signed or not (there is nobody to ask).
        agent.registerService(UIServices.SERVICE_NAME, new UnattendedTrust());
    }

    @Deactivate
    void close() {
        agent.stop();
    }

    @Override
    public synchronized List<Plugin> install(URI repository, List<String> ids) {
        IProgressMonitor monitor = new NullProgressMonitor();
        IMetadataRepository source = load(repository, monitor);
        IProfile profile = profile();
        List<IInstallableUnit> units = new ArrayList<>();
        for (String id : ids.isEmpty() ? categorized(source) : ids) {
            IInstallableUnit unit = find(source, id).orElseThrow(() -> new PluginException(
                    "no feature or bundle " + id + " in " + repository + "; it has: " + String.join(", ",
                            categorized(source))));
            if (!profile.query(QueryUtil.createIUQuery(unit.getId()), monitor).isEmpty()
                    && marked(profile, unit.getId()).isEmpty()) {
                throw new PluginException(name(unit) + " is part of Dunwise itself, not a plug-in to install");
            }
            units.add(unit);
        }
        IPlanner planner = agent.getService(IPlanner.class);
        IProfileChangeRequest change = planner.createChangeRequest(profile);
        for (IInstallableUnit unit : units) {
            change.add(unit);
            change.setInstallableUnitProfileProperty(unit, IProfile.PROP_PROFILE_ROOT_IU, Boolean.TRUE.toString());
            change.setInstallableUnitProfileProperty(unit, MARK, repository.toString());
        }
        ProvisioningContext context = new ProvisioningContext(agent);
        context.setMetadataRepositories(repository);
        context.setArtifactRepositories(repository);
        perform(planner.getProvisioningPlan(change, context, monitor), "cannot install from " + repository,
                monitor);
        return units.stream().map(unit -> plugin(unit, repository.toString())).toList();
    }

    @Override
    public synchronized List<Plugin> list() {
        IProfile profile = profile();
        List<Plugin> plugins = new ArrayList<>();
        for (IInstallableUnit unit : profile.query(new IUProfilePropertyQuery(MARK, IUProfilePropertyQuery.ANY),
                new NullProgressMonitor())) {
            plugins.add(plugin(unit, profile.getInstallableUnitProperty(unit, MARK)));
        }
        plugins.sort(Comparator.comparing(Plugin::id));
        return plugins;
    }

    @Override
    public synchronized Plugin remove(String id) {
        IProfile profile = profile();
        IInstallableUnit unit = marked(profile, id).or(() -> marked(profile, id + FEATURE_GROUP))
                .orElseThrow(() -> new PluginException("no plug-in " + id + " is installed; installed: "
                        + String.join(", ", list().stream().map(Plugin::id).toList())));
        Plugin plugin = plugin(unit, profile.getInstallableUnitProperty(unit, MARK));
        IPlanner planner = agent.getService(IPlanner.class);
        IProfileChangeRequest change = planner.createChangeRequest(profile);
        change.remove(unit);
        ProvisioningContext context = new ProvisioningContext(agent);
        context.setMetadataRepositories(new URI[0]);
        context.setArtifactRepositories(new URI[0]);
        IProgressMonitor monitor = new NullProgressMonitor();
        perform(planner.getProvisioningPlan(change, context, monitor), "cannot remove " + id, monitor);
        return plugin;
    }

    private void perform(IProvisioningPlan plan, String failure, IProgressMonitor monitor) {
        if (!plan.getStatus().isOK()) {
            throw new PluginException(failure + ": " + Problems.of(plan.getStatus()));
        }
        IStatus done = agent.getService(IEngine.class).perform(plan, monitor);
        if (done.getSeverity() == IStatus.ERROR || done.getSeverity() == IStatus.CANCEL) {
            throw new PluginException(failure + ": " + Problems.of(done));
        }
    }

    private IMetadataRepository load(URI repository, IProgressMonitor monitor) {
        try {
            IMetadataRepository metadata = agent.getService(IMetadataRepositoryManager.class)
                    .loadRepository(repository, monitor);
            agent.getService(IArtifactRepositoryManager.class).loadRepository(repository, monitor);
            return metadata;
        } catch (ProvisionException e) {
            throw new PluginException("no p2 repository at " + repository + ": " + e.getMessage(), e);
        }
    }

    private IProfile profile() {
        IProfile profile = agent.getService(IProfileRegistry.class).getProfile(profileId);
        if (profile == null) {
            throw new PluginException("this installation has no p2 profile " + profileId
                    + "; plug-ins can be installed only into an unpacked Dunwise product");
        }
        return profile;
    }

    /** The ids of the features a repository lists in its categories: what it offers. */
    private static List<String> categorized(IQueryable<IInstallableUnit> source) {
        Set<String> ids = new LinkedHashSet<>();
        for (IInstallableUnit category : source.query(QueryUtil.createIUCategoryQuery(), null)) {
            for (IInstallableUnit member : source.query(QueryUtil.createIUCategoryMemberQuery(category), null)) {
                ids.add(member.getId());
            }
        }
        return ids.stream().sorted().toList();
    }

    /** The newest unit of that id, or of that feature's id. */
    private static Optional<IInstallableUnit> find(IQueryable<IInstallableUnit> source, String id) {
        for (String candidate : List.of(id, id + FEATURE_GROUP)) {
            for (IInstallableUnit unit : source.query(QueryUtil.createLatestQuery(QueryUtil.createIUQuery(candidate)),
                    null)) {
                return Optional.of(unit);
            }
        }
        return Optional.empty();
    }

    private static Optional<IInstallableUnit> marked(IProfile profile, String id) {
        for (IInstallableUnit unit : profile.query(QueryUtil.createIUQuery(id), null)) {
            if (profile.getInstallableUnitProperty(unit, MARK) != null) {
                return Optional.of(unit);
            }
        }
        return Optional.empty();
    }

    private static Plugin plugin(IInstallableUnit unit, String repository) {
        String id = unit.getId().endsWith(FEATURE_GROUP)
                ? unit.getId().substring(0, unit.getId().length() - FEATURE_GROUP.length()) : unit.getId();
        return new Plugin(id, unit.getVersion().toString(), name(unit), repository);
    }

    private static String name(IInstallableUnit unit) {
        String name = unit.getProperty(IInstallableUnit.PROP_NAME, null);
        return name == null || name.startsWith("%") ? unit.getId() : name;
    }

    /** The installation's p2 data area: {@code eclipse.p2.data.area}, relative to the configuration area. */
    private static URI dataArea(BundleContext context) {
        String configured = context.getProperty("eclipse.p2.data.area");
        String configuration = context.getProperty("osgi.configuration.area");
        try {
            if (configured != null && configured.startsWith("@config.dir/") && configuration != null) {
                URI base = new URI(configuration.endsWith("/") ? configuration : configuration + "/");
                return base.resolve(configured.substring("@config.dir/".length())).normalize();
            }
            if (configured != null) {
                return new URI(configured);
            }
            return new URI(context.getProperty("osgi.install.area")).resolve("p2/");
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the p2 data area " + configured + " is not a URI", e);
        }
    }
}
