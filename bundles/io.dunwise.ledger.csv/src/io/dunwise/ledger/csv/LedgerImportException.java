package io.dunwise.ledger.csv;

import java.util.List;

/** An import refused, and nothing changed: every problem found, and how many more were not listed. */
public class LedgerImportException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<ImportProblem> problems;
    private final long unlisted;

    public LedgerImportException(List<ImportProblem> problems, long unlisted) {
        super(problems.size() + unlisted + " problem(s) in the ledger files; nothing was imported");
        this.problems = List.copyOf(problems);
        this.unlisted = unlisted;
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    /** Problems found beyond the listed ones (an import lists the first few hundred). */
    public long unlisted() {
        return unlisted;
    }
}
