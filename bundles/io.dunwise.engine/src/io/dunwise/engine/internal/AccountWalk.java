package io.dunwise.engine.internal;

import io.dunwise.engine.Progress;
import io.dunwise.ledger.api.Account;
import io.dunwise.ledger.api.Ledger;
import java.util.function.Consumer;

/** Every account of a ledger in customer order, with progress told every 1,000 customers and at the end. */
final class AccountWalk {

    private AccountWalk() {
    }

    /** Walks the accounts; returns how many there were. */
    static long each(Ledger ledger, Progress progress, Consumer<Account> action) {
        long total = ledger.customers().count();
        long[] done = {0};
        ledger.accounts().forEach(account -> {
            action.accept(account);
            if (++done[0] % 1_000 == 0) {
                progress.advance(done[0], total);
            }
        });
        progress.advance(done[0], total);
        return done[0];
    }
}
