/** Aging snapshots and aged balances (R19, R20): the service the command line and the workbench share. */
package io.dunwise.aging;
