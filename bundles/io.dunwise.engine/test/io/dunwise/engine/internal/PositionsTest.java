package io.dunwise.engine.internal;

import static io.dunwise.engine.internal.Fixtures.DUE;
import static io.dunwise.engine.internal.Fixtures.account;
import static io.dunwise.engine.internal.Fixtures.invoice;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dunwise.engine.AccountPosition;
import io.dunwise.ledger.api.Amount;
import io.dunwise.ledger.api.Invoice;
import io.dunwise.ledger.api.InvoiceStatus;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 18 §2: the desk's overdue list shows a customer with invoices in two currencies, one balance per currency. */
class PositionsTest {

    private static Invoice inSek(String id, java.time.LocalDate due, String open) {
        return new Invoice(id, "C1", due.minusDays(30), due, Amount.of(open, "SEK"), Amount.of(open, "SEK"),
                InvoiceStatus.OPEN);
    }

    @Test
    void issue18_aCustomerWithEurAndSekInvoicesHasOneBalancePerCurrency() {
        AccountPosition position = Positions.of(account(List.of(invoice("I1", DUE, "1000.00"),
                inSek("I2", DUE.minusDays(5), "5000.00"), invoice("I3", DUE.plusDays(10), "250.00"))), DUE.plusDays(3))
                .orElseThrow();

        assertEquals(List.of(Amount.of("1250.00", "EUR"), Amount.of("5000.00", "SEK")),
                position.openBalance().amounts());
        assertEquals("1250.00 EUR + 5000.00 SEK", position.openBalance().toString());
        assertEquals(Optional.of("I2"), position.leadingInvoiceId(), "R7: the earliest due date leads, whatever its currency");
        assertEquals(8, position.daysOverdue());
    }

    @Test
    void issue18_aCustomerInOneCurrencyStillHasOneBalance() {
        AccountPosition position = Positions.of(account(List.of(invoice("I1", DUE, "1000.00"),
                invoice("I2", DUE.plusDays(1), "300.00"))), DUE).orElseThrow();

        assertEquals(List.of(Amount.of("1300.00", "EUR")), position.openBalance().amounts());
        assertEquals(0, position.daysOverdue());
    }

    @Test
    void aCustomerWithNothingOpenHasNoPosition() {
        assertEquals(Optional.empty(), Positions.of(account(List.of()), DUE));
    }
}
