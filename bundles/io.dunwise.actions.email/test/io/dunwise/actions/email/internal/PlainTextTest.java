package io.dunwise.actions.email.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** R14: the plain-text alternative of an HTML body reads like the HTML, values unescaped again. */
class PlainTextTest {

    @Test
    void paragraphsAndBreaksStayTagsGoCharacterReferencesAreDecoded() {
        assertEquals("Dear &lt;b&gt;Anna & Co,\n\nline one\nline two\n\n- one\n- two\n",
                PlainText.of("<html><head><title>x</title><style>p {}</style></head><body>\n"
                        + "<p>Dear &amp;lt;b&amp;gt;<b>Anna</b> &amp; Co,</p>\n  <p>line one<br/>line   two</p>"
                        + "<ul><li>one</li><li>two</li></ul></body></html>"));
    }

    @Test
    void preformattedTextKeepsItsLinesAndSpaces() {
        assertEquals("Open:\n\nInvoice  Amount\nI<1>       1.00\n\nThanks\n",
                PlainText.of("<p>Open:</p><pre>Invoice  Amount\nI&lt;1&gt;       1.00</pre><p>Thanks</p>"));
    }

    @Test
    void numericReferencesAsMustacheWritesThem() {
        assertEquals("it's `a=b`\n", PlainText.of("it&#39;s &#x60;a&#x3D;b&#x60;"));
    }
}
