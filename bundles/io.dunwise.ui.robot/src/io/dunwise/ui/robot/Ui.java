package io.dunwise.ui.robot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.Table;

/**
 * The robot's hands: everything it does to widgets runs on the UI thread; widgets are found by the name their part
 * gave them under the key SWTBot uses.
 */
final class Ui {

    static final String WIDGET_KEY = "org.eclipse.swtbot.widget.key";

    private final Display display;

    Ui(Display display) {
        this.display = display;
    }

    <T> T get(Supplier<T> query) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        display.syncExec(() -> {
            try {
                result.set(query.get());
            } catch (RuntimeException | Error e) {
                failure.set(e);
            }
        });
        if (failure.get() instanceof RuntimeException e) {
            throw e;
        }
        if (failure.get() instanceof Error e) {
            throw e;
        }
        return result.get();
    }

    void run(Runnable action) {
        get(() -> {
            action.run();
            return null;
        });
    }

    /** The control named {@code name} in any open shell; it must be there. */
    <C extends Control> C find(String name, Class<C> type) {
        return get(() -> {
            for (Shell shell : display.getShells()) {
                Control found = find(shell, name);
                if (found != null) {
                    return type.cast(found);
                }
            }
            throw new AssertionError("no control named " + name);
        });
    }

    private static Control find(Control control, String name) {
        if (control.isDisposed()) {
            return null;
        }
        if (name.equals(control.getData(WIDGET_KEY))) {
            return control;
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                Control found = find(child, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Waits until the condition, checked on the UI thread, holds. */
    void waitFor(String what, BooleanSupplier condition, int seconds) {
        long end = System.currentTimeMillis() + seconds * 1000L;
        while (System.currentTimeMillis() < end) {
            if (get(condition::getAsBoolean)) {
                return;
            }
            pause(250);
        }
        throw new AssertionError("waited " + seconds + " s for " + what);
    }

    void click(String name) {
        run(() -> find(name, Control.class).notifyListeners(SWT.Selection, new Event()));
    }

    /**
     * Presses a button whose action opens a dialog: the press is posted to the UI thread and not waited for, since
     * the dialog keeps the press running until it closes.
     */
    void clickLater(String name) {
        display.asyncExec(() -> find(name, Control.class).notifyListeners(SWT.Selection, new Event()));
    }

    /** Waits for the dialog of this title to be open. */
    void waitForDialog(String title, int seconds) {
        waitFor("the dialog " + title, () -> dialog(title) != null, seconds);
    }

    /** Presses the dialog's default button (OK) and waits for the dialog to close. */
    void pressOk(String title, int seconds) {
        run(() -> dialog(title).getDefaultButton().notifyListeners(SWT.Selection, new Event()));
        waitFor("the dialog " + title + " to close", () -> dialog(title) == null, seconds);
    }

    private Shell dialog(String title) {
        for (Shell shell : display.getShells()) {
            if (!shell.isDisposed() && shell.isVisible() && title.equals(shell.getText())) {
                return shell;
            }
        }
        return null;
    }

    /** Selects a row and double-clicks it. */
    void doubleClick(String table, int row) {
        run(() -> {
            Event event = selectRow(table, row);
            find(table, Table.class).notifyListeners(SWT.DefaultSelection, event);
        });
    }

    /** Selects a row as a click does, telling the table's listeners. */
    void select(String table, int row) {
        run(() -> selectRow(table, row));
    }

    private Event selectRow(String table, int row) {
        Table widget = find(table, Table.class);
        widget.setSelection(row);
        Event event = new Event();
        event.item = widget.getItem(row);
        widget.notifyListeners(SWT.Selection, event);
        return event;
    }

    int rows(String table) {
        return get(() -> find(table, Table.class).getItemCount());
    }

    String cell(String table, int row, int column) {
        return get(() -> find(table, Table.class).getItem(row).getText(column));
    }

    List<String> column(String table, int column) {
        return get(() -> {
            List<String> cells = new ArrayList<>();
            for (var item : find(table, Table.class).getItems()) {
                cells.add(item.getText(column));
            }
            return cells;
        });
    }

    void showTab(String folder, int index) {
        run(() -> {
            TabFolder tabs = find(folder, TabFolder.class);
            tabs.setSelection(index);
            Event event = new Event();
            event.item = tabs.getItem(index);
            tabs.notifyListeners(SWT.Selection, event);
        });
    }

    /** Saves a PNG of the workbench window (and of any dialog or pop-up over it) as the screen shows it. */
    Path screenshot(Path folder, String name) {
        pause(600);
        return get(() -> {
            while (display.readAndDispatch()) {
                // paint what is pending first
            }
            Rectangle area = display.getBounds();
            Image image = new Image(display, area.width, area.height);
            GC gc = new GC(display);
            try {
                gc.copyArea(image, 0, 0);
                ImageLoader loader = new ImageLoader();
                loader.data = new ImageData[] {image.getImageData()};
                Path file = folder.resolve(name + ".png");
                Files.createDirectories(folder);
                loader.save(file.toString(), SWT.IMAGE_PNG);
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                gc.dispose();
                image.dispose();
            }
        });
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
