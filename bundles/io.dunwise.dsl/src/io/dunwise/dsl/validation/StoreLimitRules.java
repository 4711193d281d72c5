package io.dunwise.dsl.validation;

import io.dunwise.model.ActivityTemplate;
import io.dunwise.model.AgingPeriod;
import io.dunwise.model.Definition;
import io.dunwise.model.DunwisePackage;
import io.dunwise.model.InterestRate;
import io.dunwise.model.LetterFee;
import io.dunwise.model.Step;
import io.dunwise.model.Strategy;
import io.dunwise.model.TemplateVersion;
import java.math.BigDecimal;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;

/**
 * What the store can keep, checked where the text is read: a strategy that {@code validate} and {@code simulate}
 * accept must not die in {@code run} on a column too narrow for it, nor leave its actions pending for ever (issue 18
 * §3). The widths are those of the store's tables ({@code process_history}, {@code activity},
 * {@code collection_letter}, the aging snapshots in {@code io.dunwise.store.jpa/db/migration}); change both
 * together.
 */
class StoreLimitRules extends DunwiseRules {

    /** {@code process_history.strategy}, {@code activity.template}, {@code activity.activity_type}. */
    static final int NAME = 64;
    /** {@code process_history.step}, {@code activity.purpose}. */
    static final int DESCRIPTION = 255;
    /** {@code collection_letter.language}: the longest BCP 47 tag anyone writes fits. */
    static final int LANGUAGE = 35;
    /** {@code activity.details}. */
    static final int DETAILS = 4000;
    /** {@code collection_letter.fee} and {@code .interest} are {@code numeric(19,4)}: below 10^15. */
    static final BigDecimal LARGEST_AMOUNT = new BigDecimal("999999999999999.9999");
    /** R29: an interest rate is a percentage of the overdue amount. */
    static final BigDecimal LARGEST_RATE = new BigDecimal("100");

    /**
     * A count of days: 100 years. Dates are computed from it (due + days, run date + days to complete), and
     * PostgreSQL keeps no date beyond the year 5874897, which 2,147,483,647 days reach.
     */
    static final int LARGEST_DAYS = 36_500;

    /** R8, R9: a step's timing is a date the store can keep. */
    @Check
    public void stepDaysFit(Step step) {
        days(step, DunwisePackage.Literals.STEP__DAYS, step.getDays());
    }

    /** R11: quiet days. */
    @Check
    public void quietDaysFit(Strategy strategy) {
        days(strategy, DunwisePackage.Literals.STRATEGY__QUIET_DAYS, strategy.getQuietDays());
    }

    /** R13: an activity's due date is its start plus the days to complete it. */
    @Check
    public void daysToCompleteFit(ActivityTemplate template) {
        days(template, DunwisePackage.Literals.ACTIVITY_TEMPLATE__DAYS_TO_COMPLETE, template.getDaysToComplete());
    }

    private void days(EObject owner, EAttribute feature, Integer days) {
        if (days != null && days > LARGEST_DAYS) {
            error("a number of days is at most " + LARGEST_DAYS + " (100 years); this one is " + days, owner, feature,
                    IssueCodes.OUT_OF_RANGE);
        }
    }

    /** R3, R13: a name is kept in the history and in activities. */
    @Check
    public void nameFits(Definition definition) {
        fits(definition, DunwisePackage.Literals.DEFINITION__NAME, NAME, "a name");
    }

    /** R8: a step's description is kept in the history of every action it performs. */
    @Check
    public void stepDescriptionFits(Step step) {
        fits(step, DunwisePackage.Literals.STEP__DESCRIPTION, DESCRIPTION, "a step's description");
    }

    /** R13: an activity's type, purpose and details are kept with every activity it creates. */
    @Check
    public void activityFits(ActivityTemplate template) {
        fits(template, DunwisePackage.Literals.ACTIVITY_TEMPLATE__ACTIVITY_TYPE, NAME, "an activity type");
        fits(template, DunwisePackage.Literals.ACTIVITY_TEMPLATE__PURPOSE, DESCRIPTION, "a purpose");
        fits(template, DunwisePackage.Literals.ACTIVITY_TEMPLATE__DETAILS, DETAILS, "an activity's details");
    }

    /** R19: an aging period's label is kept in every snapshot ({@code aging_period.label}). */
    @Check
    public void agingLabelFits(AgingPeriod period) {
        fits(period, DunwisePackage.Literals.AGING_PERIOD__LABEL, DESCRIPTION, "an aging period's label");
    }

    /** R15, R31: a letter keeps the language it was written in ({@code collection_letter.language}). */
    @Check
    public void languageFits(TemplateVersion version) {
        fits(version, DunwisePackage.Literals.TEMPLATE_VERSION__LANGUAGE, LANGUAGE, "a language tag");
    }

    /** R29: a fee is kept with every letter that charges it. */
    @Check
    public void feeFits(LetterFee fee) {
        if (fee.getAmount() != null && fee.getAmount().abs().compareTo(LARGEST_AMOUNT) > 0) {
            error("R29: a fee is at most " + LARGEST_AMOUNT.toPlainString() + " (the letters' amounts have 15 digits"
                    + " before the decimal point)", fee, DunwisePackage.Literals.LETTER_FEE__AMOUNT,
                    IssueCodes.OUT_OF_RANGE);
        }
    }

    /** R29: an interest rate is a percentage, at most 100 %. */
    @Check
    public void interestRateFits(InterestRate rate) {
        if (rate.getPercent() != null && rate.getPercent().compareTo(LARGEST_RATE) > 0) {
            error("R29: an interest rate is at most " + LARGEST_RATE + " %", rate,
                    DunwisePackage.Literals.INTEREST_RATE__PERCENT, IssueCodes.OUT_OF_RANGE);
        }
    }

    private void fits(EObject owner, EAttribute feature, int limit, String what) {
        Object value = owner.eGet(feature);
        if (value instanceof String text && text.length() > limit) {
            error(what + " is at most " + limit + " characters; this one has " + text.length(), owner, feature,
                    IssueCodes.TOO_LONG);
        }
    }
}
