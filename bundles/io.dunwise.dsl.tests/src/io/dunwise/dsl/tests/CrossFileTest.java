package io.dunwise.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.dunwise.dsl.strategies.StrategyLanguage;
import io.dunwise.model.Pool;
import io.dunwise.model.Strategy;
import io.dunwise.model.StrategyFile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/** Scoping across the files of a strategy set, and the rules that span files (R4, unique names). */
@ExtendWith(ServiceExtension.class)
class CrossFileTest {

    @InjectService(timeout = 10_000)
    StrategyLanguage language;

    private List<XtextResource> parse(String... namesAndTexts) {
        Map<String, String> files = new LinkedHashMap<>();
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            files.put(namesAndTexts[i], namesAndTexts[i + 1]);
        }
        return new Strategies(language.injector()).parse(files);
    }

    private List<String> messages(XtextResource resource) {
        return new Strategies(language.injector()).validate(resource).stream().map(Issue::getMessage).toList();
    }

    @Test
    void aStrategyUsesAPoolAndATemplateOfAnotherFile() {
        List<XtextResource> files = parse(
                "setup.dun", "pool Big \"big\" where balance > 1000\nactivity Call type call\n",
                "strategies.dun", "strategy S rank 1 pool Big { step \"Call\" activity Call 3 days after due }\n");
        Strategy strategy = (Strategy) ((StrategyFile) files.get(1).getContents().get(0)).getElements().get(0);
        Pool pool = (Pool) ((StrategyFile) files.get(0).getContents().get(0)).getElements().get(0);
        assertSame(pool, strategy.getPool());
        assertEquals(List.of(), messages(files.get(0)));
        assertEquals(List.of(), messages(files.get(1)));
    }

    @Test
    void r4_holdsAcrossFiles() {
        List<XtextResource> files = parse(
                "setup.dun", "pool Big\npool Small\n",
                "a.dun", "strategy A rank 1 pool Big { step \"L\" letter 3 days after due }\n",
                "b.dun", "strategy B rank 1 pool Big { step \"L\" letter 3 days after due }\n");
        assertEquals(List.of("R4: pool Big is also used by strategy B (b.dun); a pool belongs to one strategy",
                "R4: rank 1 is also taken by strategy B (b.dun); every strategy needs its own rank"),
                messages(files.get(1)));
        assertEquals(List.of("R4: pool Big is also used by strategy A (a.dun); a pool belongs to one strategy",
                "R4: rank 1 is also taken by strategy A (a.dun); every strategy needs its own rank"),
                messages(files.get(2)));
    }

    @Test
    void aNameDefinedInTwoFilesIsAnErrorInBoth() {
        List<XtextResource> files = parse("a.dun", "pool Big\n", "b.dun", "pool Big\n");
        assertEquals(List.of("duplicate name Big: a pool of that name is also defined in b.dun"),
                messages(files.get(0)));
        assertEquals(List.of("duplicate name Big: a pool of that name is also defined in a.dun"),
                messages(files.get(1)));
    }

    @Test
    void r25_theParametersAreSetInOneFileOfTheSet() {
        List<XtextResource> files = parse("a.dun", "parameters { company \"A\" }\n",
                "b.dun", "parameters { company \"B\" }\n");
        assertEquals(List.of(), messages(files.get(0)));
        assertEquals(List.of("R25: the parameters are already set in a.dun; a strategy set has one parameters block"),
                messages(files.get(1)));
    }

    @Test
    void testCustomersAreLocalToTheirTest() {
        List<XtextResource> files = parse("a.dun", """
                pool P
                strategy S rank 1 pool P { step "L" letter 3 days after due }
                test S { customer C1 invoice I1 of C1 due 2026-10-01 amount 1 EUR on 2026-10-04 expect letter "L" for I1 }
                test S { customer C1 invoice I1 of C1 due 2026-10-01 amount 1 EUR on 2026-10-04 expect letter "L" for I1 }
                """);
        assertEquals(List.of(), messages(files.get(0)));
    }
}
