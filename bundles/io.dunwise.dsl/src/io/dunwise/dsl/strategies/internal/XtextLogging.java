package io.dunwise.dsl.strategies.internal;

import org.apache.log4j.ConsoleAppender;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.PatternLayout;

/**
 * Xtext logs through log4j, which warns about its own missing set-up on every start of the command line. When
 * nobody configured log4j, its warnings and errors go to standard error, and nothing else.
 */
final class XtextLogging {

    private XtextLogging() {
    }

    static void toStandardError() {
        Logger root = Logger.getRootLogger();
        if (!root.getAllAppenders().hasMoreElements()) {
            root.addAppender(new ConsoleAppender(new PatternLayout("%p %c{1}: %m%n"), ConsoleAppender.SYSTEM_ERR));
            root.setLevel(Level.WARN);
        }
    }
}
