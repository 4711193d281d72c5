package io.dunwise.store.jpa.internal;

import io.dunwise.ledger.api.Agent;
import io.dunwise.ledger.api.Organisation;
import io.dunwise.ledger.api.SalesRep;
import java.util.List;
import java.util.Optional;

/** Agents, teams and sales reps through JPA. */
final class JpaOrganisation implements Organisation {

    private final Transactions transactions;

    JpaOrganisation(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public List<Agent> agents() {
        return transactions.read(em -> em.createQuery("select a from StoredAgent a order by a.id", StoredAgent.class)
                .getResultStream().map(StoredAgent::toAgent).toList());
    }

    @Override
    public Optional<Agent> agent(String id) {
        return transactions.read(em -> Optional.ofNullable(em.find(StoredAgent.class, id)).map(StoredAgent::toAgent));
    }

    @Override
    public List<String> teams() {
        return transactions.read(em -> em.createQuery("select distinct a.team from StoredAgent a order by a.team",
                String.class).getResultList());
    }

    @Override
    public List<SalesRep> salesReps(String salesGroup) {
        return transactions.read(em -> em.createQuery("""
                select r from StoredSalesRep r where r.key.owner = :group order by r.key.position""",
                StoredSalesRep.class).setParameter("group", salesGroup)
                .getResultStream().map(StoredSalesRep::toSalesRep).toList());
    }

    @Override
    public List<SalesRep> salesReps() {
        return transactions.read(em -> em.createQuery(
                "select r from StoredSalesRep r order by r.key.owner, r.key.position", StoredSalesRep.class)
                .getResultStream().map(StoredSalesRep::toSalesRep).toList());
    }
}
