package io.dunwise.ui.dialogs;

import io.dunwise.ui.desk.Tables;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * A small form for one desk operation: a title, what the operation does, and labelled fields (text, choice,
 * check box) whose values are read after OK. The operation itself is the caller's; the dialog only asks.
 */
public final class FieldsDialog extends TitleAreaDialog {

    private record Field(String label, String kind, String initial, List<String> choices) {
    }

    private final String title;
    private final String message;
    private final Map<String, Field> fields = new LinkedHashMap<>();
    private final Map<String, Supplier<String>> readers = new LinkedHashMap<>();
    private final Map<String, String> values = new LinkedHashMap<>();

    public FieldsDialog(Shell parent, String title, String message) {
        super(parent);
        this.title = title;
        this.message = message;
    }

    public FieldsDialog text(String label, String initial) {
        fields.put(label, new Field(label, "text", initial == null ? "" : initial, List.of()));
        return this;
    }

    public FieldsDialog choice(String label, List<String> choices, String initial) {
        fields.put(label, new Field(label, "choice", initial, List.copyOf(choices)));
        return this;
    }

    public FieldsDialog check(String label, boolean initial) {
        fields.put(label, new Field(label, "check", Boolean.toString(initial), List.of()));
        return this;
    }

    /** The value given to a field: its text, the choice, or {@code true}/{@code false}. */
    public String value(String label) {
        return values.getOrDefault(label, "").trim();
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(title);
        setMessage(message);
        getShell().setText(title);
        Composite form = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        for (Field field : fields.values()) {
            new Label(form, SWT.NONE).setText(field.kind().equals("check") ? "" : field.label());
            String name = "dialog." + field.label();
            switch (field.kind()) {
                case "choice" -> {
                    Combo combo = Tables.name(new Combo(form, SWT.READ_ONLY), name);
                    field.choices().forEach(combo::add);
                    int index = field.choices().indexOf(field.initial());
                    combo.select(Math.max(0, index));
                    GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
                    readers.put(field.label(), combo::getText);
                }
                case "check" -> {
                    Button box = Tables.name(new Button(form, SWT.CHECK), name);
                    box.setText(field.label());
                    box.setSelection(Boolean.parseBoolean(field.initial()));
                    readers.put(field.label(), () -> Boolean.toString(box.getSelection()));
                }
                default -> {
                    Text text = Tables.name(new Text(form, SWT.BORDER), name);
                    text.setText(field.initial());
                    GridDataFactory.fillDefaults().grab(true, false).hint(280, SWT.DEFAULT).applyTo(text);
                    readers.put(field.label(), text::getText);
                }
            }
        }
        return area;
    }

    @Override
    protected void okPressed() {
        readers.forEach((label, reader) -> values.put(label, reader.get()));
        super.okPressed();
    }

    /** As wide as the message needs on one or two lines, as high as the fields need. */
    @Override
    protected Point getInitialSize() {
        return getShell().computeSize(convertWidthInCharsToPixels(90), SWT.DEFAULT, true);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }
}
