package io.dunwise.store.jpa.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.dunwise.ledger.api.Passwords;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 18 (JDBC URLs): every shape of database address the issue quotes has its password masked. */
class PasswordsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            jdbc:postgresql://127.0.0.1:notaport/db?user=u&password=S3cretPG | S3cretPG | jdbc:postgresql://127.0.0.1:notaport/db?user=u&password=***
            jdbc:postgresql://127.0.0.1:99999/db?user=u&password=S3cretPG    | S3cretPG | jdbc:postgresql://127.0.0.1:99999/db?user=u&password=***
            jdbc:postgresql://host/db?password=S3cret%zz&user=u              | S3cret   | jdbc:postgresql://host/db?password=***&user=u
            postgresql://u:pw1234@host                                       | pw1234   | postgresql://u:***@host
            jdbc:postgresql://u:pw1234@host:5432/db                          | pw1234   | jdbc:postgresql://u:***@host:5432/db
            jdbc:postgresql://host/db?user=u&password=ab;cd&ef&ssl=true      | cd&ef    | jdbc:postgresql://host/db?user=u&password=***&ssl=true
            jdbc:postgresql://host/db?user=u&password=ab&cd;ef               | cd;ef    | jdbc:postgresql://host/db?user=u&password=***
            jdbc:h2:file:/x/ledger;USER=sa;PASSWORD=h2s;ecret;CIPHER=AES     | ecret    | jdbc:h2:file:/x/ledger;USER=sa;PASSWORD=***;CIPHER=AES
            jdbc:postgresql://host/db?sslpassword=keyPass&user=u            | keyPass  | jdbc:postgresql://host/db?sslpassword=***&user=u
            cannot reach jdbc:postgresql://u:p@ss;w&rd@host/db (refused)    | ss;w     | cannot reach jdbc:postgresql://u:***@host/db (refused)
            cannot reach (jdbc:postgresql://h/db?password=S3c;r&t); check   | S3c      | cannot reach (jdbc:postgresql://h/db?password=***); check
            """)
    void masksThePasswordWhateverTheShape(String text, String secretPart, String expected) {
        String masked = Passwords.masked(text);
        assertEquals(expected, masked);
        assertFalse(masked.contains(secretPart), masked);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            jdbc:postgresql://h:5432/db?user=u&password=S3cret%zz    | the driver says: S3cret%zz is no escape
            jdbc:postgresql://h:5432/db?user=u&password=p%40ss%3Bword | bad password p@ss;word for user u
            """)
    void aDatabaseHidesItsPasswordWhereverTheDriverRepeatsIt(String url, String driverMessage) {
        String hidden = LedgerDatabase.of(url).hide(driverMessage);
        assertFalse(hidden.contains("S3cret") || hidden.contains("p@ss;word"), hidden);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            jdbc:postgresql://127.0.0.1:5432/db?user=a@b.com | jdbc:postgresql://127.0.0.1:5432/db?user=a@b.com
            ./dunwise-data                                   | ./dunwise-data
            """)
    void leavesTextWithoutPasswordsAsItIs(String text, String expected) {
        assertEquals(expected, Passwords.masked(text));
    }
}
