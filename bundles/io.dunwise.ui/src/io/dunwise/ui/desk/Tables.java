package io.dunwise.ui.desk;

import java.util.function.Function;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/** Table viewers of records, the way every part of the workbench shows rows: a column is a title and a function. */
public final class Tables {

    /** The key of a control's name, by which tests find it (like SWTBot's widget key). */
    public static final String WIDGET_KEY = "org.eclipse.swtbot.widget.key";

    private Tables() {
    }

    public static TableViewer viewer(Composite parent, String name) {
        TableViewer viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL
                | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
        name(viewer.getControl(), name);
        return viewer;
    }

    public static <T> TableViewerColumn column(TableViewer viewer, Class<T> type, String title, int width,
            Function<T, String> text) {
        return column(viewer, type, title, width, SWT.LEFT, text);
    }

    public static <T> TableViewerColumn amountColumn(TableViewer viewer, Class<T> type, String title, int width,
            Function<T, String> text) {
        return column(viewer, type, title, width, SWT.RIGHT, text);
    }

    private static <T> TableViewerColumn column(TableViewer viewer, Class<T> type, String title, int width,
            int alignment, Function<T, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, alignment);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String value = text.apply(type.cast(element));
                return value == null ? "" : value;
            }
        });
        return column;
    }

    /** Names a control for tests. */
    public static <C extends Control> C name(C control, String name) {
        control.setData(WIDGET_KEY, name);
        return control;
    }
}
