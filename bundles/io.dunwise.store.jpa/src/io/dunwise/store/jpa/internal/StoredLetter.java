package io.dunwise.store.jpa.internal;

import io.dunwise.ledger.api.CollectionLetter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A posted collection letter as stored; its number is the letter counter's next, taken in the transaction that posts
 * it, so numbers stay consecutive (R15, issue 18 §1).
 */
@Entity
@Table(name = "collection_letter")
public class StoredLetter {

    @Id
    @Column(name = "letter_number")
    private long number;
    @Column(name = "customer_id")
    private String customerId;
    @Column(name = "letter_date")
    private LocalDate date;
    @Column(name = "letter_level")
    private int level;
    @Column(name = "invoice_ids")
    @Convert(converter = IdList.class)
    private List<String> invoiceIds;
    private BigDecimal total;
    private BigDecimal fee;
    private BigDecimal interest;
    private String currency;
    private String language;
    @Column(name = "action_id")
    private String actionId;

    protected StoredLetter() {
    }

    static StoredLetter of(CollectionLetter letter, long number) {
        StoredLetter stored = new StoredLetter();
        stored.number = number;
        stored.customerId = letter.customerId();
        stored.date = letter.date();
        stored.level = letter.level();
        stored.invoiceIds = letter.invoiceIds();
        stored.total = letter.total().value();
        stored.fee = Money.value(letter.fee());
        stored.interest = Money.value(letter.interest());
        stored.currency = letter.total().currency();
        stored.language = letter.language();
        stored.actionId = letter.actionId();
        return stored;
    }

    CollectionLetter toLetter() {
        return new CollectionLetter(number, customerId, date, level, invoiceIds, Money.amount(total, currency),
                Money.amount(fee, currency), Money.amount(interest, currency), language, actionId);
    }
}
