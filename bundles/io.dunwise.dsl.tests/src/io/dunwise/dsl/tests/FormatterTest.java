package io.dunwise.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dunwise.dsl.strategies.StrategyLanguage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/** The formatter lays files out one way, keeps comments, is stable, and never changes the model. */
@ExtendWith(ServiceExtension.class)
class FormatterTest {

    @InjectService(timeout = 10_000)
    StrategyLanguage language;

    @Test
    void aCrampedFileIsLaidOut() {
        String cramped = """
                // pools
                pool   Big "big"   where group in("CORP" ,"GOV")and balance>1000 owner agent ANNA
                pool Small
                aging A {"Current" to 0 ;"Late" from 1}
                strategy S "s" rank 1 pool Big quiet 2 days {step "Reminder"   email Mail to customer with{ a = 1,b="x"} 3 days after due
                step "Letter" letter 30 days after due}
                email Mail { en subject "s" body "b" sv subject "s" body "b" }
                """;
        assertEquals("""
                // pools
                pool Big "big" where group in ("CORP", "GOV") and balance > 1000 owner agent ANNA
                pool Small
                aging A {
                	"Current" to 0;
                	"Late" from 1
                }
                strategy S "s" rank 1 pool Big quiet 2 days {
                	step "Reminder" email Mail to customer with { a = 1, b = "x" } 3 days after due
                	step "Letter" letter 30 days after due
                }
                email Mail {
                	en subject "s" body "b"
                	sv subject "s" body "b"
                }
                """, new Strategies(language.injector()).format(cramped));
    }

    @Test
    void formattingTheExamplesChangesNoModelAndIsStable() throws IOException {
        Strategies strategies = new Strategies(language.injector());
        try (Stream<Path> files = Files.list(ExamplesTest.EXAMPLES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".dun")).toList()) {
                String text = Files.readString(file);
                String formatted = strategies.format(text);
                assertEquals(formatted, strategies.format(formatted), file + " formats the same twice");
                assertTrue(EcoreUtil.equals(strategies.parse(text).getContents(),
                        strategies.parse(formatted).getContents()), file + " keeps its model when formatted");
            }
        }
    }
}
