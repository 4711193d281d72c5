package io.dunwise.actions.email.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
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

    /**
     * issue 18 §3: a body file is user text of up to 1 MiB; unclosed elements, unclosed tags and long runs of spaces
     * made the expressions backtrack quadratically (hours for a body of {@code <style} repeated). Each of these
     * took minutes or more before; now all of them take well under the timeout, and the text is what it was.
     */
    @Test
    void malformedBodiesAreConvertedInLinearTime() {
        int size = 1024 * 1024;
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            assertEquals("<style".repeat(size / 6) + "\n\nx\n", PlainText.of("<style".repeat(size / 6) + "<p>x</p>"));
            assertEquals(size + 1, PlainText.of("<".repeat(size)).length());
            assertEquals("\n", PlainText.of("<pre".repeat(size / 4) + ">"));
            assertEquals(size / 3 * 3 + 1, PlainText.of("<br".repeat(size / 3)).length());
            assertEquals("x\n", PlainText.of("<pre>" + " ".repeat(size) + "x</pre>"));
            assertEquals("a\n\n" + "<pre".repeat(size / 4) + "\n",
                    PlainText.of("<pre>a</pre>" + "<pre".repeat(size / 4)));
        });
        assertEquals("a < b\n\n<style\n", PlainText.of("<p>a &lt; b</p><style"));
        assertEquals("kept\n\n<pre\n", PlainText.of("<p>kept</p><pre"));
    }
}
