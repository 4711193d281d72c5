package io.dunwise.dsl.scoping;

import io.dunwise.model.DunwisePackage;
import io.dunwise.model.TestCase;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.Scopes;

/**
 * Scoping of the strategy language. Definitions are global: a strategy may use a pool or template defined in
 * another file of the same strategy set. The customers and invoices of a test block are visible only inside it.
 */
public class DunwiseScopeProvider extends AbstractDunwiseScopeProvider {

    @Override
    public IScope getScope(EObject context, EReference reference) {
        if (reference == DunwisePackage.Literals.TEST_INVOICE__CUSTOMER) {
            TestCase test = EcoreUtil2.getContainerOfType(context, TestCase.class);
            return test == null ? IScope.NULLSCOPE : Scopes.scopeFor(test.getCustomers());
        }
        if (reference == DunwisePackage.Literals.EXPECTED_ACTION__INVOICE) {
            TestCase test = EcoreUtil2.getContainerOfType(context, TestCase.class);
            return test == null ? IScope.NULLSCOPE : Scopes.scopeFor(test.getInvoices());
        }
        return super.getScope(context, reference);
    }
}
