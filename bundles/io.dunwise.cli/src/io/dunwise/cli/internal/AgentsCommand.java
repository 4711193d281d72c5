package io.dunwise.cli.internal;

import io.dunwise.dsl.strategies.StrategySet;
import io.dunwise.ledger.api.Agent;
import io.dunwise.ledger.api.Ledger;
import io.dunwise.model.Pool;
import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dunwise agents}: the collections agents by team, with the pools each owns (R2). Agents come with the ledger
 * (agents.csv); a team exists from its first agent on. A pool whose owner is not an agent of the ledger is reported.
 */
@Command(name = "agents", description = {"List the collections agents by team and the pools each owns (R2).",
    "Use 'dunwise aged --agent ID' for an agent's aged balances."})
final class AgentsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--strategies", required = true, paramLabel = "PATH", split = ",",
            description = "Strategy files or folders: their pools name their owners.")
    List<java.nio.file.Path> strategies;

    private final Services services;

    AgentsCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        StrategySet set = StrategySets.valid(services.loader(), strategies);
        List<Pool> pools = set.pools();
        List<Agent> agents;
        List<String> teams;
        try (Ledger ledger = services.openLedger()) {
            agents = ledger.organisation().agents();
            teams = ledger.organisation().teams();
        }
        Table table = new Table("Team", "Agent", "Name", "Email", "Pools");
        for (String team : teams) {
            agents.stream().filter(agent -> agent.team().equals(team)).forEach(agent -> table.row(team, agent.id(),
                    agent.name(), Objects.requireNonNullElse(agent.email(), ""), String.join(", ", pools.stream()
                            .filter(pool -> agent.id().equals(pool.getOwner())).map(Pool::getName).toList())));
        }
        out().print(table.render());
        out().printf("%d agents in %d teams%n", agents.size(), teams.size());
        int status = ExitCode.OK;
        for (Pool pool : pools) {
            if (pool.getOwner() != null && agents.stream().noneMatch(agent -> agent.id().equals(pool.getOwner()))) {
                spec.commandLine().getErr().printf("%s: pool %s is owned by %s, who is not an agent of the ledger%n",
                        set.where(pool), pool.getName(), pool.getOwner());
                status = ExitCode.PROBLEMS;
            }
        }
        return status;
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
