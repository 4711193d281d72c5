package io.dunwise.ui.desk;

/** The element ids of the parts in {@code Application.e4xmi}. */
public final class PartIds {

    public static final String OVERDUE = "io.dunwise.ui.part.overdueCustomers";
    public static final String AGED = "io.dunwise.ui.part.agedBalances";
    public static final String CUSTOMER = "io.dunwise.ui.part.customer";
    public static final String EXPLANATION = "io.dunwise.ui.part.explanation";
    public static final String SIMULATION = "io.dunwise.ui.part.simulation";
    public static final String HISTORY = "io.dunwise.ui.part.history";
    public static final String ASSIGNMENT = "io.dunwise.ui.part.assignment";
    public static final String STRATEGIES = "io.dunwise.ui.part.strategyEditor";

    private PartIds() {
    }
}
