package io.dunwise.operations;

import io.dunwise.ledger.api.Amount;
import io.dunwise.model.BankAccount;
import io.dunwise.model.Parameters;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The parameters of the collections operations (R25): journal names, the default write-off reason and the ledger
 * accounts the entries post to. What a strategy set's {@code parameters} block leaves out has the documented
 * default.
 *
 * @param settleJournal     where settlements post (R21), default {@code SETTLE}
 * @param writeOffJournal   where write-offs post (R22), default {@code WRITEOFF}
 * @param writeOffReason    the reason code of a write-off that names none (R22), default {@code BAD-DEBT}
 * @param nsfJournal        where a returned payment posts when its bank account has no NSF journal of its own
 *                          (R23), default {@code NSF}
 * @param receivablesAccount the accounts-receivable account, default {@code 1510}
 * @param writeOffAccount   the account a write-off is charged to (R22), default {@code 6351}
 * @param bankAccount       the ledger account of a bank account without one of its own, default {@code 1930}
 * @param nsfFee            the fee charged for a returned payment (R23), or null for none
 * @param nsfFeeAccount     the revenue account of the fee, default {@code 3591}
 * @param banks             per bank account (as on the payment): its ledger account and NSF journal
 */
public record OperationParameters(String settleJournal, String writeOffJournal, String writeOffReason,
        String nsfJournal, String receivablesAccount, String writeOffAccount, String bankAccount, Amount nsfFee,
        String nsfFeeAccount, Map<String, Bank> banks) {

    /** A bank account's ledger account and NSF journal (R23). */
    public record Bank(String account, String nsfJournal) {
    }

    public static final OperationParameters DEFAULTS = new OperationParameters("SETTLE", "WRITEOFF", "BAD-DEBT", "NSF",
            "1510", "6351", "1930", null, "3591", Map.of());

    public OperationParameters {
        Objects.requireNonNull(settleJournal, "settleJournal");
        Objects.requireNonNull(writeOffJournal, "writeOffJournal");
        Objects.requireNonNull(writeOffReason, "writeOffReason");
        Objects.requireNonNull(nsfJournal, "nsfJournal");
        Objects.requireNonNull(receivablesAccount, "receivablesAccount");
        Objects.requireNonNull(writeOffAccount, "writeOffAccount");
        Objects.requireNonNull(bankAccount, "bankAccount");
        Objects.requireNonNull(nsfFeeAccount, "nsfFeeAccount");
        banks = Map.copyOf(banks);
    }

    /** The parameters a strategy set writes (R25), the defaults for what it leaves out. */
    public static OperationParameters of(Optional<Parameters> written) {
        if (written.isEmpty()) {
            return DEFAULTS;
        }
        Parameters parameters = written.get();
        String nsfJournal = or(parameters.getNsfJournal(), DEFAULTS.nsfJournal);
        Map<String, Bank> banks = new HashMap<>();
        for (BankAccount bank : parameters.getBanks()) {
            banks.putIfAbsent(bank.getBank(), new Bank(or(bank.getAccount(), DEFAULTS.bankAccount),
                    or(bank.getNsfJournal(), nsfJournal)));
        }
        Amount fee = parameters.getNsfFee() == null || parameters.getNsfFeeCurrency() == null ? null
                : new Amount(parameters.getNsfFee(), parameters.getNsfFeeCurrency());
        return new OperationParameters(or(parameters.getSettleJournal(), DEFAULTS.settleJournal),
                or(parameters.getWriteOffJournal(), DEFAULTS.writeOffJournal),
                or(parameters.getWriteOffReason(), DEFAULTS.writeOffReason), nsfJournal,
                or(parameters.getReceivablesAccount(), DEFAULTS.receivablesAccount),
                or(parameters.getWriteOffAccount(), DEFAULTS.writeOffAccount), DEFAULTS.bankAccount, fee,
                or(parameters.getNsfFeeAccount(), DEFAULTS.nsfFeeAccount), banks);
    }

    /** The same parameters with a fee for returned payments (R23). */
    public OperationParameters withNsfFee(Amount fee) {
        return new OperationParameters(settleJournal, writeOffJournal, writeOffReason, nsfJournal, receivablesAccount,
                writeOffAccount, bankAccount, fee, nsfFeeAccount, banks);
    }

    /** The same parameters with a bank account's own ledger account and NSF journal (R23). */
    public OperationParameters withBank(String name, Bank bank) {
        Map<String, Bank> more = new HashMap<>(banks);
        more.put(name, bank);
        return new OperationParameters(settleJournal, writeOffJournal, writeOffReason, nsfJournal, receivablesAccount,
                writeOffAccount, bankAccount, nsfFee, nsfFeeAccount, more);
    }

    /** The ledger account and NSF journal of a payment's bank account; the defaults for an unnamed or unknown one. */
    public Bank bank(String name) {
        Bank defaults = new Bank(bankAccount, nsfJournal);
        return name == null ? defaults : banks.getOrDefault(name, defaults);
    }

    private static String or(String written, String fallback) {
        return written == null || written.isBlank() ? fallback : written;
    }
}
