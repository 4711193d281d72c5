/** The ledger as CSV files: import with every bad row reported and nothing changed, export that imports again. */
package io.dunwise.ledger.csv;
