package io.dunwise.dsl.naming;

import io.dunwise.model.TestCustomer;
import io.dunwise.model.TestInvoice;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.DefaultDeclarativeQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;

/**
 * Definitions are known by their simple name in the whole strategy set. The customers and invoices of a test
 * block are local to it (R32): they get no global name and are found by {@code DunwiseScopeProvider}.
 */
public class DunwiseQualifiedNames extends DefaultDeclarativeQualifiedNameProvider {

    @Override
    public QualifiedName getFullyQualifiedName(EObject object) {
        if (object instanceof TestCustomer || object instanceof TestInvoice) {
            return null;
        }
        return super.getFullyQualifiedName(object);
    }
}
