package io.dunwise.store.jpa.internal;

import io.dunwise.ledger.api.Activities;
import io.dunwise.ledger.api.Activity;
import java.util.List;

/** Collections activities through JPA. */
final class JpaActivities implements Activities {

    private final Transactions transactions;

    JpaActivities(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Activity create(Activity activity) {
        return transactions.persistOnce(StoredActivity.class, activity.actionId(), StoredActivity.of(activity),
                StoredActivity::toActivity);
    }

    @Override
    public List<Activity> ofCustomer(String customerId) {
        return transactions.read(em -> em.createQuery("""
                select a from StoredActivity a where a.customerId = :customer order by a.start desc, a.id desc""",
                StoredActivity.class).setParameter("customer", customerId)
                .getResultStream().map(StoredActivity::toActivity).toList());
    }

    @Override
    public Activity complete(long id) {
        return transactions.update(StoredActivity.class, id, "no activity " + id, StoredActivity::complete,
                StoredActivity::toActivity);
    }
}
