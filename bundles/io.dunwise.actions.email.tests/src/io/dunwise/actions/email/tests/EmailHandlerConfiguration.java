package io.dunwise.actions.email.tests;

import io.dunwise.actions.api.ActionHandler;
import java.io.IOException;
import java.util.Hashtable;
import java.util.Map;
import java.util.UUID;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Configures the email handler through Configuration Admin, as {@code io.dunwise.actions.email.cfg} would, and
 * waits until Declarative Services has registered the handler with that configuration.
 */
final class EmailHandlerConfiguration {

    static final String PID = "io.dunwise.actions.email";

    private EmailHandlerConfiguration() {
    }

    /** The email handler, configured with {@code settings}. */
    static ActionHandler configure(BundleContext context, ConfigurationAdmin admin, Map<String, Object> settings)
            throws IOException, InterruptedException, InvalidSyntaxException {
        String marker = UUID.randomUUID().toString();
        Hashtable<String, Object> properties = new Hashtable<>(settings);
        properties.put("test.marker", marker);
        Configuration configuration = admin.getConfiguration(PID, "?");
        configuration.update(properties);
        return await(context, "(&(objectClass=" + ActionHandler.class.getName() + ")(test.marker=" + marker + "))");
    }

    /** The email handler without configuration. */
    static ActionHandler remove(BundleContext context, ConfigurationAdmin admin)
            throws IOException, InterruptedException, InvalidSyntaxException {
        admin.getConfiguration(PID, "?").delete();
        return await(context, "(&(objectClass=" + ActionHandler.class.getName() + ")(component.name=*Email*)"
                + "(!(test.marker=*)))");
    }

    private static ActionHandler await(BundleContext context, String filter)
            throws InterruptedException, InvalidSyntaxException {
        ServiceTracker<ActionHandler, ActionHandler> tracker = new ServiceTracker<>(context,
                context.createFilter(filter), null);
        tracker.open();
        try {
            ActionHandler handler = tracker.waitForService(10_000);
            if (handler == null) {
                throw new IllegalStateException("no email handler " + filter + " within 10 s");
            }
            return handler;
        } finally {
            tracker.close();
        }
    }
}
