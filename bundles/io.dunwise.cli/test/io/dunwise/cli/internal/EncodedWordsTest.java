package io.dunwise.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Subjects as the local mailbox prints them: RFC 2047 encoded words decoded (R31: non-ASCII subjects). */
class EncodedWordsTest {

    @Test
    void encodedWordsAreDecodedAndTheSpaceBetweenThemDropped() {
        assertEquals("Faktura I1 är förfallen", EncodedWords.decode("=?UTF-8?Q?Faktura_I1_=C3=A4r_f=C3=B6?="
                + "\r\n =?UTF-8?Q?rfallen?="));
        assertEquals("Öppna poster", EncodedWords.decode("=?utf-8?B?w5ZwcG5hIHBvc3Rlcg==?="));
        assertEquals("Invoice I1 is overdue", EncodedWords.decode("Invoice I1 is overdue"));
        assertEquals("=?nosuchcharset?Q?x?=", EncodedWords.decode("=?nosuchcharset?Q?x?="));
    }
}
