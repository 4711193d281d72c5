package io.dunwise.dsl.ide.highlighting;

import com.google.inject.Inject;
import io.dunwise.dsl.actions.ActionTypeCatalog;
import io.dunwise.model.ActivityTemplate;
import io.dunwise.model.Definition;
import io.dunwise.model.DunwisePackage;
import io.dunwise.model.Step;
import io.dunwise.model.TemplateVersion;
import io.dunwise.model.vocabulary.PlaceholderUse;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.editor.syntaxcoloring.DefaultSemanticHighlightingCalculator;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Semantic highlighting: the names being defined, the action type of each step (plug-in types apart from the
 * built-in ones), references to definitions, and the {@code {{placeholders}}} inside template texts.
 */
public class DunwiseHighlighting extends DefaultSemanticHighlightingCalculator {

    /** The style ids this calculator emits; an editor maps them to colours. */
    public static final String DEFINITION = "definition";
    public static final String ACTION_TYPE = "actionType";
    public static final String PLUGIN_ACTION_TYPE = "pluginActionType";
    public static final String REFERENCE = "reference";
    public static final String PLACEHOLDER = "placeholder";

    @Inject
    private ActionTypeCatalog actionTypes;

    @Override
    protected boolean highlightElement(EObject object, IHighlightedPositionAcceptor acceptor,
            CancelIndicator cancelIndicator) {
        if (object instanceof Definition) {
            highlightFeature(acceptor, object, DunwisePackage.Literals.DEFINITION__NAME, DEFINITION);
        }
        if (object instanceof Step step) {
            boolean plugin = actionTypes.find(step.getActionType()).filter(type -> !type.builtIn()).isPresent();
            highlightFeature(acceptor, step, DunwisePackage.Literals.STEP__ACTION_TYPE,
                    plugin ? PLUGIN_ACTION_TYPE : ACTION_TYPE);
            highlightFeature(acceptor, step, DunwisePackage.Literals.STEP__DOCUMENT, REFERENCE);
        }
        if (object instanceof io.dunwise.model.Strategy) {
            highlightFeature(acceptor, object, DunwisePackage.Literals.STRATEGY__POOL, REFERENCE);
        }
        if (object instanceof ActivityTemplate) {
            placeholders(object, DunwisePackage.Literals.ACTIVITY_TEMPLATE__DETAILS, acceptor);
        }
        if (object instanceof TemplateVersion) {
            placeholders(object, DunwisePackage.Literals.TEMPLATE_VERSION__SUBJECT, acceptor);
            placeholders(object, DunwisePackage.Literals.TEMPLATE_VERSION__BODY, acceptor);
        }
        return false;
    }

    private static void placeholders(EObject object, EAttribute feature, IHighlightedPositionAcceptor acceptor) {
        for (INode node : NodeModelUtils.findNodesForFeature(object, feature)) {
            for (PlaceholderUse use : PlaceholderUse.in(node.getText())) {
                acceptor.addPosition(node.getOffset() + use.offset(), use.length(), PLACEHOLDER);
            }
        }
    }
}
