package io.dunwise.ledger.api;

/** The date an invoice ages from (R19): its due date, or its invoice date. */
public enum AgingBasis {
    DUE_DATE,
    INVOICE_DATE
}
