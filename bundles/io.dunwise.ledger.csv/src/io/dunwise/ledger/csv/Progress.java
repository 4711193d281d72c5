package io.dunwise.ledger.csv;

/** Told how far an import or export is, for a progress bar. */
@FunctionalInterface
public interface Progress {

    Progress NONE = (file, done, total) -> { };

    /**
     * @param file  the file being read or written
     * @param done  bytes read so far (import) or rows written (export)
     * @param total the file's size in bytes (import), or the rows to write (export); 0 if unknown
     */
    void advance(String file, long done, long total);
}
