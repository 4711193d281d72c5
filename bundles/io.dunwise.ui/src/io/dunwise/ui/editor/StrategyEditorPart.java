package io.dunwise.ui.editor;

import io.dunwise.dsl.ide.editing.StrategyAnalysis;
import io.dunwise.dsl.ide.editing.StrategyEditing;
import io.dunwise.dsl.ide.editing.StrategyProblem;
import io.dunwise.dsl.strategies.StrategySet;
import io.dunwise.engine.CollectionEngine;
import io.dunwise.engine.TestResult;
import io.dunwise.model.TestCase;
import io.dunwise.ui.desk.Controls;
import io.dunwise.ui.desk.Desk;
import io.dunwise.ui.desk.DeskChanges;
import io.dunwise.ui.desk.Tables;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.source.AnnotationPainter;
import org.eclipse.jface.text.source.AnnotationRulerColumn;
import org.eclipse.jface.text.source.CompositeRuler;
import org.eclipse.jface.text.source.IAnnotationHover;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.LineNumberRulerColumn;
import org.eclipse.jface.text.source.SourceViewer;
import org.eclipse.jface.text.source.SourceViewerConfiguration;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TabFolder;

/**
 * The strategy editor: a {@code *.dun} file of the strategy folder on JFace text with the language's IDE services
 * (R1–R4, R18, R32) — highlighting, completion on Ctrl+Space, validation as one types with markers in the text and
 * the ruler and a problems list, format, save, and the results of the file's {@code test} blocks.
 */
public class StrategyEditorPart {

    private static final int ANALYSIS_DELAY_MS = 400;

    private final Desk desk;
    private final StrategyEditing editing;
    private final CollectionEngine engine;
    private final MPart part;
    private final DeskChanges changes;
    private final StrategyStyles styles = new StrategyStyles();
    private final ProblemAnnotations annotations = new ProblemAnnotations();
    private org.eclipse.swt.widgets.List files;
    private SourceViewer viewer;
    private Label status;
    private TableViewer problems;
    private TableViewer tests;
    private TabFolder results;
    private Path file;
    /** The file's text as last read or saved: the editor is dirty when its text differs from it. */
    private String saved = "";
    private int generation;
    private StrategyAnalysis analysis = new StrategyAnalysis(List.of(), List.of());

    /** A test block's result, as the tests tab shows it. */
    record TestRow(String test, String where, int expectations, String result) {
    }

    @Inject
    public StrategyEditorPart(Desk desk, StrategyEditing editing, CollectionEngine engine, MPart part,
            DeskChanges changes) {
        this.desk = desk;
        this.editing = editing;
        this.engine = engine;
        this.part = part;
        this.changes = changes;
    }

    @PostConstruct
    void createControls(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
        Composite bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        Controls.button(bar, "Save", "editor.save", this::save);
        Controls.button(bar, "Format", "editor.format", this::format);
        Controls.button(bar, "Run tests", "editor.runTests", this::runTests);
        status = Tables.name(new Label(bar, SWT.NONE), "editor.status");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);

        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        files = Tables.name(new org.eclipse.swt.widgets.List(sash, SWT.BORDER | SWT.V_SCROLL), "editor.files");
        SashForm right = new SashForm(sash, SWT.VERTICAL);
        createViewer(right);
        results = Tables.name(new TabFolder(right, SWT.TOP), "editor.results");
        problems = Controls.tableTab(results, "Problems", "editor.problems");
        Tables.column(problems, StrategyProblem.class, "Line", 50, p -> Integer.toString(p.line()));
        Tables.column(problems, StrategyProblem.class, "Column", 60, p -> Integer.toString(p.column()));
        Tables.column(problems, StrategyProblem.class, "Severity", 70, p -> p.severity().toString());
        Tables.column(problems, StrategyProblem.class, "Message", 600, StrategyProblem::message);
        problems.addDoubleClickListener(event -> {
            if (problems.getStructuredSelection().getFirstElement() instanceof StrategyProblem problem) {
                viewer.setSelectedRange(problem.offset(), problem.length());
                viewer.revealRange(problem.offset(), problem.length());
                viewer.getTextWidget().setFocus();
            }
        });
        tests = Controls.tableTab(results, "Tests", "editor.tests");
        Tables.column(tests, TestRow.class, "Test", 260, TestRow::test);
        Tables.column(tests, TestRow.class, "Where", 200, TestRow::where);
        Tables.amountColumn(tests, TestRow.class, "Expectations", 90, r -> Integer.toString(r.expectations()));
        Tables.column(tests, TestRow.class, "Result", 400, TestRow::result);
        sash.setWeights(18, 82);
        right.setWeights(70, 30);

        List<Path> found = strategyFiles();
        found.forEach(path -> files.add(desk.strategyFolder().relativize(path).toString()));
        files.addListener(SWT.Selection, event -> {
            int index = files.getSelectionIndex();
            if (index >= 0 && !found.get(index).equals(file)) {
                if (part.isDirty() && MessageDialog.openQuestion(parent.getShell(), "Save changes",
                        "Save the changes to " + file.getFileName() + "?")) {
                    save();
                }
                open(found.get(index));
            }
        });
        if (found.isEmpty()) {
            status.setText("No strategy files (*.dun) in " + desk.strategyFolder());
        } else {
            files.select(0);
            open(found.get(0));
        }
    }

    private void createViewer(Composite parent) {
        CompositeRuler ruler = new CompositeRuler();
        AnnotationRulerColumn markers = new AnnotationRulerColumn(16, annotations);
        markers.addAnnotationType(ProblemAnnotations.ERROR);
        markers.addAnnotationType(ProblemAnnotations.WARNING);
        ruler.addDecorator(0, markers);
        ruler.addDecorator(1, new LineNumberRulerColumn());
        viewer = new SourceViewer(parent, ruler, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL | SWT.MULTI);
        Tables.name(viewer.getTextWidget(), "editor.text");
        viewer.getTextWidget().setFont(JFaceResources.getTextFont());
        ContentAssistant assistant = new ContentAssistant();
        assistant.setContentAssistProcessor(new StrategyCompletions(offset -> editing.complete(file,
                viewer.getDocument().get(), offset, List.of(desk.strategyFolder()))), IDocument.DEFAULT_CONTENT_TYPE);
        assistant.enableAutoInsert(false);
        viewer.configure(new SourceViewerConfiguration() {
            @Override
            public IContentAssistant getContentAssistant(ISourceViewer sourceViewer) {
                return assistant;
            }

            @Override
            public IAnnotationHover getAnnotationHover(ISourceViewer sourceViewer) {
                return annotations;
            }
        });
        AnnotationPainter painter = new AnnotationPainter(viewer, annotations);
        painter.addDrawingStrategy("squiggles", new AnnotationPainter.SquigglesStrategy());
        painter.addAnnotationType(ProblemAnnotations.ERROR, "squiggles");
        painter.addAnnotationType(ProblemAnnotations.WARNING, "squiggles");
        painter.setAnnotationTypeColor(ProblemAnnotations.ERROR, new Color(220, 30, 30));
        painter.setAnnotationTypeColor(ProblemAnnotations.WARNING, new Color(230, 160, 20));
        viewer.addPainter(painter);
        viewer.getTextWidget().addListener(SWT.KeyDown, event -> {
            if (event.character == ' ' && (event.stateMask & SWT.CTRL) != 0) {
                event.doit = false;
                viewer.doOperation(ISourceViewer.CONTENTASSIST_PROPOSALS);
            } else if ((event.keyCode == 's' || event.keyCode == 'S') && (event.stateMask & SWT.CTRL) != 0) {
                event.doit = false;
                save();
            }
        });
    }

    private List<Path> strategyFiles() {
        if (!Files.isDirectory(desk.strategyFolder())) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(desk.strategyFolder())) {
            return walk.filter(p -> p.toString().endsWith(".dun")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void open(Path path) {
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            status.setText("Cannot read " + path + ": " + e.getMessage());
            return;
        }
        file = path;
        saved = text;
        Document document = new Document(text);
        document.addDocumentListener(new IDocumentListener() {
            @Override
            public void documentAboutToBeChanged(DocumentEvent event) {
            }

            @Override
            public void documentChanged(DocumentEvent event) {
                part.setDirty(!event.getDocument().get().equals(saved));
                scheduleAnalysis();
            }
        });
        viewer.setDocument(document, annotations.model());
        part.setDirty(false);
        part.setLabel("Strategies: " + path.getFileName());
        tests.setInput(List.of());
        analyse();
    }

    private void scheduleAnalysis() {
        int scheduled = ++generation;
        viewer.getTextWidget().getDisplay().timerExec(ANALYSIS_DELAY_MS, () -> {
            if (scheduled == generation && !viewer.getTextWidget().isDisposed()) {
                analyse();
            }
        });
    }

    /** Validates and highlights the text as it is now (live validation). */
    void analyse() {
        if (file == null) {
            return;
        }
        IDocument document = viewer.getDocument();
        analysis = editing.analyse(file, document.get(), List.of(desk.strategyFolder()));
        annotations.show(analysis.problems(), document.getLength());
        viewer.changeTextPresentation(styles.presentation(analysis.highlights(), document.getLength()), true);
        problems.setInput(analysis.problems());
        long errors = analysis.problems().stream().filter(p -> p.severity().toString().equals("error")).count();
        status.setText(String.format("%s%s — %d error(s), %d other problem(s). Ctrl+Space completes, Ctrl+S saves.",
                desk.strategyFolder().relativize(file), part.isDirty() ? " (modified)" : "", errors,
                analysis.problems().size() - errors));
        if (errors > 0) {
            results.setSelection(0);
        }
    }

    @Persist
    void save() {
        if (file == null) {
            return;
        }
        String text = viewer.getDocument().get();
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            status.setText("Not saved: " + e.getMessage());
            return;
        }
        saved = text;
        part.setDirty(false);
        analyse();
        changes.changed();
    }

    private void format() {
        if (file == null) {
            return;
        }
        String text = viewer.getDocument().get();
        String formatted = editing.format(file, text);
        if (formatted.equals(text)) {
            status.setText(analysis.hasErrors() ? "Not formatted: the file has syntax errors." : "Already formatted.");
        } else {
            viewer.getDocument().set(formatted);
        }
    }

    /** Runs the test blocks of the edited file (R32) on the saved strategy files; an unsaved file is saved first. */
    private void runTests() {
        if (file == null) {
            return;
        }
        if (analysis.hasErrors()) {
            status.setText("Fix the errors first: tests run on valid strategy files only.");
            results.setSelection(0);
            return;
        }
        if (part.isDirty()) {
            save();
        }
        StrategySet set = desk.strategies();
        if (set.hasErrors()) {
            status.setText("Another strategy file has errors: " + set.diagnostics().get(0));
            return;
        }
        List<TestRow> rows = new ArrayList<>();
        for (TestCase test : set.tests()) {
            String where = set.where(test);
            if (!where.startsWith(file.toString() + ":")) {
                continue;
            }
            TestResult result = engine.test(test, set.strategies());
            String name = test.getStrategy().getName()
                    + (test.getDescription() == null ? "" : " \"" + test.getDescription() + "\"");
            rows.add(new TestRow(name, file.getFileName() + where.substring(file.toString().length()),
                    result.expectations(), result.passed() ? "passed" : result.failures().stream()
                            .map(TestResult.Failure::message).collect(Collectors.joining("; "))));
        }
        tests.setInput(rows);
        results.setSelection(1);
        long failed = rows.stream().filter(r -> !r.result().equals("passed")).count();
        status.setText(rows.isEmpty() ? "No test blocks in " + file.getFileName()
                : String.format("%d test(s), %d passed, %d failed", rows.size(), rows.size() - failed, failed));
    }

    @Focus
    void setFocus() {
        viewer.getTextWidget().setFocus();
    }
}
