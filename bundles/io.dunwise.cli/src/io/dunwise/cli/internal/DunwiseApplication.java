package io.dunwise.cli.internal;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * The headless Equinox application behind the {@code dunwise} command. Equinox creates it through the extension
 * registry, so it only bridges to the {@link DunwiseCommands} component, which gets every service by DS.
 */
public class DunwiseApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS,
                new String[0]);
        context.applicationRunning();
        BundleContext bundles = FrameworkUtil.getBundle(getClass()).getBundleContext();
        ServiceReference<DunwiseCommands> reference = bundles.getServiceReference(DunwiseCommands.class);
        DunwiseCommands commands = reference == null ? null : bundles.getService(reference);
        if (commands == null) {
            System.err.println("dunwise: the command services are not available; the installation is incomplete");
            return ExitCode.PROBLEMS;
        }
        try {
            return commands.execute(args, System.out, System.err);
        } catch (RuntimeException | LinkageError e) {
            // Equinox would log it and exit 0; a failed command must fail for scripts and schedulers.
            System.err.print(CommandFailure.unexpected(e));
            return ExitCode.PROBLEMS;
        } finally {
            bundles.ungetService(reference);
        }
    }

    @Override
    public void stop() {
        // a command runs to its end; there is nothing to interrupt
    }
}
