/**
 * Installing plug-ins (features and bundles from p2 repositories) into the running Dunwise installation, listing
 * and removing them.
 */
package io.dunwise.plugins;
