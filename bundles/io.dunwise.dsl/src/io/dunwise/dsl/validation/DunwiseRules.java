package io.dunwise.dsl.validation;

import java.util.List;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import io.dunwise.model.DunwisePackage;

/** A group of the language's rules, composed into {@link DunwiseValidator} (never registered on its own). */
abstract class DunwiseRules extends AbstractDeclarativeValidator {

    @Override
    protected List<EPackage> getEPackages() {
        return List.of(DunwisePackage.eINSTANCE);
    }

    @Override
    public void register(EValidatorRegistrar registrar) {
        // composed: DunwiseValidator registers the checks of every group
    }
}
