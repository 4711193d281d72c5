/**
 * The service provider interface for action handlers. A consultant adds an action type to Dunwise by
 * registering an {@link io.dunwise.actions.api.ActionHandler} as an OSGi service in a bundle of their own;
 * strategies can name its type at once (R18), and the engine hands it every action of that type (R16).
 */
package io.dunwise.actions.api;
