package io.dunwise.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dunwise.engine.PlannedAction;
import io.dunwise.ledger.api.HistoryEntry;
import io.dunwise.ledger.api.Outcome;
import io.dunwise.ledger.api.ProcessHistory;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Issue 18 §3: one customer's data never stops a run; the customer is skipped with the reason, the rest go on. */
class CustomerByCustomerTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    /** A history that, like the database, refuses a transaction holding a list longer than its column. */
    private static final class NarrowHistory {
        final List<HistoryEntry> stored = new ArrayList<>();
        final int width;
        int transactions;

        NarrowHistory(int width) {
            this.width = width;
        }

        ProcessHistory history() {
            return (ProcessHistory) Proxy.newProxyInstance(ProcessHistory.class.getClassLoader(),
                    new Class<?>[] {ProcessHistory.class}, (proxy, method, args) -> {
                        if (!method.getName().equals("record")) {
                            throw new UnsupportedOperationException(method.getName());
                        }
                        @SuppressWarnings("unchecked")
                        List<HistoryEntry> entries = (List<HistoryEntry>) args[0];
                        transactions++;
                        for (HistoryEntry entry : entries) {
                            if (String.join(";", entry.invoiceIds()).length() > width) {
                                throw new IllegalStateException("Value too long for column \"INVOICE_IDS "
                                        + "CHARACTER VARYING(" + width + ")\": \"'" + String.join(";",
                                                entry.invoiceIds()) + "'\"; SQL statement:\ninsert into …");
                            }
                        }
                        stored.addAll(entries);
                        return entries;
                    });
        }
    }

    private static HistoryEntry letter(String customer, List<String> invoices) {
        return new HistoryEntry(0, "run-1", DAY, customer, "Corporate", "Letter", "letter", invoices, List.of(),
                Outcome.PENDING, null);
    }

    @Test
    void aCustomerWhoseActionTheHistoryCannotHoldIsSkippedAndTheOthersAreRecorded() {
        // 80 overdue invoices with 64-character ids: 5,199 characters in a column of 4,000
        List<String> eighty = IntStream.range(0, 80).mapToObj(i -> String.format("%064d", i)).toList();
        NarrowHistory narrow = new NarrowHistory(4_000);
        List<HistoryEntry> recorded = CustomerByCustomer.recorded(narrow.history(),
                List.of(letter("C1", List.of("I1")), letter("C2", eighty), letter("C3", List.of("I3", "I4"))));
        assertEquals(List.of(letter("C1", List.of("I1")), letter("C3", List.of("I3", "I4"))),
                recorded.stream().filter(entry -> entry.outcome() == Outcome.PENDING).toList());
        HistoryEntry skipped = recorded.get(1);
        assertEquals("C2", skipped.customerId());
        assertEquals(Outcome.SKIPPED, skipped.outcome());
        assertEquals(List.of(eighty.get(0)), skipped.invoiceIds(), "the invoice the letter was decided for");
        String databaseSays = "Value too long for column \"INVOICE_IDS CHARACTER VARYING(4000)\": \"'"
                + String.join(";", eighty);
        assertEquals("the process history cannot hold this action (" + databaseSays.substring(0, 300) + "…)",
                skipped.reason(), "the first line of the database's message, cut short");
        assertEquals(recorded, narrow.stored);
    }

    @Test
    void aBatchTheHistoryTakesIsOneTransaction() {
        NarrowHistory narrow = new NarrowHistory(4_000);
        CustomerByCustomer.recorded(narrow.history(), List.of(letter("C1", List.of("I1")),
                letter("C2", List.of("I2"))));
        assertEquals(1, narrow.transactions);
    }

    @Test
    void whenTheHistoryCannotBeWrittenAtAllTheRunStops() {
        NarrowHistory closed = new NarrowHistory(-1);
        assertThrows(IllegalStateException.class, () -> CustomerByCustomer.recorded(closed.history(),
                List.of(letter("C1", List.of()))));
    }

    @Test
    void aCustomerTheEngineCannotDecideOnIsSkippedWithTheReason() {
        List<PlannedAction> actions = CustomerByCustomer.decided(account -> {
            throw new ArithmeticException("Overflow");
        }, Fixtures.account(List.of()), DAY);
        assertEquals(List.of(new PlannedAction("C1", null, null, CustomerByCustomer.UNDECIDED, List.of(), DAY,
                Outcome.SKIPPED, "the customer could not be decided: Overflow")), actions);
        assertEquals(Collections.emptyList(), CustomerByCustomer.decided(account -> List.of(),
                Fixtures.account(List.of()), DAY));
    }
}
