package io.dunwise.store.jpa.internal;

import io.dunwise.ledger.api.CollectionsCase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A collections case as stored. */
@Entity
@Table(name = "collections_case")
public class StoredCase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_id")
    @SequenceGenerator(name = "case_id", sequenceName = "case_id", allocationSize = 1)
    private long id;
    @Column(name = "customer_id")
    private String customerId;
    private String category;
    private String status;
    @Column(name = "owner_id")
    private String ownerId;
    private LocalDate opened;
    @Column(name = "invoice_ids")
    @Convert(converter = IdList.class)
    private List<String> invoiceIds;
    @Column(name = "activity_ids")
    @Convert(converter = IdList.class)
    private List<String> activityIds;

    protected StoredCase() {
    }

    static StoredCase of(CollectionsCase collectionsCase) {
        StoredCase stored = new StoredCase();
        stored.customerId = collectionsCase.customerId();
        stored.category = collectionsCase.category();
        stored.status = collectionsCase.status();
        stored.ownerId = collectionsCase.ownerId();
        stored.opened = collectionsCase.opened();
        stored.invoiceIds = collectionsCase.invoiceIds();
        stored.activityIds = collectionsCase.activityIds().stream().map(String::valueOf).toList();
        return stored;
    }

    CollectionsCase toCase() {
        return new CollectionsCase(id, customerId, category, status, ownerId, opened, invoiceIds,
                activityIds.stream().map(Long::valueOf).toList());
    }

    void setStatus(String status) {
        this.status = status;
    }

    void setOwner(String ownerId) {
        this.ownerId = ownerId;
    }

    void addInvoices(List<String> added) {
        List<String> all = new ArrayList<>(invoiceIds);
        added.stream().filter(id -> !all.contains(id)).forEach(all::add);
        invoiceIds = all;
    }
}
