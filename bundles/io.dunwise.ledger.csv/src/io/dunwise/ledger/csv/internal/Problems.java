package io.dunwise.ledger.csv.internal;

import io.dunwise.ledger.csv.ImportProblem;
import io.dunwise.ledger.csv.LedgerImportException;
import java.util.ArrayList;
import java.util.List;

/** The problems an import has found: the first few hundred listed, the rest counted. */
final class Problems {

    static final int LISTED = 200;

    private final List<ImportProblem> listed = new ArrayList<>();
    private long unlisted;

    void add(String file, long line, String message) {
        if (listed.size() < LISTED) {
            // one problem is one line, whatever a value quoted in it holds (CR, ESC, a line break)
            listed.add(new ImportProblem(file, line, message.replaceAll("\\p{Cntrl}", "?")));
        } else {
            unlisted++;
        }
    }

    boolean any() {
        return !listed.isEmpty();
    }

    LedgerImportException exception() {
        return new LedgerImportException(listed, unlisted);
    }
}
