package io.dunwise.actions.email.internal;

import io.dunwise.actions.api.ActionRecords;
import io.dunwise.ledger.api.Activity;
import io.dunwise.ledger.api.CollectionLetter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the handler writes for an action, kept as the ledger keeps it. */
final class Written implements ActionRecords {
    final List<String> marks = new ArrayList<>();
    final Map<String, String> bounces = new LinkedHashMap<>();
    /** A part whose marking dies, as a process killed right before it wrote that mark. */
    String killedAt;

    @Override
    public Activity activity(Activity activity) {
        throw new AssertionError("an email creates no activity");
    }

    @Override
    public CollectionLetter letter(CollectionLetter letter) {
        throw new AssertionError("an email posts no letter");
    }

    @Override
    public List<CollectionLetter> earlierLetters() {
        return List.of();
    }

    @Override
    public void bounced(String email, String reason) {
        bounces.put(email, reason);
    }

    @Override
    public boolean isMarked(String part) {
        return marks.contains(part);
    }

    @Override
    public void mark(String part) {
        if (part.equals(killedAt)) {
            killedAt = null;
            throw new IllegalStateException("killed before marking " + part);
        }
        marks.add(part);
    }
}
