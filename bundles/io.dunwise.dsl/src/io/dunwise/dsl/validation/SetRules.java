package io.dunwise.dsl.validation;

import com.google.inject.Inject;
import io.dunwise.dsl.messages.DunwiseLinkingMessages;
import io.dunwise.model.BankAccount;
import io.dunwise.model.Definition;
import io.dunwise.model.DunwisePackage;
import io.dunwise.model.Parameters;
import io.dunwise.model.Strategy;
import io.dunwise.model.StrategyFile;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.validation.Check;

/**
 * Rules over the whole strategy set: a name means one definition in all its files, and the parameters (R25) are
 * set once.
 */
class SetRules extends DunwiseRules {

    @Inject
    private StrategySetIndex index;

    /** Every definition's name is unique in the strategy set, whatever its kind. */
    @Check
    public void uniqueName(Definition definition) {
        if (definition.getName() == null) {
            return;
        }
        for (IEObjectDescription other : index.others(definition, DunwisePackage.Literals.DEFINITION)) {
            if (other.getName().toString().equals(definition.getName())) {
                error("duplicate name " + definition.getName() + ": "
                        + DunwiseLinkingMessages.Kinds.article(DunwiseLinkingMessages.Kinds.of(other.getEClass()))
                        + " of that name is also defined in "
                        + StrategySetIndex.fileOf(other), definition, DunwisePackage.Literals.DEFINITION__NAME,
                        IssueCodes.DUPLICATE_NAME);
                return;
            }
        }
    }

    /** R25: the parameters are set in one place of the strategy set. */
    @Check
    public void parametersOnce(Parameters parameters) {
        StrategyFile file = (StrategyFile) parameters.eContainer();
        for (EObject element : file.getElements()) {
            if (element == parameters) {
                break;
            }
            if (element instanceof Parameters) {
                error("R25: the parameters are already set above; write them in one block", parameters, null,
                        IssueCodes.PARAMETERS_TWICE);
                return;
            }
        }
        if (parameters.eResource() == null || parameters.eResource().getResourceSet() == null) {
            return;
        }
        for (var resource : parameters.eResource().getResourceSet().getResources()) {
            if (resource == parameters.eResource()) {
                break;
            }
            boolean elsewhere = resource.getContents().stream()
                    .filter(StrategyFile.class::isInstance)
                    .flatMap(content -> ((StrategyFile) content).getElements().stream())
                    .anyMatch(Parameters.class::isInstance);
            if (elsewhere) {
                error("R25: the parameters are already set in " + resource.getURI().lastSegment()
                        + "; a strategy set has one parameters block", parameters, null, IssueCodes.PARAMETERS_TWICE);
                return;
            }
        }
    }

    /** R12, R25: the prediction threshold is a probability. */
    @Check
    public void thresholdIsProbability(Parameters parameters) {
        BigDecimal threshold = parameters.getPredictionThreshold();
        if (threshold != null && (threshold.signum() < 0 || threshold.compareTo(BigDecimal.ONE) > 0)) {
            error("R12: the prediction threshold is a probability between 0 and 1", parameters,
                    DunwisePackage.Literals.PARAMETERS__PREDICTION_THRESHOLD, IssueCodes.THRESHOLD_RANGE);
        }
    }

    /** R30: a contact cap allows at least one contact within at least one day. */
    @Check
    public void contactCapCounts(Parameters parameters) {
        // 0 is the attribute's default, so only the text tells whether a cap was written
        boolean written = !NodeModelUtils.findNodesForFeature(parameters,
                DunwisePackage.Literals.PARAMETERS__CONTACT_CAP).isEmpty();
        if (written && (parameters.getContactCap() < 1 || parameters.getContactCapDays() < 1)) {
            error("R30: a contact cap allows at least 1 contact per at least 1 day, e.g. contact cap 2 per 7 days",
                    parameters, DunwisePackage.Literals.PARAMETERS__CONTACT_CAP, IssueCodes.CONTACT_CAP_RANGE);
        }
    }

    /** R12: a strategy that uses predictions needs the activity it creates for risky invoices. */
    @Check
    public void predictionsHaveAnActivity(Strategy strategy) {
        if (!strategy.isUsePredictions() || strategy.eResource() == null
                || strategy.eResource().getResourceSet() == null) {
            return;
        }
        boolean named = strategy.eResource().getResourceSet().getResources().stream()
                .flatMap(resource -> resource.getContents().stream())
                .filter(StrategyFile.class::isInstance)
                .flatMap(content -> ((StrategyFile) content).getElements().stream())
                .filter(Parameters.class::isInstance)
                .anyMatch(parameters -> ((Parameters) parameters).getPredictionActivity() != null);
        if (!named) {
            error("R12: strategy " + strategy.getName() + " uses predictions, but the parameters name no"
                    + " prediction activity; add one, e.g. parameters { prediction activity CallCustomer }", strategy,
                    DunwisePackage.Literals.STRATEGY__USE_PREDICTIONS, IssueCodes.PREDICTIONS_WITHOUT_ACTIVITY);
        }
    }

    /** R23, R25: each bank account is described once. */
    @Check
    public void bankOnce(Parameters parameters) {
        Set<String> seen = new HashSet<>();
        for (BankAccount bank : parameters.getBanks()) {
            if (!seen.add(bank.getBank())) {
                error("R25: bank \"" + bank.getBank() + "\" is already described above", bank,
                        DunwisePackage.Literals.BANK_ACCOUNT__BANK, IssueCodes.BANK_TWICE);
            }
        }
    }

    /** R23, R25: the NSF fee is a positive amount in a currency code. */
    @Check
    public void nsfFeeIsAnAmount(Parameters parameters) {
        BigDecimal fee = parameters.getNsfFee();
        String currency = parameters.getNsfFeeCurrency();
        if (fee != null && (fee.signum() <= 0 || currency == null || !currency.matches("[A-Z]{3}"))) {
            error("R23: the NSF fee is a positive amount and a currency code, e.g. nsf fee 25.00 EUR", parameters,
                    DunwisePackage.Literals.PARAMETERS__NSF_FEE, IssueCodes.NSF_FEE);
        }
    }
}
