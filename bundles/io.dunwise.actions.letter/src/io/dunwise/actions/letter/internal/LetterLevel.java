package io.dunwise.actions.letter.internal;

import io.dunwise.ledger.api.CollectionLetter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * R29: the level of a letter decides its fee. A step may set it ({@code with { level = 2 }}); otherwise a letter is
 * one level above the customer's earlier letters about the same leading invoice, so the first letter about an
 * invoice is level 1 and a new leading invoice starts again at 1 (as its steps do, R9).
 */
final class LetterLevel {

    /** The step parameter that sets the level. */
    static final String PARAMETER = "level";

    private LetterLevel() {
    }

    /**
     * The level of a letter whose leading invoice is {@code leadingInvoiceId}.
     *
     * @throws IllegalArgumentException when the step's level is not a whole number from 1 on
     */
    static int of(Optional<String> stepLevel, String leadingInvoiceId, List<CollectionLetter> earlierLetters) {
        if (stepLevel.isPresent()) {
            return parse(stepLevel.get());
        }
        long before = earlierLetters.stream().filter(letter -> letter.invoiceIds().contains(leadingInvoiceId))
                .count();
        return Math.toIntExact(before + 1);
    }

    private static int parse(String text) {
        try {
            BigDecimal value = new BigDecimal(text.trim());
            if (value.signum() > 0 && value.stripTrailingZeros().scale() <= 0) {
                return value.intValueExact();
            }
        } catch (NumberFormatException | ArithmeticException notAWholeNumber) {
            // reported below
        }
        throw new IllegalArgumentException("R29: the step's letter level must be a whole number from 1 on, not "
                + text);
    }
}
