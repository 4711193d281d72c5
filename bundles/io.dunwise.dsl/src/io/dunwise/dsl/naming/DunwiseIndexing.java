package io.dunwise.dsl.naming;

import io.dunwise.model.DunwisePackage;
import io.dunwise.model.Strategy;
import io.dunwise.model.TestCase;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionStrategy;
import org.eclipse.xtext.util.IAcceptor;

/**
 * What the index keeps of each file. A strategy is indexed with its rank and the name of its pool, so that R4
 * (a pool used once, a rank used once) is checked across every file of a strategy set without loading them all.
 */
public class DunwiseIndexing extends DefaultResourceDescriptionStrategy {

    public static final String RANK = "rank";
    public static final String POOL = "pool";

    @Override
    public boolean createEObjectDescriptions(EObject object, IAcceptor<IEObjectDescription> acceptor) {
        if (object instanceof TestCase) {
            return false;
        }
        if (object instanceof Strategy strategy) {
            QualifiedName name = getQualifiedNameProvider().getFullyQualifiedName(strategy);
            if (name != null) {
                acceptor.accept(EObjectDescription.create(name, strategy,
                        Map.of(RANK, Integer.toString(strategy.getRank()), POOL, poolName(strategy))));
            }
            return false;
        }
        return super.createEObjectDescriptions(object, acceptor);
    }

    /** The pool as written (references must not be resolved while indexing); empty when none is written. */
    public static String poolName(Strategy strategy) {
        return NodeModelUtils.findNodesForFeature(strategy, DunwisePackage.Literals.STRATEGY__POOL).stream()
                .map(INode::getText)
                .map(String::trim)
                .collect(Collectors.joining());
    }
}
