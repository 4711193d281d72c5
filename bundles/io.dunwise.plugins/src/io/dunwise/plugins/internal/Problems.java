package io.dunwise.plugins.internal;

import java.util.LinkedHashSet;
import java.util.Set;
import org.eclipse.core.runtime.IStatus;

/** p2's answer when a plan or its execution fails, as one line: its summary, then each distinct detail. */
final class Problems {

    private Problems() {
    }

    static String of(IStatus status) {
        Set<String> details = new LinkedHashSet<>();
        for (IStatus child : status.getChildren()) {
            collect(child, details);
        }
        details.remove(status.getMessage());
        String summary = status.getMessage() + (status.getException() == null ? ""
                : " (" + status.getException() + ")");
        return details.isEmpty() ? summary : summary + " " + String.join("; ", details);
    }

    private static void collect(IStatus status, Set<String> details) {
        if (status.isOK()) {
            return;
        }
        if (status.getChildren().length == 0) {
            details.add(status.getMessage() + (status.getException() == null ? ""
                    : " (" + status.getException() + ")"));
        }
        for (IStatus child : status.getChildren()) {
            collect(child, details);
        }
    }
}
