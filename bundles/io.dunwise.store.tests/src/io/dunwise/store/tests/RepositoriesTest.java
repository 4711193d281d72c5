package io.dunwise.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dunwise.ledger.api.Account;
import io.dunwise.ledger.api.Activity;
import io.dunwise.ledger.api.Amount;
import io.dunwise.ledger.api.CollectionLetter;
import io.dunwise.ledger.api.CollectionsCase;
import io.dunwise.ledger.api.Contact;
import io.dunwise.ledger.api.Customer;
import io.dunwise.ledger.api.HistoryEntry;
import io.dunwise.ledger.api.Hold;
import io.dunwise.ledger.api.Invoice;
import io.dunwise.ledger.api.InvoiceStatus;
import io.dunwise.ledger.api.JournalEntry;
import io.dunwise.ledger.api.JournalLine;
import io.dunwise.ledger.api.Ledger;
import io.dunwise.ledger.api.LedgerException;
import io.dunwise.ledger.api.LedgerLoad;
import io.dunwise.ledger.api.Outcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The ledger's repositories on each database (H2, and PostgreSQL when one is given): what is written reads
 * back exactly — exact decimals at the scale written, dates, lists, flags — and every refused change leaves the
 * ledger as it was.
 */
class RepositoriesTest extends StoreTest {

    private static final LocalDate DAY = Ledgers.DAY;

    @ParameterizedTest
    @MethodSource("databases")
    void whatALoadWritesReadsBackExactly(String kind) throws Exception {
        try (Ledger ledger = open(kind)) {
            assertEquals(Ledgers.CUSTOMERS, ledger.customers().all());
            assertEquals(Ledgers.CUSTOMERS.get(1), ledger.customers().find("C2").orElseThrow());
            assertEquals(Ledgers.CONTACTS.subList(0, 2), ledger.customers().contacts("C1"));
            assertEquals(Ledgers.REPS, ledger.organisation().salesReps("SG1"));
            assertEquals(Ledgers.AGENTS, ledger.organisation().agents());
            assertEquals(List.of("Europe", "Nordics"), ledger.organisation().teams());
            List<Invoice> invoices = new ArrayList<>();
            ledger.invoices().forEach(invoices::add);
            assertEquals(Ledgers.INVOICES.stream().sorted((a, b) -> a.id().compareTo(b.id())).toList(), invoices);
            assertEquals(Ledgers.PAYMENTS.get(0), ledger.payments().find("P1").orElseThrow());
            assertEquals(List.of(Ledgers.PAYMENTS.get(1)), ledger.payments().ofCustomer("C3"));
            assertEquals(3, ledger.customers().count());
            assertEquals(5, ledger.invoices().count());
            assertTrue(ledger.sizeInBytes() > 0, "the database knows its size");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void accountsHoldTheOpenInvoicesByDueDateAndTheHistory(String kind) throws Exception {
        try (Ledger ledger = open(kind)) {
            HistoryEntry reminder = ledger.history().record(List.of(new HistoryEntry(0, "run-1", DAY, "C1",
                    "Corporate", "Reminder", "email", List.of("I1"), List.of(), Outcome.DONE, null))).get(0);
            List<Account> accounts = new ArrayList<>();
            ledger.accounts().forEach(accounts::add);
            assertEquals(List.of("C1", "C2", "C3"), accounts.stream().map(Account::customerId).toList());
            // the settled I3 and the credit note CN1 are not open (spec section 1: open amount > 0 means open)
            assertEquals(List.of("I1", "I2"), ids(accounts.get(0).openInvoices()));
            assertEquals(List.of(), accounts.get(1).openInvoices());
            assertEquals(List.of("I4"), ids(accounts.get(2).openInvoices()));
            assertEquals(List.of(reminder), accounts.get(0).history());
            assertEquals(List.of(), accounts.get(2).history());
            assertEquals(accounts.get(0), ledger.accounts().find("C1").orElseThrow());
            assertTrue(ledger.accounts().find("NOPE").isEmpty());
            assertEquals(List.of("I3", "CN1", "I1", "I2"),
                    ledger.invoices().ofCustomer("C1").stream().map(Invoice::id).toList());
        }
    }

    private static List<String> ids(List<Invoice> invoices) {
        return invoices.stream().map(Invoice::id).toList();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void disputesAndPromisesChangeTheStatusAndRefuseWhatCannotBe(String kind) throws Exception {
        try (Ledger ledger = open(kind)) {
            // R26: a disputed or promised invoice is not chased; reopening chases it again
            assertEquals(InvoiceStatus.DISPUTED, ledger.invoices().dispute("I1").status());
            Invoice promised = ledger.invoices().promise("I1", DAY.plusDays(7), Amount.of("1000.00", "SEK"));
            assertEquals(new Invoice("I1", "C1", DAY.minusDays(30), DAY, Amount.of("1200.50", "SEK"),
                    Amount.of("1200.50", "SEK"), InvoiceStatus.PROMISED, DAY.plusDays(7), Amount.of("1000.00", "SEK")),
                    ledger.invoices().find("I1").orElseThrow());
            assertFalse(promised.isChased());
            assertTrue(ledger.invoices().reopen("I1").isChased());
            assertEquals(Ledgers.INVOICES.get(0), ledger.invoices().find("I1").orElseThrow());

            assertEquals("no invoice NOPE", assertThrows(LedgerException.class,
                    () -> ledger.invoices().dispute("NOPE")).getMessage());
            assertEquals("cannot dispute invoice I3: it is settled", assertThrows(LedgerException.class,
                    () -> ledger.invoices().dispute("I3")).getMessage());
            assertEquals("invoice I1 is in SEK; a promise of 10.00 EUR does not match",
                    assertThrows(LedgerException.class, () -> ledger.invoices().promise("I1", DAY,
                            Amount.of("10.00", "EUR"))).getMessage());
            assertEquals(Ledgers.INVOICES.get(0), ledger.invoices().find("I1").orElseThrow(), "nothing changed");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void holdsAssignmentsAndBouncesAreRecorded(String kind) throws Exception {
        try (Ledger ledger = open(kind)) {
            ledger.customers().setOnHold("C1", true);
            assertTrue(ledger.customers().find("C1").orElseThrow().onHold());
            assertThrows(LedgerException.class, () -> ledger.customers().setOnHold("NOPE", true));

            // R26: a hold made in Dunwise has a reason and a resume date; R5: a manual assignment
            ledger.customers().hold("C3", new Hold("disputes the whole account", DAY.plusDays(10)));
            ledger.customers().assign("C3", "KeyAccounts");
            Customer held = ledger.customers().find("C3").orElseThrow();
            assertEquals(new Hold("disputes the whole account", DAY.plusDays(10)), held.hold());
            assertTrue(held.isOnHold(DAY.plusDays(9)));
            assertFalse(held.isOnHold(DAY.plusDays(10)), "the hold ends on its resume date");
            assertEquals("KeyAccounts", ledger.customers().find("C3").orElseThrow().manualStrategy());
            assertThrows(LedgerException.class, () -> ledger.customers().assign("NOPE", "KeyAccounts"));

            // both are Dunwise's decisions: a new import of the ledger keeps them
            try (LedgerLoad load = ledger.replaceLedger()) {
                Ledgers.CUSTOMERS.forEach(load::customer);
                load.commit();
            }
            List<Customer> all = ledger.customers().all();
            assertEquals(held, all.get(2));
            ledger.customers().release("C3");
            ledger.customers().assign("C3", null);
            assertEquals(Ledgers.CUSTOMERS, ledger.customers().all());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void bouncesAreKeptPerAddressAcrossImports(String kind) throws Exception {
        try (Ledger ledger = open(kind)) {
            // R30: a bounce is recorded on the address, in any case, and marks every contact that has it
            ledger.customers().recordBounce("C1", "Anna@Nordlys.example", DAY, "550 5.1.1 user unknown");
            List<Contact> contacts = ledger.customers().contacts("C1");
            assertTrue(contacts.get(0).bounced());
            assertTrue(contacts.get(1).bounced(), "the imported contacts file marks Erik's address bounced");
            assertThrows(LedgerException.class, () -> ledger.customers().recordBounce("NOPE", "x@y.example", DAY,
                    "refused"));
            assertThrows(LedgerException.class, () -> ledger.customers().recordBounce("C1", " ", DAY, "refused"));

            // a new import of the ledger keeps it: the bounce is Dunwise's knowledge, not the ledger's
            try (LedgerLoad load = ledger.replaceLedger()) {
                Ledgers.CUSTOMERS.forEach(load::customer);
                Ledgers.CONTACTS.forEach(load::contact);
                load.commit();
            }
            assertTrue(ledger.customers().contacts("C1").get(0).bounced());
            ledger.customers().clearBounce("C1", "anna@nordlys.example");
            assertFalse(ledger.customers().contacts("C1").get(0).bounced());
            assertTrue(ledger.customers().contacts("C1").get(1).bounced());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void anActionWritesItsActivityAndLetterOnce(String kind) throws Exception {
        try (Ledger ledger = open(kind)) {
            // R16: an action handed over again after a crash gets back what it wrote the first time
            Activity call = new Activity(0, "C1", "I1", "CallCustomer", "call", "Collect", DAY, DAY.plusDays(3),
                    "Call about I1", "ANNA", false).ofAction("42");
            Activity first = ledger.activities().create(call);
            assertEquals(first, ledger.activities().create(call));
            assertEquals("42", first.actionId());
            assertEquals(1, ledger.activities().ofCustomer("C1").size());
            CollectionLetter letter = new CollectionLetter(0, "C1", DAY, 1, List.of("I1"), Amount.of("10.00", "SEK"),
                    null, null, "sv").ofAction("43");
            CollectionLetter posted = ledger.letters().post(letter);
            assertEquals(posted, ledger.letters().post(letter));
            assertEquals(1, ledger.letters().ofCustomer("C1").size());
            // what is made by hand has no action and is always new
            ledger.activities().create(new Activity(0, "C1", null, null, "task", null, DAY, DAY, null, null, false));
            ledger.activities().create(new Activity(0, "C1", null, null, "task", null, DAY, DAY, null, null, false));
            assertEquals(3, ledger.activities().ofCustomer("C1").size());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void issue18ALetterIsNumberedPostedAndPrintedInOneTransactionAndNumbersStayConsecutive(String kind)
            throws Exception {
        try (Ledger ledger = open(kind)) {
            CollectionLetter first = ledger.letters().post(new CollectionLetter(0, "C1", DAY, 1, List.of("I1"),
                    Amount.of("10.00", "SEK"), null, null, "sv").ofAction("50"));
            // the printing fails (or the process dies) before the posting commits: nothing is posted, no number used
            CollectionLetter lost = new CollectionLetter(0, "C1", DAY, 2, List.of("I1"), Amount.of("10.00", "SEK"),
                    null, null, "sv").ofAction("51");
            List<Long> printedAs = new ArrayList<>();
            assertThrows(UncheckedIOException.class, () -> ledger.letters().post(lost, numbered -> {
                printedAs.add(numbered.number());
                throw new IOException("disk full");
            }));
            assertEquals(List.of(first.number() + 1), printedAs, "printed with the number it was being posted as");
            assertEquals(List.of(first), ledger.letters().ofCustomer("C1"), "R15: the letter was not posted");
            CollectionLetter again = ledger.letters().post(lost, numbered -> printedAs.add(numbered.number()));
            assertEquals(first.number() + 1, again.number(), "R15: the number is taken again, no gap");
            assertEquals(List.of(first.number() + 1, first.number() + 1), printedAs);
            // handed over again after the posting committed: the same letter, not printed a second time
            assertEquals(again, ledger.letters().post(lost, numbered -> printedAs.add(-1L)));
            assertEquals(2, printedAs.size());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aFailedActionIsReplacedInOneTransaction(String kind) throws Exception {
        try (Ledger ledger = open(kind)) {
            // R30: an email that cannot be delivered is completed failed and its letter recorded, together
            HistoryEntry email = ledger.history().record(List.of(new HistoryEntry(0, "run-1", DAY, "C1", "Corporate",
                    "Reminder", "email", List.of("I1"), List.of(), Outcome.PENDING, null))).get(0);
            HistoryEntry letter = ledger.history().replace(email.id(), "bounced", List.of("anna@nordlys.example"),
                    new HistoryEntry(0, "run-1", DAY, "C1", "Corporate", "Reminder", "letter", List.of("I1"),
                            List.of(), Outcome.PENDING, "instead of email " + email.id()));
            assertEquals(List.of(letter), ledger.history().pending());
            HistoryEntry failed = ledger.history().ofRun("run-1").get(0);
            assertEquals(Outcome.FAILED, failed.outcome());
            assertEquals(List.of("anna@nordlys.example"), failed.recipients());
            assertThrows(LedgerException.class, () -> ledger.history().replace(9_999_999, "x", List.of(), letter
                    .withOutcome(Outcome.PENDING, null)));
            assertEquals(List.of(letter), ledger.history().pending(), "a refused replacement records nothing");
            // an action's parts are marked once each, so that one handed over again repeats none of them
            ledger.history().mark(letter.id(), "anna@nordlys.example");
            ledger.history().mark(letter.id(), "anna@nordlys.example");
            ledger.history().mark(letter.id(), "erik@nordlys.example");
            assertEquals(Set.of("anna@nordlys.example", "erik@nordlys.example"), ledger.history().marks(letter.id()));
            assertEquals(Set.of(), ledger.history().marks(email.id()));
            HistoryEntry done = ledger.history().complete(letter.id(), Outcome.DONE, "letter 1", List.of("post"));
            assertEquals(List.of("post"), done.recipients());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void activitiesLettersCasesAndJournalsGetTheirNumbers(String kind) throws Exception {
        try (Ledger ledger = open(kind)) {
            Activity call = ledger.activities().create(new Activity(0, "C1", "I1", "CallCustomer", "call",
                    "Collect overdue balance", DAY, DAY.plusDays(3), "Call about I1", "ANNA", false));
            Activity task = ledger.activities().create(new Activity(0, "C1", null, null, "task", null,
                    DAY.plusDays(1), DAY.plusDays(1), null, null, false));
            assertTrue(call.id() > 0 && task.id() > call.id(), "ids from the activity sequence");
            assertEquals(List.of(task, call), ledger.activities().ofCustomer("C1"), "newest first");
            assertTrue(ledger.activities().complete(call.id()).done());

            // R15: letter numbers come from a sequence, one after the other
            List<Long> numbers = new ArrayList<>();
            for (int level = 1; level <= 3; level++) {
                numbers.add(ledger.letters().post(new CollectionLetter(0, "C1", DAY.plusDays(level), level,
                        List.of("I1", "I2"), Amount.of("1350.50", "SEK"), Amount.of("60.00", "SEK"), null, "sv"))
                        .number());
            }
            assertEquals(List.of(numbers.get(0), numbers.get(0) + 1, numbers.get(0) + 2), numbers);
            CollectionLetter latest = ledger.letters().ofCustomer("C1").get(0);
            assertEquals(3, latest.level());
            assertEquals(List.of("I1", "I2"), latest.invoiceIds());
            assertEquals(Amount.of("60.00", "SEK"), latest.fee());

            // R24: a case groups invoices and activities, with a status and an owner
            CollectionsCase opened = ledger.cases().open(new CollectionsCase(0, "C1", "Dispute", "open", "ANNA", DAY,
                    List.of("I1"), List.of(call.id())));
            assertEquals(opened, ledger.cases().find(opened.id()).orElseThrow());
            assertEquals("closed", ledger.cases().changeStatus(opened.id(), "closed").status());

            // R22: a write-off journal entry, balanced in its currency
            JournalEntry writeOff = ledger.journals().post(new JournalEntry(0, "WRITEOFF", DAY, "Write-off I4",
                    "SMALL", List.of(new JournalLine("6350", Amount.of("0.0125", "EUR"), "C3", "I4", null),
                            new JournalLine("1510", Amount.of("-0.0125", "EUR"), "C3", "I4", null))));
            assertEquals(List.of(writeOff), ledger.journals().entries("WRITEOFF"));
            assertEquals("journal entry in WRITEOFF is off balance by 1.00 EUR",
                    assertThrows(IllegalArgumentException.class, () -> new JournalEntry(0, "WRITEOFF", DAY, null,
                            null, List.of(new JournalLine("6350", Amount.of("1.00", "EUR"), null, null, null),
                                    new JournalLine("1510", Amount.of("0.00", "EUR"), null, null, null))))
                            .getMessage());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theOutboxIsThePendingHistory(String kind) throws Exception {
        try (Ledger ledger = open(kind)) {
            // R16: actions are recorded before their effect, as pending; completing takes them out of the outbox
            List<HistoryEntry> recorded = ledger.history().record(List.of(
                    new HistoryEntry(0, "run-1", DAY, "C1", "Corporate", "Reminder", "email", List.of("I1"),
                            List.of("erik@nordlys.example"), Outcome.PENDING, null),
                    new HistoryEntry(0, "run-1", DAY, "C3", "Corporate", "Letter", "letter", List.of("I4"),
                            List.of(), Outcome.PENDING, null)));
            assertEquals(recorded, ledger.history().pending());
            ledger.history().complete(recorded.get(0).id(), Outcome.DONE, null);
            ledger.history().complete(recorded.get(1).id(), Outcome.FAILED, "no-recipient");
            assertEquals(List.of(), ledger.history().pending());
            assertEquals(List.of(recorded.get(0).withOutcome(Outcome.DONE, null),
                    recorded.get(1).withOutcome(Outcome.FAILED, "no-recipient")), ledger.history().ofRun("run-1"));
            assertEquals(1, ledger.history().ofCustomer("C3").size());
            assertThrows(IllegalArgumentException.class,
                    () -> ledger.history().complete(recorded.get(0).id(), Outcome.PENDING, null));

            // a new import of the ledger keeps Dunwise's own records; a new demo ledger starts over
            try (LedgerLoad load = ledger.replaceLedger()) {
                Ledgers.CUSTOMERS.forEach(load::customer);
                load.commit();
            }
            assertEquals(2, ledger.history().ofRun("run-1").size());
            assertEquals(0, ledger.invoices().count());
            Ledgers.fill(ledger);
            assertEquals(List.of(), ledger.history().ofRun("run-1"));
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aCustomersEightyOverdueInvoicesOfLongIdsFitTheHistoryAndTheLetter(String kind) throws Exception {
        // issue 18 §3: 80 ids of 64 characters (5,199 with their separators) overflowed 4,000-character columns
        List<String> eighty = java.util.stream.IntStream.range(0, 80).mapToObj(i -> String.format("%064d", i))
                .toList();
        try (Ledger ledger = open(kind)) {
            List<HistoryEntry> recorded = ledger.history().record(List.of(new HistoryEntry(0, "run-1", DAY, "C1",
                    "Corporate", "Letter", "letter", eighty, List.of(), Outcome.PENDING, null)));
            assertEquals(eighty, ledger.history().ofCustomer("C1").get(0).invoiceIds());
            ledger.history().complete(recorded.get(0).id(), Outcome.DONE, null, eighty);
            assertEquals(eighty, ledger.history().ofRun("run-1").get(0).recipients());
            CollectionLetter letter = ledger.letters().post(new CollectionLetter(0, "C1", DAY, 1, eighty,
                    Amount.of("10.00", "SEK"), null, null, "sv").ofAction("44"));
            assertEquals(eighty, ledger.letters().ofCustomer("C1").get(0).invoiceIds());
            assertEquals(eighty, letter.invoiceIds());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aReasonLongerThanItsColumnIsCutNotRefused(String kind) throws Exception {
        // issue 18 §3: a handler's long reason (a server's answer, a list of addresses) must not stop the run
        try (Ledger ledger = open(kind)) {
            HistoryEntry skipped = ledger.history().record(List.of(new HistoryEntry(0, "run-1", DAY, "C1",
                    "Corporate", "Letter", "letter", List.of("I1"), List.of(), Outcome.SKIPPED, "s".repeat(1_500))))
                    .get(0);
            assertEquals("s".repeat(999) + "…", skipped.reason());
            HistoryEntry pending = ledger.history().record(List.of(new HistoryEntry(0, "run-1", DAY, "C1",
                    "Corporate", "Letter", "letter", List.of("I1"), List.of(), Outcome.PENDING, null))).get(0);
            ledger.history().complete(pending.id(), Outcome.FAILED, "f".repeat(5_000));
            assertEquals("f".repeat(999) + "…", ledger.history().ofRun("run-1").get(1).reason());
            assertEquals("s".repeat(999) + "…", ledger.history().ofRun("run-1").get(0).reason());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aLoadThatIsNotCommittedChangesNothing(String kind) throws Exception {
        try (Ledger ledger = open(kind)) {
            try (LedgerLoad load = ledger.startOver()) {
                load.customer(new Customer("X1", "Half-way", null, "SE", "SEK", "sv", null, null, false, Map.of()));
            }
            assertEquals(Ledgers.CUSTOMERS, ledger.customers().all());
            // a row the database refuses (an invoice of an unknown customer) fails the load, and nothing changes
            assertThrows(LedgerException.class, () -> {
                try (LedgerLoad load = ledger.startOver()) {
                    load.invoice(new Invoice("Z1", "NOBODY", DAY, DAY, Amount.of("1.00", "EUR"),
                            Amount.of("1.00", "EUR"), InvoiceStatus.OPEN));
                    load.commit();
                }
            });
            assertEquals(5, ledger.invoices().count());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void largeLedgersAreReadAPageAtATime(String kind) throws Exception {
        int customers = 12_345;
        try (Ledger ledger = store.open(TestDatabases.fresh(kind, work))) {
            try (LedgerLoad load = ledger.startOver()) {
                for (int n = 0; n < customers; n++) {
                    String id = String.format("K%05d", n);
                    load.customer(new Customer(id, "Customer " + n, null, "SE", "SEK", "sv", null, null, false,
                            Map.of("n", String.valueOf(n))));
                    load.contact(new io.dunwise.ledger.api.Contact(id, 1, "First", null, null, List.of(), true,
                            false));
                    load.contact(new io.dunwise.ledger.api.Contact(id, 2, "Second", null, null, List.of(), false,
                            true));
                }
                load.commit();
            }
            List<String> ids = new ArrayList<>();
            ledger.customers().forEach(customer -> {
                ids.add(customer.id());
                assertEquals(customer.id(), String.format("K%05d", Integer.parseInt(customer.attributes().get("n"))));
            });
            assertEquals(customers, ids.size());
            assertEquals(ids.stream().sorted().distinct().toList(), ids, "each customer once, by id");
            long[] contacts = {0};
            ledger.customers().forEachContact(contact -> contacts[0]++);
            assertEquals(2L * customers, contacts[0], "composite keys page without a gap or a repeat");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void reopeningALedgerKeepsItsContentAndSchema(String kind) throws Exception {
        String location = TestDatabases.fresh(kind, work);
        try (Ledger ledger = store.open(location)) {
            Ledgers.fill(ledger);
        }
        try (Ledger again = store.open(location)) {
            assertEquals(Ledgers.CUSTOMERS, again.customers().all());
        }
    }
}
