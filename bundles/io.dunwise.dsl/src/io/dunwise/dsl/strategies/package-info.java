/** Loading strategy files into the collection-process model, with located diagnostics. */
package io.dunwise.dsl.strategies;
