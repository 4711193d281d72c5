package io.dunwise.ui.desk;

import jakarta.inject.Inject;
import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.ui.model.application.MApplication;

/**
 * Tells the parts that show what the ledger and the strategies make of a customer to read them again: after an
 * operation on the customer page, after a strategy file is saved. A part that should follow is injected with the
 * context variable {@link #KEY}, which changes each time.
 */
@Creatable
public class DeskChanges {

    /** The context variable that changes each time the ledger or a strategy file was changed on the desk. */
    public static final String KEY = "io.dunwise.ui.deskChanged";

    private final MApplication application;

    @Inject
    public DeskChanges(MApplication application) {
        this.application = application;
    }

    public void changed() {
        Object revision = application.getContext().get(KEY);
        application.getContext().set(KEY, revision instanceof Long previous ? previous + 1 : 1L);
    }
}
