package io.dunwise.ui.desk;

import java.time.LocalDate;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;

/** The few controls the parts build again and again, each named for tests (see {@link Tables#name}). */
public final class Controls {

    private Controls() {
    }

    /** A push button that runs an action when pressed. */
    public static Button button(Composite parent, String text, String name, Runnable action) {
        Button button = Tables.name(new Button(parent, SWT.PUSH), name);
        button.setText(text);
        button.addListener(SWT.Selection, event -> action.run());
        return button;
    }

    /** A drop-down date field showing a date. */
    public static DateTime datePicker(Composite parent, String name, LocalDate shown) {
        DateTime picker = Tables.name(new DateTime(parent, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER), name);
        picker.setDate(shown.getYear(), shown.getMonthValue() - 1, shown.getDayOfMonth());
        return picker;
    }

    /** The date a date field shows (SWT counts months from 0). */
    public static LocalDate date(DateTime picker) {
        return LocalDate.of(picker.getYear(), picker.getMonth() + 1, picker.getDay());
    }

    /** A tab holding one table. */
    public static TableViewer tableTab(TabFolder tabs, String title, String name) {
        TabItem item = new TabItem(tabs, SWT.NONE);
        item.setText(title);
        Composite page = new Composite(tabs, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(page);
        item.setControl(page);
        return Tables.viewer(page, name);
    }
}
