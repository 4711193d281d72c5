package io.dunwise.ui.editor;

import io.dunwise.dsl.ide.editing.StrategyProblem;
import io.dunwise.dsl.strategies.StrategyDiagnostic.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.AnnotationModel;
import org.eclipse.jface.text.source.IAnnotationAccess;
import org.eclipse.jface.text.source.IAnnotationAccessExtension;
import org.eclipse.jface.text.source.IAnnotationHover;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;

/**
 * The problems of the edited file as annotations — the editor's markers: a squiggle under the text, a sign in the
 * ruler and the message on hover — replaced as a whole after each analysis.
 */
final class ProblemAnnotations implements IAnnotationAccess, IAnnotationAccessExtension, IAnnotationHover {

    static final String ERROR = "io.dunwise.ui.problem.error";
    static final String WARNING = "io.dunwise.ui.problem.warning";

    private final AnnotationModel model = new AnnotationModel();

    AnnotationModel model() {
        return model;
    }

    void show(List<StrategyProblem> problems, int documentLength) {
        Map<Annotation, Position> added = new HashMap<>();
        for (StrategyProblem problem : problems) {
            if (problem.severity() == Severity.INFO) {
                continue;
            }
            int offset = Math.max(0, Math.min(problem.offset(), documentLength));
            int length = Math.max(0, Math.min(Math.max(1, problem.length()), documentLength - offset));
            String type = problem.severity() == Severity.ERROR ? ERROR : WARNING;
            added.put(new Annotation(type, false, problem.message()), new Position(offset, length));
        }
        List<Annotation> old = new ArrayList<>();
        model.getAnnotationIterator().forEachRemaining(old::add);
        model.replaceAnnotations(old.toArray(Annotation[]::new), added);
    }

    /** The annotations now shown, for tests and the problems count. */
    List<Annotation> shown() {
        List<Annotation> all = new ArrayList<>();
        model.getAnnotationIterator().forEachRemaining(all::add);
        return all;
    }

    @Override
    public Object getType(Annotation annotation) {
        return annotation.getType();
    }

    @Override
    public boolean isMultiLine(Annotation annotation) {
        return false;
    }

    @Override
    public boolean isTemporary(Annotation annotation) {
        return true;
    }

    @Override
    public String getTypeLabel(Annotation annotation) {
        return ERROR.equals(annotation.getType()) ? "Error" : "Warning";
    }

    @Override
    public int getLayer(Annotation annotation) {
        return ERROR.equals(annotation.getType()) ? 2 : 1;
    }

    @Override
    public void paint(Annotation annotation, GC gc, Canvas canvas, Rectangle bounds) {
        boolean error = ERROR.equals(annotation.getType());
        Color colour = new Color(error ? 210 : 230, error ? 40 : 160, error ? 40 : 20);
        gc.setBackground(colour);
        int size = Math.min(bounds.width, bounds.height) - 4;
        gc.fillOval(bounds.x + 2, bounds.y + (bounds.height - size) / 2, size, size);
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        gc.drawText(error ? "x" : "!", bounds.x + 2 + size / 2 - 3, bounds.y + (bounds.height - size) / 2 - 1, true);
        colour.dispose();
    }

    @Override
    public boolean isPaintable(Annotation annotation) {
        return true;
    }

    @Override
    public boolean isSubtype(Object annotationType, Object potentialSupertype) {
        return annotationType.equals(potentialSupertype);
    }

    @Override
    public Object[] getSupertypes(Object annotationType) {
        return new Object[0];
    }

    @Override
    public String getHoverInfo(ISourceViewer viewer, int lineNumber) {
        List<String> messages = new ArrayList<>();
        for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
            Annotation annotation = it.next();
            Position position = model.getPosition(annotation);
            try {
                if (position != null && viewer.getDocument().getLineOfOffset(position.getOffset()) == lineNumber) {
                    messages.add(annotation.getText());
                }
            } catch (org.eclipse.jface.text.BadLocationException e) {
                // the document changed since: the next analysis replaces the annotation
            }
        }
        return messages.isEmpty() ? null : String.join("\n", messages);
    }
}
