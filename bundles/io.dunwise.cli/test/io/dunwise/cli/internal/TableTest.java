package io.dunwise.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The tables of human output (aged balances and every other): one line a row, nothing a terminal would run. */
class TableTest {

    @Test
    void aCustomerNameWithEscAndCrIsShownNotRun() {
        // issue 18 §3b: the aged table printed a customer's ESC and CR as they are
        Table table = new Table("Customer", "Name", "Total").rightAligned(2);
        table.row("C1", "Evil\u001b[2J\u001b]0;owned\u0007 Corp\rNice Corp", "10.00");
        table.row("C2", "Right\u202Eto left\u2028next", "5.00");
        String nl = System.lineSeparator();
        assertEquals("Customer  Name                               Total" + nl
                + "--------  ---------------------------------  -----" + nl
                + "C1        Evil?[2J?]0;owned? Corp?Nice Corp  10.00" + nl
                + "C2        Right?to left?next                  5.00" + nl, table.render());
    }
}
