package io.dunwise.engine.internal;

import io.dunwise.actions.api.ActionRecords;
import io.dunwise.ledger.api.Activity;
import io.dunwise.ledger.api.CollectionLetter;
import io.dunwise.ledger.api.Ledger;
import io.dunwise.ledger.api.Letters;
import java.time.LocalDate;
import java.util.List;

/** What a handler writes for one action, in the ledger of the run, tied to the action's id (R16). */
final class LedgerRecords implements ActionRecords {

    private final Ledger ledger;
    private final String actionId;
    private final String customerId;
    private final LocalDate runDate;

    LedgerRecords(Ledger ledger, String actionId, String customerId, LocalDate runDate) {
        this.ledger = ledger;
        this.actionId = actionId;
        this.customerId = customerId;
        this.runDate = runDate;
    }

    @Override
    public Activity activity(Activity activity) {
        return ledger.activities().create(activity.ofAction(actionId));
    }

    @Override
    public CollectionLetter letter(CollectionLetter letter) {
        return ledger.letters().post(letter.ofAction(actionId));
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
        ledger.customers().recordBounce(customerId, email, runDate, reason);
    }

    @Override
    public boolean isMarked(String part) {
        return ledger.history().marks(Long.parseLong(actionId)).contains(part);
    }

    @Override
    public void mark(String part) {
        ledger.history().mark(Long.parseLong(actionId), part);
    }
}
