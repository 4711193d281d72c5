package io.dunwise.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dunwise.dsl.strategies.StrategyLanguage;
import io.dunwise.model.DunwiseFactory;
import io.dunwise.model.ExclusionKind;
import io.dunwise.model.FieldCondition;
import io.dunwise.model.Operator;
import io.dunwise.model.Pool;
import io.dunwise.model.Recipient;
import io.dunwise.model.Step;
import io.dunwise.model.Strategy;
import io.dunwise.model.StrategyFile;
import io.dunwise.model.Timing;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/** Model → text → model gives the same model: the serializer writes what the parser reads back. */
@ExtendWith(ServiceExtension.class)
class RoundTripTest {

    private static final DunwiseFactory MODEL = DunwiseFactory.eINSTANCE;

    @InjectService(timeout = 10_000)
    StrategyLanguage language;

    @Test
    void aModelBuiltInCodeIsWrittenAndReadBackEqual() {
        StrategyFile file = MODEL.createStrategyFile();
        Pool pool = MODEL.createPool();
        pool.setName("Big");
        pool.setDescription("Big \"corporate\" customers");
        FieldCondition group = MODEL.createFieldCondition();
        group.setField("group");
        group.setOperator(Operator.IN);
        group.getValues().addAll(List.of("CORP", "GOV"));
        FieldCondition balance = MODEL.createFieldCondition();
        balance.setField("balance");
        balance.setOperator(Operator.GREATER);
        balance.getValues().add("1000.50");
        var and = MODEL.createConjunction();
        and.getOperands().addAll(List.of(group, balance));
        pool.setCondition(and);
        Strategy strategy = MODEL.createStrategy();
        strategy.setName("S");
        strategy.setRank(1);
        strategy.setPool(pool);
        strategy.setQuietDays(2);
        var exclusion = MODEL.createExclusion();
        exclusion.setKind(ExclusionKind.INVOICE_AMOUNT_BELOW);
        exclusion.setThreshold(new BigDecimal("20.00"));
        strategy.setExclusion(exclusion);
        Step step = MODEL.createStep();
        step.setDescription("Reminder");
        step.setActionType("email");
        step.setRecipient(Recipient.SALES_GROUP);
        step.setDays(3);
        step.setTiming(Timing.AFTER_DUE);
        strategy.getSteps().add(step);
        file.getElements().addAll(List.of(pool, strategy));
        StrategyFile expected = EcoreUtil.copy(file);

        Strategies strategies = new Strategies(language.injector());
        String text = strategies.serialize(file);
        XtextResource parsed = strategies.parse(text);

        assertEquals(List.of(), parsed.getErrors(), text);
        assertTrue(EcoreUtil.equals(expected, parsed.getContents().get(0)), text);
    }

    /** The example set, all files in one text so that every reference stays inside the model that is copied. */
    @Test
    void theExamplesSurviveModelToTextToModel() throws IOException {
        Strategies strategies = new Strategies(language.injector());
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(ExamplesTest.EXAMPLES)) {
            for (Path path : files.filter(f -> f.toString().endsWith(".dun")).sorted().toList()) {
                all.append(Files.readString(path)).append('\n');
            }
        }
        XtextResource source = strategies.parse(all.toString());
        assertEquals(List.of(), source.getErrors());
        StrategyFile original = (StrategyFile) source.getContents().get(0);
        String text = strategies.serialize(EcoreUtil.copy(original));
        XtextResource parsed = strategies.parse(text);
        assertEquals(List.of(), parsed.getErrors(), text);
        assertTrue(EcoreUtil.equals(original, parsed.getContents().get(0)), text);
    }
}
