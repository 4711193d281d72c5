package io.dunwise.ui.robot;

import java.nio.file.Path;
import org.eclipse.e4.ui.model.application.MApplication;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/**
 * Starts the robot's script once the e4 application has started, if the system property {@code dunwise.robot.out}
 * names the folder for its screenshots and report; otherwise it does nothing.
 */
@Component(property = EventConstants.EVENT_TOPIC + "=" + WorkbenchRobot.STARTUP_COMPLETE)
public class WorkbenchRobot implements EventHandler {

    /** {@code UIEvents.UILifeCycle.APP_STARTUP_COMPLETE}. */
    static final String STARTUP_COMPLETE = "org/eclipse/e4/ui/LifeCycle/appStartupComplete";

    @Override
    public void handleEvent(Event event) {
        String out = System.getProperty("dunwise.robot.out");
        if (out == null || !(event.getProperty("org.eclipse.e4.data") instanceof MApplication application)) {
            return;
        }
        Thread script = new Thread(() -> new Script(application, Path.of(out)).run(), "dunwise-robot");
        script.setDaemon(true);
        script.start();
    }
}
