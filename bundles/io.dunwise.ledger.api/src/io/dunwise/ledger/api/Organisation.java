package io.dunwise.ledger.api;

import java.util.List;
import java.util.Optional;

/** Who does the collections work: agents in teams (R2) and the sales groups' reps (R14). */
public interface Organisation {

    List<Agent> agents();

    Optional<Agent> agent(String id);

    /** The names of the collections teams, each created when its first agent is. */
    List<String> teams();

    /** The reps of one sales group in their order. */
    List<SalesRep> salesReps(String salesGroup);

    /** Every rep by sales group and position. */
    List<SalesRep> salesReps();
}
