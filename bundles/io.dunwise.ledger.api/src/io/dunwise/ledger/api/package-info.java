/**
 * The accounts-receivable ledger as the automation sees it (spec section 1): value types and the services that
 * read and write them. No persistence technology shows through these types.
 */
package io.dunwise.ledger.api;
