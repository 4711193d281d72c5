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

    private IssueCodes() {
    }
}
