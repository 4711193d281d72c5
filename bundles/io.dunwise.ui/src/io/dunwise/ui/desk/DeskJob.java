package io.dunwise.ui.desk;

import java.util.function.Consumer;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.ProgressBar;

/**
 * Long work of a part (a simulation, a snapshot) as a background job, its progress on the part's progress bar and
 * its result handed back on the UI thread; the part stays usable meanwhile. The bar shows only while the job runs,
 * and the control that started the job is disabled until it ends, so it cannot be started twice.
 */
public final class DeskJob {

    /** The work, told how far it is: {@code done} of {@code total}, total 0 when unknown. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /** How far the work is. */
    @FunctionalInterface
    public interface Progress {
        void worked(long done, long total);
    }

    private DeskJob() {
    }

    public static <T> Job start(String name, ProgressBar bar, Control trigger, Work<T> work, Consumer<T> done,
            Consumer<String> failed) {
        Display display = bar.getDisplay();
        bar.setVisible(true);
        bar.setSelection(0);
        trigger.setEnabled(false);
        Job job = Job.create(name, monitor -> {
            monitor.beginTask(name, IProgressMonitor.UNKNOWN);
            long[] shown = {-1};
            try {
                T result = work.run((finished, total) -> {
                    long percent = total <= 0 ? 0 : finished * 100 / total;
                    if (percent != shown[0]) {
                        shown[0] = percent;
                        display.asyncExec(() -> {
                            if (!bar.isDisposed()) {
                                bar.setSelection((int) percent);
                            }
                        });
                    }
                });
                display.asyncExec(() -> {
                    if (!bar.isDisposed()) {
                        ended(bar, trigger);
                        done.accept(result);
                    }
                });
                return Status.OK_STATUS;
            } catch (Exception | LinkageError e) {
                String message = e.getMessage() == null ? e.toString() : e.getMessage();
                display.asyncExec(() -> {
                    if (!bar.isDisposed()) {
                        ended(bar, trigger);
                        failed.accept(message);
                    }
                });
                return Status.info(name + " failed: " + message);
            } finally {
                monitor.done();
            }
        });
        job.schedule();
        return job;
    }

    private static void ended(ProgressBar bar, Control trigger) {
        bar.setVisible(false);
        if (!trigger.isDisposed()) {
            trigger.setEnabled(true);
        }
    }

    /** A progress bar for {@link #start} in a row of a grid layout: 0 to 100 %, hidden until a job runs. */
    public static ProgressBar bar(Composite parent, String name) {
        ProgressBar bar = hidden(new ProgressBar(parent, SWT.HORIZONTAL | SWT.SMOOTH), name);
        bar.setMaximum(100);
        return bar;
    }

    /**
     * A moving bar for {@link #start} when the work cannot count its steps, such as a snapshot the store makes in
     * a few set-based statements: it shows the work is going on, not how far.
     */
    public static ProgressBar busyBar(Composite parent, String name) {
        return hidden(new ProgressBar(parent, SWT.HORIZONTAL | SWT.INDETERMINATE), name);
    }

    private static ProgressBar hidden(ProgressBar bar, String name) {
        bar.setVisible(false);
        GridDataFactory.fillDefaults().hint(140, SWT.DEFAULT).applyTo(bar);
        return Tables.name(bar, name);
    }
}
