package io.dunwise.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/** File › Save all: every part with unsaved changes (the strategy editor) saves them. */
public class SaveHandler {

    @CanExecute
    boolean canExecute(EPartService parts) {
        return !parts.getDirtyParts().isEmpty();
    }

    @Execute
    void execute(EPartService parts) {
        parts.saveAll(false);
    }
}
