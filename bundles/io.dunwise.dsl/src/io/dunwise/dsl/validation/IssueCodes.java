package io.dunwise.dsl.validation;

/** The codes of the strategy language's validation issues; quick fixes and tests key on them. */
public final class IssueCodes {

    private static final String PREFIX = "io.dunwise.dsl.";

    /** R4 */
    public static final String POOL_USED_TWICE = PREFIX + "poolUsedTwice";
    /** R4 */
    public static final String RANK_USED_TWICE = PREFIX + "rankUsedTwice";
    /** R10 */
    public static final String SECOND_PREDUNNING_STEP = PREFIX + "secondPredunningStep";
    /** R10 */
    public static final String PREDUNNING_AFTER_DUE = PREFIX + "predunningAfterDue";
    /** R18 */
    public static final String UNKNOWN_ACTION_TYPE = PREFIX + "unknownActionType";
    /** R18 */
    public static final String UNKNOWN_PARAMETER = PREFIX + "unknownParameter";
    /** R18 */
    public static final String MISSING_PARAMETER = PREFIX + "missingParameter";
    /** R18 */
    public static final String PARAMETER_KIND = PREFIX + "parameterKind";
    /** R18 */
    public static final String PARAMETER_TWICE = PREFIX + "parameterTwice";
    /** R8 */
    public static final String MISSING_TEMPLATE = PREFIX + "missingTemplate";
    /** R8 */
    public static final String WRONG_TEMPLATE = PREFIX + "wrongTemplate";
    /** R8, R14 */
    public static final String EMAIL_WITHOUT_RECIPIENT = PREFIX + "emailWithoutRecipient";
    /** R8 */
    public static final String RECIPIENT_NOT_USED = PREFIX + "recipientNotUsed";
    public static final String FALLBACK_NOT_EMAIL = PREFIX + "fallbackNotEmail";
    public static final String CONTACT_CAP_RANGE = PREFIX + "contactCapRange";
    /** R9 */
    public static final String STEP_TIMING_COLLISION = PREFIX + "stepTimingCollision";
    /** R3 */
    public static final String EMPTY_STRATEGY = PREFIX + "emptyStrategy";
    /** R13, R14, R31 */
    public static final String UNKNOWN_PLACEHOLDER = PREFIX + "unknownPlaceholder";
    /** R14 */
    public static final String BODY_FILE_MISSING = PREFIX + "bodyFileMissing";
    /** R14: a body file outside the strategy folder, not a regular file, over 1 MiB or not UTF-8 (issue 18 §3b). */
    public static final String BODY_FILE_REFUSED = PREFIX + "bodyFileRefused";
    /** R14, R31 */
    public static final String NO_VERSION = PREFIX + "noVersion";
    /** R14, R31 */
    public static final String LANGUAGE_TWICE = PREFIX + "languageTwice";
    /** R14, R31 */
    public static final String DEFAULT_LANGUAGE_MISSING = PREFIX + "defaultLanguageMissing";
    /** R29 */
    public static final String FEE_TWICE = PREFIX + "feeTwice";
    /** R29 */
    public static final String INTEREST_TWICE = PREFIX + "interestTwice";
    /** R29 */
    public static final String NEGATIVE_AMOUNT = PREFIX + "negativeAmount";
    /** Names are unique in a strategy set. */
    public static final String DUPLICATE_NAME = PREFIX + "duplicateName";
    /** R1 */
    public static final String UNKNOWN_FIELD = PREFIX + "unknownField";
    /** R1 */
    public static final String FIELD_COMPARISON = PREFIX + "fieldComparison";
    /** R1: pool conditions nest too deep to be read (issue 18 §3). */
    public static final String NESTING_TOO_DEEP = PREFIX + "nestingTooDeep";
    /** A text longer than the store keeps (issue 18 §3). */
    public static final String TOO_LONG = PREFIX + "tooLong";
    /** R29: a fee or interest rate outside what the store keeps or what makes sense (issue 18 §3). */
    public static final String OUT_OF_RANGE = PREFIX + "outOfRange";
    /** R19 */
    public static final String AGING_PERIODS = PREFIX + "agingPeriods";
    /** R25 */
    public static final String PARAMETERS_TWICE = PREFIX + "parametersTwice";
    /** R25 */
    public static final String THRESHOLD_RANGE = PREFIX + "thresholdRange";
    /** R12 */
    public static final String PREDICTIONS_WITHOUT_ACTIVITY = PREFIX + "predictionsWithoutActivity";
    /** R23, R25 */
    public static final String BANK_TWICE = PREFIX + "bankTwice";
    /** R23, R25 */
    public static final String NSF_FEE = PREFIX + "nsfFee";
    /** R32 */
    public static final String UNKNOWN_EXPECTED_STEP = PREFIX + "unknownExpectedStep";
    /** R32 */
    public static final String TEST_NAME_TWICE = PREFIX + "testNameTwice";
    /** R32 */
    public static final String TEST_DATE_TWICE = PREFIX + "testDateTwice";
    /** R32 */
    public static final String TEST_WITHOUT_EXPECTATION = PREFIX + "testWithoutExpectation";

    private IssueCodes() {
    }
}
