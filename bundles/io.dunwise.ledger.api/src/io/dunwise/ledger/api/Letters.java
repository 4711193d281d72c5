package io.dunwise.ledger.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Collection letters (R15, R29). */
public interface Letters {

    /**
     * Posts a letter and returns it with the next letter number. A letter of an action
     * ({@link CollectionLetter#actionId()}) is posted once: posting it again returns the one posted.
     */
    CollectionLetter post(CollectionLetter letter);

    /**
     * Posts a letter as {@link #post(CollectionLetter)} does and, in the same transaction, has {@code printing} print
     * it with its number (issue 18 §1): the number, the posting and the printed file are all there or none is. A
     * letter whose printing fails is not posted and its number is not used, so letter numbers stay consecutive
     * (R15). A letter of an action posted before is returned without printing it again.
     *
     * @throws UncheckedIOException when the printing fails; nothing is posted then
     */
    default CollectionLetter post(CollectionLetter letter, Printing printing) {
        CollectionLetter posted = post(letter);
        try {
            printing.print(posted);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return posted;
    }

    /** The letters of a customer, newest first. */
    List<CollectionLetter> ofCustomer(String customerId);

    /** Prints a letter that is being posted, before its posting commits. */
    @FunctionalInterface
    interface Printing {
        void print(CollectionLetter numbered) throws IOException;
    }
}
