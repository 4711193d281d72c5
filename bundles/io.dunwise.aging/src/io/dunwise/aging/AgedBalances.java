package io.dunwise.aging;

import io.dunwise.ledger.api.AgingSnapshot;
import io.dunwise.ledger.api.Ledger;
import io.dunwise.model.StrategyFile;
import java.time.LocalDate;
import java.util.List;

/**
 * Aging snapshots and the aged-balance lists built on them (R19, R20), for the command line and the workbench
 * alike. The strategy files give the aging definitions, the pools and their owners, and the default definition
 * (parameter {@code default aging}, R25).
 */
public interface AgedBalances {

    /**
     * Makes a snapshot on {@code asOf} of every customer ({@code pool} null) with the default definition, or of a
     * pool's members with the pool's own definition, else the default (R19). Without any definition in the files
     * the standard one is used: Current (0 days or less past due), 1-30, 31-60, 61-90, Over 90.
     *
     * @throws UnknownPoolOrAgent if the files have no such pool
     */
    AgingSnapshot snapshot(List<StrategyFile> files, Ledger ledger, LocalDate asOf, String pool);

    /**
     * The latest aged balance of each customer the query matches (R20).
     *
     * @throws UnknownPoolOrAgent if the query names a pool the files do not have, or an agent who owns none
     */
    AgedList list(List<StrategyFile> files, Ledger ledger, AgedQuery query);
}
