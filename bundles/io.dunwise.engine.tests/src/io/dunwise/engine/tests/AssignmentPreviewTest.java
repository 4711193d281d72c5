package io.dunwise.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dunwise.dsl.strategies.StrategySet;
import io.dunwise.dsl.strategies.StrategySetLoader;
import io.dunwise.engine.CollectionEngine;
import io.dunwise.engine.Progress;
import io.dunwise.ledger.api.Ledger;
import io.dunwise.ledger.api.LedgerStore;
import io.dunwise.model.Strategy;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * R5's preview of a strategy — its pool and the pools of smaller rank evaluated by the database, then holds and
 * manual assignments — gives the customers the engine assigns one by one, in memory.
 */
@ExtendWith(ServiceExtension.class)
class AssignmentPreviewTest {

    @InjectService(timeout = 10_000)
    CollectionEngine engine;

    @InjectService(timeout = 10_000)
    LedgerStore store;

    @InjectService(timeout = 10_000)
    StrategySetLoader loader;

    @TempDir
    Path work;

    @ParameterizedTest
    @ValueSource(longs = {6, 7, 8})
    void r5ThePreviewByTheDatabaseGivesTheCustomersTheEngineAssigns(long seed) throws IOException {
        StrategySet set = TestStrategies.load(loader, work);
        LocalDate day = LocalDate.parse("2026-10-05");
        try (Ledger ledger = store.open(work.resolve("db").toString())) {
            SimulationEqualsRunTest.randomLedger(ledger, seed, 200);
            Map<String, SortedSet<String>> assigned = new HashMap<>();
            engine.simulate(set.strategies(), ledger, day, Progress.NONE, decision -> decision.strategy()
                    .ifPresent(strategy -> assigned.computeIfAbsent(strategy, s -> new TreeSet<>())
                            .add(decision.customerId())));
            for (Strategy strategy : set.strategies()) {
                SortedSet<String> previewed = engine.customersOf(set.strategies(), strategy.getName(), ledger, day);
                assertEquals(assigned.getOrDefault(strategy.getName(), new TreeSet<>()), previewed,
                        strategy.getName() + ", seed " + seed);
                assertTrue(previewed.size() > 10, "the random ledger fills " + strategy.getName());
            }
        }
    }
}
