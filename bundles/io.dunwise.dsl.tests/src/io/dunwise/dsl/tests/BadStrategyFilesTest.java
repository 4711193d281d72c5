package io.dunwise.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dunwise.dsl.strategies.StrategyDiagnostic;
import io.dunwise.dsl.strategies.StrategySetLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * The probe's reproducers of issue 18 §3, each a complete strategy file read as {@code dunwise validate} reads it:
 * each ends in problems with their place, one line each, never in an exception or a hang.
 */
@ExtendWith(ServiceExtension.class)
class BadStrategyFilesTest {

    private static final Duration QUICKLY = Duration.ofSeconds(10);

    @InjectService(timeout = 10_000)
    StrategySetLoader loader;

    @TempDir
    Path folder;

    private List<String> problems(String text) {
        return assertTimeoutPreemptively(QUICKLY, () -> Strategies.problems(loader, folder.resolve("test.dun"), text));
    }

    /** issue 18 §3: an exclusion without its amount was a NullPointerException. */
    @Test
    void exclusionWithoutAmountIsASyntaxError() {
        List<String> problems = problems("strategy S rank 1 pool P exclude aged balance below { }");
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("1:52 error a number is expected here")), problems.toString());
    }

    /** issue 18 §3: a test date written as a text was a NullPointerException on the date. */
    @Test
    void expectationWithoutDateIsASyntaxError() {
        List<String> problems = problems("test S { on \"x\" expect nothing }");
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("1:13 error ")), problems.toString());
    }

    /** issue 18 §3: {@code {{} followed by thousands of spaces made the placeholder check backtrack for ever. */
    @Test
    void placeholderOfSpacesIsCheckedInLinearTime() {
        String spaces = " ".repeat(5_000);
        String text = "email M { en subject \"{{" + spaces + "\" body \"{{" + spaces + "}}\" }";
        assertEquals(List.of("1:" + (text.lastIndexOf("{{") + 1) + " error unknown placeholder {{}}; placeholders: "
                + PLACEHOLDERS), problems(text));
    }

    /** issue 18 §3: conditions 10,000 parentheses or nots deep overflowed the stack; R1 limits the nesting. */
    @Test
    void deepConditionsAreRefusedWithTheirPlace() {
        int deep = 10_000;
        List<String> parentheses = problems("pool P where " + "(".repeat(deep) + "country = \"SE\"" + ")".repeat(deep));
        assertTrue(parentheses.stream().anyMatch(p -> p.startsWith("1:78 error R1: conditions nest at most 64 ")),
                parentheses.toString());
        List<String> nots = problems("pool P where " + "not ".repeat(deep) + "country = \"SE\"");
        assertTrue(nots.stream().anyMatch(p -> p.startsWith("1:269 error R1: conditions nest at most 64 ")),
                nots.toString());
        assertEquals(List.of(), problems("pool P where " + "(".repeat(63) + "not country = \"SE\"" + ")".repeat(63)));
    }

    /** issue 18 §3: a whole number too large for the store said "For input string". */
    @Test
    void tooLargeNumbersSaySo() {
        assertEquals(List.of("1:24 error '99999999999999999999' is too large; whole numbers here go up to 2147483647"),
                problems("pool P strategy S rank 99999999999999999999 pool P { step \"a\" letter on due }"));
    }

    /** issue 18 §3: a file saved with a UTF-8 byte-order mark is read as if it had none. */
    @Test
    void byteOrderMarkIsNoError() {
        assertEquals(List.of(), problems("\uFEFFpool P \"all\""));
    }

    /** issue 18 §3: {@code level} is a keyword of letters, and a documented parameter name of plug-in handlers. */
    @Test
    void keywordsCanNameStepParameters() {
        List<String> problems = problems("pool P strategy S rank 1 pool P { step \"a\" sms with { level = 2 } on due }");
        assertTrue(problems.stream().noneMatch(p -> p.contains("syntax") || p.contains("found")), problems.toString());
    }

    /** issue 18 §3: every diagnostic is one line, even when the text it quotes has line breaks. */
    @Test
    void diagnosticsAreOneLineEach() throws IOException {
        Path file = folder.resolve("test.dun");
        Files.writeString(file, "pool P strategy S rank 1 pool P { step \"a\" letter on due }\n"
                + "test S { on 2026-01-01 expect letter \"two\r\nlines\" }");
        List<String> problems = loader.load(List.of(file)).diagnostics().stream().map(Object::toString).toList();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).endsWith("test.dun:2:38: error: R32: strategy S has no letter step 'two lines';"
                + " its steps: letter \"a\""), problems.get(0));
        assertEquals("a b", new StrategyDiagnostic(file, 1, 1, StrategyDiagnostic.Severity.ERROR, "a\nb").message());
    }

    static final String PLACEHOLDERS = "customer.id, customer.name, customer.balance, contact.name, contact.email, "
            + "invoice.id, invoice.invoiceDate, invoice.dueDate, invoice.amount, invoice.openAmount, invoice.currency, "
            + "invoice.daysOverdue, invoices.table, invoices.count, invoices.total, agent.name, agent.email, "
            + "company.name, run.date";

    /** issue 18 §3: a strategy "file" that is a device or a pipe is refused, not read for ever. */
    @Test
    void strategyFilesThatAreNotRegularFilesAreRefused() throws IOException {
        Files.createSymbolicLink(folder.resolve("zero.dun"), Path.of("/dev/zero"));
        Files.writeString(folder.resolve("fine.dun"), "pool P \"all\"");
        List<String> problems = assertTimeoutPreemptively(QUICKLY, () -> loader.load(List.of(folder)).diagnostics()
                .stream().map(Object::toString).toList());
        assertEquals(List.of(folder.resolve("zero.dun") + ":1:1: error: not a regular file; a strategy file is a"
                + " text file of at most 16 MiB"), problems);
    }
}
