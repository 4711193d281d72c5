package io.dunwise.store.jpa.internal;

import io.dunwise.ledger.api.Activity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A collections activity as stored. */
@Entity
@Table(name = "activity")
public class StoredActivity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "activity_id")
    @SequenceGenerator(name = "activity_id", sequenceName = "activity_id", allocationSize = 50)
    private long id;
    @Column(name = "customer_id")
    private String customerId;
    @Column(name = "invoice_id")
    private String invoiceId;
    private String template;
    @Column(name = "activity_type")
    private String type;
    private String purpose;
    @Column(name = "start_date")
    private LocalDate start;
    @Column(name = "due_date")
    private LocalDate due;
    private String details;
    @Column(name = "agent_id")
    private String agentId;
    private boolean done;
    @Column(name = "action_id")
    private String actionId;

    protected StoredActivity() {
    }

    static StoredActivity of(Activity activity) {
        StoredActivity stored = new StoredActivity();
        stored.customerId = activity.customerId();
        stored.invoiceId = activity.invoiceId();
        stored.template = activity.template();
        stored.type = activity.type();
        stored.purpose = activity.purpose();
        stored.start = activity.start();
        stored.due = activity.due();
        stored.details = activity.details();
        stored.agentId = activity.agentId();
        stored.done = activity.done();
        stored.actionId = activity.actionId();
        return stored;
    }

    Activity toActivity() {
        return new Activity(id, customerId, invoiceId, template, type, purpose, start, due, details, agentId, done,
                actionId);
    }

    void complete() {
        done = true;
    }
}
