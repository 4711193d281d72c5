package io.dunwise.engine.internal;

import io.dunwise.actions.api.ActionRecords;
import io.dunwise.ledger.api.Activity;
import io.dunwise.ledger.api.CollectionLetter;
import io.dunwise.ledger.api.Ledger;
import io.dunwise.ledger.api.Letters;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What a handler writes for one action, in the ledger of the run, tied to the action's id (R16). A write that
 * fails is told to the run ({@code unwritten}) before the handler sees it: a handler may catch it, but the run must
 * not hand over another action whose record could not be kept either (issue 18, a full disk).
 */
final class LedgerRecords implements ActionRecords {

    private final Ledger ledger;
    private final String actionId;
    private final String customerId;
    private final LocalDate runDate;
    private final Consumer<RuntimeException> unwritten;

    LedgerRecords(Ledger ledger, String actionId, String customerId, LocalDate runDate,
            Consumer<RuntimeException> unwritten) {
        this.ledger = ledger;
        this.actionId = actionId;
        this.customerId = customerId;
        this.runDate = runDate;
        this.unwritten = unwritten;
    }

    @Override
    public Activity activity(Activity activity) {
        return written(() -> ledger.activities().create(activity.ofAction(actionId)));
    }

    @Override
    public CollectionLetter letter(CollectionLetter letter) {
        return written(() -> ledger.letters().post(letter.ofAction(actionId)));
    }

    @Override
    public CollectionLetter letter(CollectionLetter letter, Letters.Printing printing) {
        return ledger.letters().post(letter.ofAction(actionId), printing);
    }

    @Override
    public List<CollectionLetter> earlierLetters() {
        return ledger.letters().ofCustomer(customerId).stream()
                .filter(letter -> !actionId.equals(letter.actionId())).toList();
    }

    @Override
    public void bounced(String email, String reason) {
        written(() -> {
            ledger.customers().recordBounce(customerId, email, runDate, reason);
            return null;
        });
    }

    @Override
    public boolean isMarked(String part) {
        return ledger.history().marks(Long.parseLong(actionId)).contains(part);
    }

    @Override
    public void mark(String part) {
        written(() -> {
            ledger.history().mark(Long.parseLong(actionId), part);
            return null;
        });
    }

    private <T> T written(Supplier<T> write) {
        try {
            return write.get();
        } catch (RuntimeException e) {
            unwritten.accept(e);
            throw e;
        }
    }
}
