package io.dunwise.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dunwise.actions.api.ActionHandler;
import io.dunwise.dsl.strategies.StrategySetLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/** R18: a type added by an installed handler is valid with its declared parameters, and gone once removed. */
@ExtendWith({ BundleContextExtension.class, ServiceExtension.class })
class PluginActionTypesTest {

    private static final String STRATEGY = """
            pool P
            strategy S rank 1 pool P {
            	step "Text" sms with { template = "overdue-sms", retries = 2 } 12 days after due
            }
            """;

    @InjectService(timeout = 10_000)
    StrategySetLoader loader;

    @InjectBundleContext
    BundleContext context;

    @TempDir
    Path folder;

    private List<String> problems(String text) throws IOException {
        return Strategies.problems(loader, folder.resolve("sms.dun"), text);
    }

    @Test
    void r18_anInstalledHandlersTypeIsValidAndRemovedCleanly() throws IOException {
        ServiceRegistration<ActionHandler> registration = context.registerService(ActionHandler.class,
                new SmsHandler(), null);
        try {
            assertEquals(List.of(), problems(STRATEGY));
        } finally {
            registration.unregister();
        }
        assertEquals(List.of("3:14 error R18: no installed handler provides action type 'sms'; available: activity,"
                + " email, letter"), problems(STRATEGY));
    }

    @Test
    void r18_stepParametersAreCheckedAgainstTheHandlersDeclaration() throws IOException {
        ServiceRegistration<ActionHandler> registration = context.registerService(ActionHandler.class,
                new SmsHandler(), null);
        try {
            assertEquals(List.of(
                    "3:14 error R18: a 'sms' step must give parameter 'template' (the text message template)",
                    "3:25 error R18: action type 'sms' has no parameter 'tone'; its parameters: template, retries",
                    "3:50 error R18: parameter 'retries' takes a number"),
                    problems("""
                            pool P
                            strategy S rank 1 pool P {
                            	step "Text" sms with { tone = "kind", retries = "often" } 12 days after due
                            }
                            """));
        } finally {
            registration.unregister();
        }
    }
}
