package io.dunwise.ledger.csv.internal;

import io.dunwise.ledger.api.Ledger;
import io.dunwise.ledger.api.LedgerLoad;
import io.dunwise.ledger.csv.FileCounts;
import io.dunwise.ledger.csv.ImportProblem;
import io.dunwise.ledger.csv.LedgerFiles;
import io.dunwise.ledger.csv.LedgerImportException;
import io.dunwise.ledger.csv.Progress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/** The ledger files read and written with Apache Commons CSV. */
@Component(service = LedgerFiles.class)
public class CsvLedgerFiles implements LedgerFiles {

    @Override
    public FileCounts importFrom(Path folder, Ledger ledger, Progress progress) throws LedgerImportException {
        if (!Files.isDirectory(folder)) {
            throw new LedgerImportException(List.of(new ImportProblem(folder.toString(), 0,
                    "not a folder of ledger files")), 0);
        }
        try (LedgerLoad load = ledger.replaceLedger()) {
            LedgerImport run = new LedgerImport(folder, load, progress);
            run.run();
            if (run.problems().any()) {
                throw run.problems().exception();
            }
            load.commit();
            return new FileCounts(run.counts());
        }
    }

    @Override
    public FileCounts exportTo(Ledger ledger, Path folder, Progress progress) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + folder, e);
        }
        return new FileCounts(new LedgerExport(ledger, folder, progress).run());
    }
}
