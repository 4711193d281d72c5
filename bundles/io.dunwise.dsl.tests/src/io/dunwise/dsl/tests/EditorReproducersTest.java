package io.dunwise.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dunwise.dsl.ide.editing.StrategyEditing;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * Issue 18 §3: the workbench's editor never shows a stack trace and never hangs. Each of the probe's reproducers
 * is analysed, completed at its end and in its middle, and formatted, as the editor does while one types.
 */
@ExtendWith(ServiceExtension.class)
class EditorReproducersTest {

    @InjectService(timeout = 10_000)
    StrategyEditing editing;

    @TempDir
    Path folder;

    @Test
    void everyReproducerIsAnalysedCompletedAndFormattedQuickly() {
        for (String text : FuzzTest.REPRODUCERS) {
            Path file = folder.resolve("s.dun");
            String shown = text.substring(0, Math.min(text.length(), 80));
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                editing.analyse(file, text, List.of(folder));
                editing.complete(file, text, text.length(), List.of(folder));
                editing.complete(file, text, text.length() / 2, List.of(folder));
                String formatted = editing.format(file, text);
                assertTrue(formatted.length() > 0, shown);
            }, shown);
        }
    }

    @Test
    void deepConditionsAreOneProblemAtTheirPlace() {
        String text = "pool P where " + "(".repeat(10_000) + "country = \"SE\"" + ")".repeat(10_000);
        var problems = editing.analyse(folder.resolve("s.dun"), text, List.of()).problems();
        assertEquals(1, problems.size(), problems::toString);
        assertEquals(13 + 64, problems.get(0).offset(), problems::toString);
        assertEquals(text, editing.format(folder.resolve("s.dun"), text), "a text with a syntax error is not formatted");
    }
}
