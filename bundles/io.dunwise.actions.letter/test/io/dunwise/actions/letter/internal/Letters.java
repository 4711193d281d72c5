package io.dunwise.actions.letter.internal;

import io.dunwise.actions.api.ActionRecords;
import io.dunwise.actions.api.ActionRequest;
import io.dunwise.actions.api.Template;
import io.dunwise.ledger.api.Activity;
import io.dunwise.ledger.api.Amount;
import io.dunwise.ledger.api.CollectionLetter;
import io.dunwise.ledger.api.Customer;
import io.dunwise.ledger.api.Invoice;
import io.dunwise.ledger.api.InvoiceStatus;
import io.dunwise.ledger.api.PostalAddress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the letter handler's tests share: a Swedish customer, its invoices, a letter template, a fake ledger. */
final class Letters {

    static final LocalDate RUN = LocalDate.of(2026, 11, 23);
    static final PostalAddress ADDRESS = new PostalAddress("Storgatan 4", "972 31", "Luleå", null);
    static final Customer SWEDISH = customer("C-17", "Åkerlund & Söner AB", "SE", "sv");

    /** 53 days overdue on {@link #RUN}. */
    static final Invoice LEADING = invoice("I-1001", "2026-09-01", "2026-10-01", "1200.50", "1200.50", "SEK");
    /** 22 days overdue; partly paid. */
    static final Invoice SECOND = invoice("I-1002", "2026-10-02", "2026-11-01", "1000.00", "800.00", "SEK");

    /** Like examples/strategies/templates.dun: fees per level and currency, 8 % for all, 10.5 % in Sweden. */
    static final Template.Message TEMPLATE = new Template.Message("CollectionLetter", Template.Message.Kind.LETTER,
            null, null, "en",
            List.of(new Template.Version("en", "Reminder no. {{letter.level}}: overdue invoices",
                    "Dear {{customer.name}}, the invoices below are overdue. A fee of {{letter.fee}} and interest of"
                            + " {{letter.interest}} have been added."),
                    new Template.Version("sv", "Påminnelse nr {{letter.level}}: förfallna fakturor",
                            "Bästa {{customer.name}}, fakturorna nedan är förfallna. En avgift på {{letter.fee}} och"
                                    + " ränta på {{letter.interest}} har lagts till.\n\nMed vänliga hälsningar\n"
                                    + "{{company.name}}")),
            List.of(new Template.Fee(1, new BigDecimal("60"), "SEK"), new Template.Fee(2, new BigDecimal("180"), "SEK"),
                    new Template.Fee(1, new BigDecimal("5"), "EUR")),
            List.of(new Template.InterestRate(new BigDecimal("8.0"), null),
                    new Template.InterestRate(new BigDecimal("10.5"), "SE")));

    private Letters() {
    }

    /** Posted to {@link #ADDRESS}, where a letter can go (R15). */
    static Customer customer(String id, String name, String country, String language) {
        return new Customer(id, name, "CORP", country, "SEK", language, null, null, false, Map.of())
                .withAddress(ADDRESS);
    }

    static Invoice invoice(String id, String invoiceDate, String dueDate, String amount, String open,
            String currency) {
        return new Invoice(id, "C-17", LocalDate.parse(invoiceDate), LocalDate.parse(dueDate),
                Amount.of(amount, currency), Amount.of(open, currency), InvoiceStatus.OPEN);
    }

    static ActionRequest.Builder request(Customer customer, List<Invoice> invoices, Ledger ledger) {
        return ActionRequest.builder(ledger.actionId, RUN, "letter", customer).step("Public", "First letter")
                .invoices(invoices, invoices).template(TEMPLATE).company("Nordlys Inkasso AB").records(ledger);
    }

    /** A handler writing to {@code folder}, with the sender of the configuration (empty for none). */
    static LetterHandler handler(Path folder, String senderName, String senderAddress) {
        LetterHandler handler = new LetterHandler();
        handler.configure(config(folder.toString(), senderName, senderAddress));
        return handler;
    }

    /** The configuration as Configuration Admin would hand it to the component. */
    static LetterConfig config(String folder, String senderName, String senderAddress) {
        return new LetterConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return LetterConfig.class;
            }

            @Override
            public String folder() {
                return folder;
            }

            @Override
            public String sender_name() {
                return senderName;
            }

            @Override
            public String sender_address() {
                return senderAddress;
            }
        };
    }

    /**
     * The letters of a ledger as the real one keeps them for one action (R16): numbered from a sequence, and the
     * action's own letter given back when it posts again.
     */
    static final class Ledger implements ActionRecords {
        final String actionId;
        final List<CollectionLetter> earlier;
        final Map<String, CollectionLetter> posted = new LinkedHashMap<>();
        final List<CollectionLetter> attempts = new ArrayList<>();
        long next;
        /** Where the next posting dies, as a process killed there (issue 18 §1). */
        Kill kill = Kill.NONE;

        enum Kill {
            NONE, BEFORE_COMMIT, AFTER_COMMIT
        }

        Ledger(String actionId, long firstNumber, List<CollectionLetter> earlier) {
            this.actionId = actionId;
            this.next = firstNumber;
            this.earlier = earlier;
        }

        @Override
        public CollectionLetter letter(CollectionLetter letter) {
            attempts.add(letter);
            return posted.computeIfAbsent(actionId, id -> {
                CollectionLetter stored = new CollectionLetter(next++, letter.customerId(), letter.date(),
                        letter.level(), letter.invoiceIds(), letter.total(), letter.fee(), letter.interest(),
                        letter.language(), id);
                return stored;
            });
        }

        /** As the store does: numbered, printed and posted together; a posting that dies uses no number. */
        @Override
        public CollectionLetter letter(CollectionLetter letter, io.dunwise.ledger.api.Letters.Printing printing) {
            attempts.add(letter);
            CollectionLetter before = posted.get(actionId);
            if (before != null) {
                return before;
            }
            CollectionLetter numbered = new CollectionLetter(next, letter.customerId(), letter.date(), letter.level(),
                    letter.invoiceIds(), letter.total(), letter.fee(), letter.interest(), letter.language(), actionId);
            try {
                printing.print(numbered);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (kill == Kill.BEFORE_COMMIT) {
                kill = Kill.NONE;
                throw new IllegalStateException("killed before the posting of letter " + next + " committed");
            }
            next++;
            posted.put(actionId, numbered);
            if (kill == Kill.AFTER_COMMIT) {
                kill = Kill.NONE;
                throw new IllegalStateException("killed after the posting of letter " + numbered.number()
                        + " committed");
            }
            return numbered;
        }

        @Override
        public List<CollectionLetter> earlierLetters() {
            return earlier;
        }

        @Override
        public Activity activity(Activity activity) {
            throw new AssertionError("a letter creates no activity");
        }

        @Override
        public void bounced(String email, String reason) {
            throw new AssertionError("a letter sends no email");
        }

        @Override
        public boolean isMarked(String part) {
            return false;
        }

        @Override
        public void mark(String part) {
            throw new AssertionError("a letter has one effect, kept by its record");
        }
    }

    /** An earlier letter to the customer listing {@code invoiceIds}. */
    static CollectionLetter earlier(long number, String... invoiceIds) {
        return new CollectionLetter(number, "C-17", RUN.minusDays(30), 1, List.of(invoiceIds),
                Amount.of("100", "SEK"), null, null, "sv", "a" + number);
    }
}
