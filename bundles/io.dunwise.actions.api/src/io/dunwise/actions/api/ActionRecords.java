package io.dunwise.actions.api;

import io.dunwise.ledger.api.Activity;
import io.dunwise.ledger.api.CollectionLetter;
import io.dunwise.ledger.api.Letters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * What a handler may write in the ledger for the action it performs. Every write is tied to the action: an action
 * handed over again (after a crash between its effect and its completion, R16) gets back what it wrote the first
 * time instead of writing it twice.
 */
public interface ActionRecords {

    /** Creates the action's activity (R13), or returns the one it created before. */
    Activity activity(Activity activity);

    /** Posts the action's letter with the next letter number (R15), or returns the one it posted before. */
    CollectionLetter letter(CollectionLetter letter);

    /**
     * Posts the action's letter with the next letter number and has {@code printing} print it before the posting
     * commits, so that the number, the posting and the printed file come together or not at all (R15, issue 18 §1);
     * or returns the letter the action posted before, without printing it again.
     *
     * @throws java.io.UncheckedIOException when the printing fails: then nothing is posted and no number is used
     */
    default CollectionLetter letter(CollectionLetter letter, Letters.Printing printing) {
        CollectionLetter posted = letter(letter);
        try {
            printing.print(posted);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return posted;
    }

    /** The letters posted to the customer before this action, newest first (letter levels, R29). */
    List<CollectionLetter> earlierLetters();

    /**
     * Records that email to one of the customer's addresses bounced or was refused (R30): automation skips the
     * contacts with that address until the bounce is cleared.
     */
    void bounced(String email, String reason);

    /**
     * Whether this action already marked {@code part} done. A handler with several outside effects (an email to
     * three contacts) marks each one right after it happens, and skips what is marked when the action is handed over
     * again: a crash then repeats at most the one effect that was under way.
     */
    boolean isMarked(String part);

    /** Marks {@code part} of this action done (see {@link #isMarked}). */
    void mark(String part);

    /** Records nothing: for requests built in a handler's own tests that write nothing. */
    ActionRecords NONE = new ActionRecords() {
        @Override
        public Activity activity(Activity activity) {
            throw new UnsupportedOperationException("this request has no records to write an activity to");
        }

        @Override
        public CollectionLetter letter(CollectionLetter letter) {
            throw new UnsupportedOperationException("this request has no records to post a letter to");
        }

        @Override
        public List<CollectionLetter> earlierLetters() {
            return List.of();
        }

        @Override
        public void bounced(String email, String reason) {
            throw new UnsupportedOperationException("this request has no records to note a bounce in");
        }

        @Override
        public boolean isMarked(String part) {
            return false;
        }

        @Override
        public void mark(String part) {
            // nothing to remember
        }
    };
}
