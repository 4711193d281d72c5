package io.dunwise.actions.api;

/** Whom a step writes to (R14). */
public enum Recipient {
    /** The customer's contacts with the step's purpose; else its collections, primary or first contact. */
    CUSTOMER,
    /** The rep of the customer's sales group flagged as contact; else the primary rep; else the first. */
    SALES_GROUP,
    /** The agent who owns the customer's pool. */
    AGENT
}
