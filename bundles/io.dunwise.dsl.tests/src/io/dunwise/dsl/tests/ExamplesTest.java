package io.dunwise.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dunwise.dsl.strategies.StrategySet;
import io.dunwise.dsl.strategies.StrategySetLoader;
import io.dunwise.model.EmailTemplate;
import io.dunwise.model.Pool;
import io.dunwise.model.TemplateVersion;
import io.dunwise.model.TestCase;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/** The example strategy set of the repository ({@code examples/strategies}) is valid and as rich as promised. */
@ExtendWith(ServiceExtension.class)
class ExamplesTest {

    static final Path EXAMPLES = Path.of("../../examples/strategies");

    @InjectService(timeout = 10_000)
    StrategySetLoader loader;

    @Test
    void theExamplesHaveNoProblemAtAll() {
        StrategySet set = loader.load(List.of(EXAMPLES));
        assertEquals(List.of(), set.diagnostics().stream().map(Object::toString).toList());
        assertEquals(3, set.files().size());
    }

    @Test
    void theExamplesHaveThreePoolsThreeStrategiesTemplatesInTwoLanguagesAndTests() {
        StrategySet set = loader.load(List.of(EXAMPLES));
        assertEquals(3, elements(set, Pool.class).count());
        assertEquals(List.of(1, 2, 3), set.strategies().stream().map(s -> s.getRank()).toList());
        assertTrue(elements(set, EmailTemplate.class)
                .allMatch(email -> email.getVersions().stream().map(TemplateVersion::getLanguage).distinct()
                        .count() >= (email.getName().equals("SalesHeadsUp") ? 1 : 2)));
        assertEquals(2, elements(set, TestCase.class).count());
    }

    private static <T> Stream<T> elements(StrategySet set, Class<T> type) {
        return set.contents().stream().flatMap(file -> file.getElements().stream()).filter(type::isInstance)
                .map(type::cast);
    }
}
