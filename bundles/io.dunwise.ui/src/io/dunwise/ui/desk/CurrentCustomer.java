package io.dunwise.ui.desk;

import jakarta.inject.Inject;
import java.util.function.Function;
import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.jface.viewers.TableViewer;

/**
 * The customer the desk looks at. Opening one puts its id in the application context under {@link #KEY}, where the
 * customer page and the explanation read it by injection, and brings the customer page to the front.
 */
@Creatable
public class CurrentCustomer {

    /** The context variable holding the id of the customer looked at. */
    public static final String KEY = "io.dunwise.ui.customer";

    private final MApplication application;
    private final EPartService parts;

    @Inject
    public CurrentCustomer(MApplication application, EPartService parts) {
        this.application = application;
        this.parts = parts;
    }

    public void open(String customerId) {
        application.getContext().set(KEY, customerId);
        parts.showPart(PartIds.CUSTOMER, PartState.ACTIVATE);
    }

    /** Opens the customer of a row of the viewer when the row is double-clicked. */
    public <T> void openOnDoubleClick(TableViewer viewer, Class<T> type, Function<T, String> customerId) {
        viewer.addDoubleClickListener(event -> {
            Object row = viewer.getStructuredSelection().getFirstElement();
            if (type.isInstance(row)) {
                open(customerId.apply(type.cast(row)));
            }
        });
    }
}
