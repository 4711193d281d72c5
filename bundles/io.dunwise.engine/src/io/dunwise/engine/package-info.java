/** The step engine: which customers get which collection action on a date (R5–R11, R16–R18). */
package io.dunwise.engine;
