package io.dunwise.ui.desk;

import java.util.function.Consumer;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.ProgressBar;

/**
 * Long work of a part (a simulation, a snapshot) as a background job, its progress on the part's progress bar and
 * its result handed back on the UI thread; the part stays usable meanwhile.
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

    public static <T> Job start(String name, ProgressBar bar, Work<T> work, Consumer<T> done,
            Consumer<String> failed) {
        Display display = bar.getDisplay();
        bar.setVisible(true);
        bar.setSelection(0);
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
                        bar.setSelection(100);
                        done.accept(result);
                    }
                });
                return Status.OK_STATUS;
            } catch (Exception | LinkageError e) {
                String message = e.getMessage() == null ? e.toString() : e.getMessage();
                display.asyncExec(() -> {
                    if (!bar.isDisposed()) {
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

    /** A progress bar for {@link #start}: 0 to 100 %. */
    public static ProgressBar bar(Composite parent, String name) {
        ProgressBar bar = new ProgressBar(parent, SWT.HORIZONTAL | SWT.SMOOTH);
        bar.setMaximum(100);
        return Tables.name(bar, name);
    }

    /**
     * A moving bar for {@link #start} when the work cannot count its steps, such as a snapshot the store makes in
     * a few set-based statements: it shows the work is going on, not how far.
     */
    public static ProgressBar busyBar(Composite parent, String name) {
        return Tables.name(new ProgressBar(parent, SWT.HORIZONTAL | SWT.INDETERMINATE), name);
    }
}
