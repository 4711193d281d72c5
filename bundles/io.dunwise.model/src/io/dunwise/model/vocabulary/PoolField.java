package io.dunwise.model.vocabulary;

import java.util.Arrays;
import java.util.Optional;

/**
 * The customer fields a pool condition may test (R1), and free attributes written {@code attribute.<key>}.
 * Number fields may be compared with {@code < <= > >=}; text fields and free attributes only with {@code = != in}.
 */
public enum PoolField {
    ID("id", false, "the customer's account id"),
    GROUP("group", false, "the customer group"),
    COUNTRY("country", false, "the country code"),
    CURRENCY("currency", false, "the customer's currency"),
    LANGUAGE("language", false, "the customer's language (BCP-47)"),
    SALES_GROUP("salesGroup", false, "the sales (commission) group"),
    CREDIT_LIMIT("creditLimit", true, "the credit limit"),
    BALANCE("balance", true, "the open balance in the customer's own currency on the run date"),
    OVERDUE_DAYS("overdueDays", true, "days the oldest open invoice is past its due date on the run date"),
    CREDIT_USE("creditUse", true, "the open balance as a percentage of the credit limit");

    /** The prefix of free attributes: {@code attribute.segment = "retail"}. */
    public static final String ATTRIBUTE_PREFIX = "attribute.";

    private final String key;
    private final boolean number;
    private final String description;

    PoolField(String key, boolean number, String description) {
        this.key = key;
        this.number = number;
        this.description = description;
    }

    public String key() {
        return key;
    }

    /** Whether values of this field are numbers (ordered comparisons allowed). */
    public boolean isNumber() {
        return number;
    }

    public String description() {
        return description;
    }

    /** The field written as {@code key}; free attributes are not fields of this list. */
    public static Optional<PoolField> byKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equalsIgnoreCase(key)).findFirst();
    }

    public static boolean isAttribute(String key) {
        return key != null && key.startsWith(ATTRIBUTE_PREFIX) && key.length() > ATTRIBUTE_PREFIX.length();
    }
}
