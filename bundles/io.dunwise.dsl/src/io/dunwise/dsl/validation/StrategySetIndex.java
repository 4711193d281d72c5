package io.dunwise.dsl.validation;

import com.google.inject.Inject;
import java.util.List;
import java.util.stream.StreamSupport;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;

/**
 * The definitions of every file of the strategy set that {@code context} belongs to, from the index: the files
 * loaded together by {@code dunwise validate}, or the workspace of the language server.
 */
class StrategySetIndex {

    @Inject
    private ResourceDescriptionsProvider provider;

    /** Every exported object of {@code type} other than {@code self}. */
    List<IEObjectDescription> others(EObject self, EClass type) {
        IResourceDescriptions index = provider.getResourceDescriptions(self.eResource());
        URI selfUri = EcoreUtil.getURI(self);
        return StreamSupport.stream(index.getExportedObjectsByType(type).spliterator(), false)
                .filter(description -> !description.getEObjectURI().equals(selfUri))
                .toList();
    }

    /** The file a description comes from, as the user wrote it (its last segment). */
    static String fileOf(IEObjectDescription description) {
        URI uri = description.getEObjectURI().trimFragment();
        return uri.lastSegment() == null ? uri.toString() : URI.decode(uri.lastSegment());
    }
}
