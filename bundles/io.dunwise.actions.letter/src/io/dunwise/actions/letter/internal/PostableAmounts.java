package io.dunwise.actions.letter.internal;

import io.dunwise.ledger.api.Amount;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Whether a letter's money fits the ledger (R29): a posted letter keeps its total, fee and interest as amounts of
 * at most 15 digits before the point and 4 after. A fee or rate of 1e20 in a template gave a letter the ledger
 * refused on every run, so that the action waited in the outbox for ever (issue 18 §3); such a letter fails for
 * good instead, with the reason, before anything is posted.
 */
final class PostableAmounts {

    private static final BigDecimal LIMIT = BigDecimal.TEN.pow(15);

    private PostableAmounts() {
    }

    /** Why the letter cannot be posted, or null when it can. */
    static String problem(LetterFigures figures) {
        LetterFigures.CurrencyTotal letter = figures.totals().get(0);
        return first(tooLarge("fee", figures.fee()), tooLarge("interest", letter.interest()),
                tooLarge("total", Optional.of(letter.total())));
    }

    private static String tooLarge(String what, Optional<Amount> amount) {
        if (amount.isEmpty() || amount.get().value().abs().setScale(4, RoundingMode.HALF_EVEN).compareTo(LIMIT) < 0) {
            return null;
        }
        return "R29: the letter's " + what + " " + amount.get().value().toPlainString() + " "
                + amount.get().currency() + " is more than a ledger amount holds (15 digits before the point)";
    }

    private static String first(String... problems) {
        for (String problem : problems) {
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }
}
