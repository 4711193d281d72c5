package io.dunwise.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dunwise.dsl.strategies.StrategySetLoader;
import io.dunwise.engine.AccountPosition;
import io.dunwise.engine.CollectionEngine;
import io.dunwise.engine.Decision;
import io.dunwise.ledger.api.Amount;
import io.dunwise.ledger.api.Customer;
import io.dunwise.ledger.api.Invoice;
import io.dunwise.ledger.api.InvoiceStatus;
import io.dunwise.ledger.api.Ledger;
import io.dunwise.ledger.api.LedgerLoad;
import io.dunwise.ledger.api.LedgerStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * Issue 18 §2 on an embedded ledger: a customer with an invoice in EUR and one in SEK. The desk's positions list
 * every customer (the mixed one with a balance per currency, where the sum used to throw and empty the list), and
 * the explanation shows the balance per currency too.
 */
@ExtendWith(ServiceExtension.class)
class MixedCurrenciesInOsgiTest {

    private static final LocalDate DUE = LocalDate.parse("2026-10-01");

    @InjectService(timeout = 10_000)
    CollectionEngine engine;

    @InjectService(timeout = 10_000)
    LedgerStore store;

    @InjectService(timeout = 10_000)
    StrategySetLoader loader;

    @TempDir
    Path work;

    private static Invoice invoice(String id, String customer, LocalDate due, String open, String currency) {
        return new Invoice(id, customer, due.minusDays(30), due, Amount.of(open, currency), Amount.of(open, currency),
                InvoiceStatus.OPEN);
    }

    @Test
    void issue18_positionsAndTheExplanationShowOneBalancePerCurrency() throws IOException {
        try (Ledger ledger = store.open(work.resolve("db").toString())) {
            try (LedgerLoad load = ledger.startOver()) {
                load.customer(new Customer("MIX", "Mixed", "CORP", "SE", "SEK", "sv", null, "SG1", false, Map.of()));
                load.customer(new Customer("ONE", "One", "CORP", "SE", "EUR", "sv", null, "SG1", false, Map.of()));
                load.invoice(invoice("M1", "MIX", DUE, "40.00", "EUR"));
                load.invoice(invoice("M2", "MIX", DUE.plusDays(3), "9000.00", "SEK"));
                load.invoice(invoice("M3", "MIX", DUE.plusDays(9), "10.00", "EUR"));
                load.invoice(invoice("O1", "ONE", DUE.plusDays(1), "500.00", "EUR"));
                load.commit();
            }
            LocalDate asOf = DUE.plusDays(15);

            List<AccountPosition> positions = engine.positions(ledger, asOf);

            assertEquals(List.of("MIX 50.00 EUR + 9000.00 SEK M1 15", "ONE 500.00 EUR O1 14"),
                    positions.stream().map(p -> p.customerId() + " " + p.openBalance() + " "
                            + p.leadingInvoiceId().orElse("-") + " " + p.daysOverdue()).toList());

            Decision decision = engine.explain(TestStrategies.load(loader, work).strategies(), ledger, "MIX", asOf)
                    .orElseThrow();
            assertEquals(List.of(Amount.of("50.00", "EUR"), Amount.of("9000.00", "SEK")),
                    decision.openBalance().amounts());
            assertEquals(Optional.of("M1"), decision.leading(), "R7: the earliest due date leads, whatever its currency");
        }
    }
}
