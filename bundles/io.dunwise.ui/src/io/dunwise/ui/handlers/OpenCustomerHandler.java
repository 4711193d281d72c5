package io.dunwise.ui.handlers;

import io.dunwise.ui.desk.CurrentCustomer;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

/** Customer › Open customer…: asks for an id and opens the customer's page. */
public class OpenCustomerHandler {

    @Execute
    void execute(Shell shell, CurrentCustomer current) {
        InputDialog ask = new InputDialog(shell, "Open customer", "Customer id", "",
                text -> text.isBlank() ? "Type a customer id" : null);
        if (ask.open() == Window.OK) {
            current.open(ask.getValue().trim());
        }
    }
}
