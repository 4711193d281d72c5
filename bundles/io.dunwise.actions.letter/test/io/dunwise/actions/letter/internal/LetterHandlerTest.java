package io.dunwise.actions.letter.internal;

import static io.dunwise.actions.letter.internal.Letters.LEADING;
import static io.dunwise.actions.letter.internal.Letters.RUN;
import static io.dunwise.actions.letter.internal.Letters.SECOND;
import static io.dunwise.actions.letter.internal.Letters.SWEDISH;
import static io.dunwise.actions.letter.internal.Letters.customer;
import static io.dunwise.actions.letter.internal.Letters.earlier;
import static io.dunwise.actions.letter.internal.Letters.handler;
import static io.dunwise.actions.letter.internal.Letters.request;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dunwise.actions.api.ActionOutcome;
import io.dunwise.actions.api.ActionParameter;
import io.dunwise.actions.api.Template;
import io.dunwise.ledger.api.Amount;
import io.dunwise.ledger.api.CollectionLetter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LetterHandlerTest {

    @TempDir
    Path folder;

    @Test
    void r15OneLetterListingEveryInvoicePostedWithTheLedgersNumberThenPrinted() throws IOException {
        Letters.Ledger ledger = new Letters.Ledger("41", 17, List.of());
        ActionOutcome outcome = handler(folder, "", "").perform(request(SWEDISH, List.of(LEADING, SECOND), ledger)
                .build());
        // the figures of LetterFiguresTest: 2000.50 open + 23.36 interest + 60 fee of level 1
        assertEquals(List.of(new CollectionLetter(0, "C-17", RUN, 1, List.of("I-1001", "I-1002"),
                Amount.of("2083.86", "SEK"), Amount.of("60", "SEK"), Amount.of("23.36", "SEK"), "sv")),
                ledger.attempts);
        Path file = folder.resolve("letter-17-C-17.pdf");
        assertEquals(ActionOutcome.done("letter 17: " + file, List.of("post")), outcome);
        assertTrue(Files.size(file) > 1000, "a PDF was written");
        assertEquals(List.of(file), files());
    }

    @Test
    void r16AnActionHandedOverAgainRewritesTheSameFileAndPostsNoSecondLetter() throws IOException {
        Letters.Ledger ledger = new Letters.Ledger("41", 17, List.of());
        LetterHandler handler = handler(folder, "", "");
        handler.perform(request(SWEDISH, List.of(LEADING, SECOND), ledger).build());
        Path file = folder.resolve("letter-17-C-17.pdf");
        Files.delete(file);
        ActionOutcome again = handler.perform(request(SWEDISH, List.of(LEADING, SECOND), ledger).build());
        assertEquals(ActionOutcome.done("letter 17: " + file, List.of("post")), again);
        assertEquals(1, ledger.posted.size());
        assertEquals(List.of(file), files(), "the same file again, and nothing half-written beside it");
    }

    @Test
    void issue18AFolderThatCannotBeWrittenPostsNothingAndUsesNoNumber() throws IOException {
        Path notAFolder = Files.writeString(folder.resolve("occupied"), "a file where the folder should be");
        Letters.Ledger ledger = new Letters.Ledger("41", 17, List.of());
        ActionOutcome outcome = handler(notAFolder.resolve("letters"), "", "")
                .perform(request(SWEDISH, List.of(LEADING), ledger).build());
        ActionOutcome.RetryLater retry = assertInstanceOf(ActionOutcome.RetryLater.class, outcome);
        assertTrue(retry.reason().startsWith("the letter cannot be written to " + notAFolder.resolve("letters")
                + ", so it is not posted"), retry.reason());
        assertEquals(0, ledger.posted.size(), "R15: no letter in the ledger that was never printed");

        ActionOutcome later = handler(folder, "", "").perform(request(SWEDISH, List.of(LEADING), ledger).build());
        assertEquals(ActionOutcome.done("letter 17: " + folder.resolve("letter-17-C-17.pdf"), List.of("post")),
                later, "R15: the number the failed attempt did not use");
        assertEquals(1, ledger.posted.size());
    }

    @Test
    void issue18AKillBeforeThePostingCommitsLeavesNoSecondPdfWhenTheNumberIsTakenAgain() throws IOException {
        // what earlier crashes left: the partial file of a posting that never committed, and the PDF of a letter
        // whose posting was lost after it was published (its number since given to another letter)
        Files.writeString(folder.resolve(".letter-17-C-99.pdf.part"), "half a letter");
        Files.writeString(folder.resolve("letter-17-C-98.pdf"), "a letter the ledger no longer has");
        Letters.Ledger ledger = new Letters.Ledger("41", 17, List.of());
        ledger.kill = Letters.Ledger.Kill.BEFORE_COMMIT;
        LetterHandler handler = handler(folder, "", "");
        assertThrows(IllegalStateException.class,
                () -> handler.perform(request(SWEDISH, List.of(LEADING), ledger).build()));
        assertEquals(0, ledger.posted.size());
        assertTrue(Files.exists(folder.resolve(".letter-17-C-17.pdf.part")), "printed, not published");
        assertFalse(Files.exists(folder.resolve("letter-17-C-17.pdf")), "no PDF of a letter that is not posted");

        ActionOutcome again = handler.perform(request(SWEDISH, List.of(LEADING), ledger).build());
        assertEquals(ActionOutcome.done("letter 17: " + folder.resolve("letter-17-C-17.pdf"), List.of("post")),
                again, "R15: numbers stay consecutive");
        assertEquals(List.of(folder.resolve("letter-17-C-17.pdf")), files(),
                "one PDF per number, no partial file left");
    }

    @Test
    void issue18AKillAfterThePostingCommitsIsPublishedByTheActionHandedOverAgain() throws IOException {
        Letters.Ledger ledger = new Letters.Ledger("41", 17, List.of());
        ledger.kill = Letters.Ledger.Kill.AFTER_COMMIT;
        LetterHandler handler = handler(folder, "", "");
        assertThrows(IllegalStateException.class,
                () -> handler.perform(request(SWEDISH, List.of(LEADING), ledger).build()));
        assertEquals(1, ledger.posted.size(), "posted and printed together");
        Path partial = folder.resolve(".letter-17-C-17.pdf.part");
        byte[] printed = Files.readAllBytes(partial);

        ActionOutcome again = handler.perform(request(SWEDISH, List.of(LEADING), ledger).build());
        Path file = folder.resolve("letter-17-C-17.pdf");
        assertEquals(ActionOutcome.done("letter 17: " + file, List.of("post")), again);
        assertEquals(List.of(file), files());
        assertArrayEquals(printed, Files.readAllBytes(file), "the file printed in the posting's transaction");
    }

    @Test
    void r29TheLevelFollowsEarlierLettersAboutTheLeadingInvoiceAndDecidesTheFee() {
        Letters.Ledger ledger = new Letters.Ledger("41", 17, List.of(earlier(9, "I-1001", "I-1002"),
                earlier(7, "I-0900")));
        handler(folder, "", "").perform(request(SWEDISH, List.of(LEADING, SECOND), ledger).build());
        CollectionLetter letter = ledger.attempts.get(0);
        assertEquals(2, letter.level());
        // level 2 in SEK: 180; total 2000.50 + 23.36 + 180
        assertEquals(Amount.of("180", "SEK"), letter.fee());
        assertEquals(Amount.of("2203.86", "SEK"), letter.total());
    }

    @Test
    void r29AStepsLevelWinsAndABadOneFailsBeforeAnythingIsPosted() {
        Letters.Ledger ledger = new Letters.Ledger("41", 17, List.of());
        handler(folder, "", "").perform(request(SWEDISH, List.of(LEADING), ledger)
                .parameters(Map.of("level", "2")).build());
        assertEquals(2, ledger.attempts.get(0).level());

        Letters.Ledger untouched = new Letters.Ledger("42", 17, List.of());
        ActionOutcome outcome = handler(folder, "", "").perform(request(SWEDISH, List.of(LEADING), untouched)
                .parameters(Map.of("level", "1.5")).build());
        assertEquals(ActionOutcome.failed("R29: the step's letter level must be a whole number from 1 on, not 1.5"),
                outcome);
        assertEquals(List.of(), untouched.attempts);
    }

    @Test
    void r29AFeeOrInterestNoLedgerAmountHoldsFailsForGoodAndPostsNothing() {
        // issue 18 §3: a fee or interest of 1e20 was refused by the ledger on every run: pending for ever
        Letters.Ledger ledger = new Letters.Ledger("41", 17, List.of());
        Template.Message hugeFee = new Template.Message("Huge", Template.Message.Kind.LETTER, null, null, "en",
                Letters.TEMPLATE.versions(), List.of(new Template.Fee(1, new BigDecimal("1e20"), "SEK")), List.of());
        assertEquals(ActionOutcome.failed("R29: the letter's fee 100000000000000000000 SEK is more than a ledger amount"
                + " holds (15 digits before the point)"), handler(folder, "", "").perform(request(SWEDISH,
                        List.of(LEADING), ledger).template(hugeFee).build()));
        Template.Message hugeRate = new Template.Message("Huge", Template.Message.Kind.LETTER, null, null, "en",
                Letters.TEMPLATE.versions(), List.of(), List.of(new Template.InterestRate(new BigDecimal("1e20"),
                        null)));
        ActionOutcome outcome = handler(folder, "", "").perform(request(SWEDISH, List.of(LEADING), ledger)
                .template(hugeRate).build());
        assertTrue(outcome instanceof ActionOutcome.Failed failed
                && failed.reason().startsWith("R29: the letter's interest "), outcome.toString());
        assertEquals(List.of(), ledger.attempts);
    }

    @Test
    void r29TheLevelIsADeclaredNumberParameterForTheValidator() {
        assertEquals(List.of(ActionParameter.optional("level", ActionParameter.Kind.NUMBER, "")),
                new LetterHandler().parameters().stream()
                        .map(p -> ActionParameter.optional(p.name(), p.kind(), "")).toList());
        assertEquals("letter", new LetterHandler().type());
    }

    @Test
    void r31TheLetterIsWrittenInTheTemplatesVersionForTheCustomersLanguageElseItsDefault() {
        Letters.Ledger swedish = new Letters.Ledger("41", 17, List.of());
        handler(folder, "", "").perform(request(SWEDISH, List.of(LEADING), swedish).build());
        assertEquals("sv", swedish.attempts.get(0).language());

        Letters.Ledger dutch = new Letters.Ledger("42", 18, List.of());
        handler(folder, "", "").perform(request(customer("C-17", "Van Dijk BV", "NL", "nl"), List.of(LEADING),
                dutch).build());
        assertEquals("en", dutch.attempts.get(0).language(), "no Dutch version: the template's default");
    }

    @Test
    void r31WithoutATemplateTheBuiltInLetterWithoutFeeOrInterest() {
        Letters.Ledger ledger = new Letters.Ledger("41", 17, List.of());
        ActionOutcome outcome = handler(folder, "", "").perform(request(customer("C-17", "Müller GmbH", "DE", "de"),
                List.of(LEADING), ledger).template(null).build());
        assertInstanceOf(ActionOutcome.Done.class, outcome);
        assertEquals(new CollectionLetter(0, "C-17", RUN, 1, List.of("I-1001"), Amount.of("1200.50", "SEK"), null,
                null, "de"), ledger.attempts.get(0));
    }

    @Test
    void aStepNamingAnotherKindOfTemplateFailsAndPostsNothing() {
        Letters.Ledger ledger = new Letters.Ledger("41", 17, List.of());
        ActionOutcome outcome = handler(folder, "", "").perform(request(SWEDISH, List.of(LEADING), ledger)
                .template(new Template.Activity("Call", "call", "", 1, "")).build());
        assertInstanceOf(ActionOutcome.Failed.class, outcome);
        assertEquals(List.of(), ledger.attempts);
    }

    @Test
    void r15ANameTheFontCannotShowOrTooLongForALineIsPrintedAllTheSame() {
        Letters.Ledger ledger = new Letters.Ledger("41", 17, List.of());
        ActionOutcome outcome = handler(folder, "Nordlys Kundreskontra och Inkasso i Norrland och Svealand AB", "")
                .perform(request(customer("C-17", "北京贸易有限公司 — Beijing Trading Company Limited, Nordic Branch,"
                        + " Accounts Payable Department, Attention: Ms Wang Fang, Building 7, Floor 12", "CN", "zh"),
                        List.of(LEADING), ledger).build());
        assertEquals(ActionOutcome.done("letter 17: " + folder.resolve("letter-17-C-17.pdf"), List.of("post")),
                outcome);
    }

    @Test
    void r15ALetterToACustomerWithoutAnAddressFailsWithNoAddressAndNeitherPostsNorPrints() throws IOException {
        Letters.Ledger ledger = new Letters.Ledger("41", 17, List.of());
        ActionOutcome outcome = handler(folder, "", "").perform(request(customer("C-17", "Okänd AB", "SE", "sv")
                .withAddress(null), List.of(LEADING, SECOND), ledger).build());
        // issue 18 §4: failed, not undeliverable: a letter is the last channel, R30 has nothing to fall back to
        ActionOutcome.Failed failed = assertInstanceOf(ActionOutcome.Failed.class, outcome);
        assertTrue(failed.reason().startsWith("no-address: customer C-17 has no postal address"), failed.reason());
        assertEquals(List.of(), ledger.attempts, "no letter number is used");
        assertEquals(List.of(), files());
    }

    @Test
    void issue18Section3ALetterWithA2000CharacterWordTakesAboutAsLongAsAnyOther() {
        LetterHandler handler = handler(folder, "", "");
        Template.Message shortWords = body("Please pay {{invoices.total}}.");
        Template.Message longWord = body("x".repeat(2000) + " {{invoices.total}}");
        // before the fix each line of the word measured it some 2,000 times: 54 s for 30 letters, some 30 times
        // as long as ordinary ones. Compared with ordinary letters printed just before, so that a busy machine
        // slows both alike
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            print(handler, shortWords, 0, 5);
            long ordinary = print(handler, shortWords, 100, 30);
            long withLongWord = print(handler, longWord, 200, 30);
            assertTrue(withLongWord < 3 * ordinary + 2_000_000_000L, "30 letters with a 2,000-character word took "
                    + withLongWord / 1_000_000 + " ms, 30 ordinary ones " + ordinary / 1_000_000 + " ms");
        });
    }

    private static Template.Message body(String body) {
        return new Template.Message("CollectionLetter", Template.Message.Kind.LETTER, null, null, "en",
                List.of(new Template.Version("en", "Reminder", body)), List.of(), List.of());
    }

    /** Prints {@code count} letters from {@code template}, numbered from {@code first}; returns the nanoseconds. */
    private static long print(LetterHandler handler, Template.Message template, int first, int count) {
        long start = System.nanoTime();
        for (int i = first; i < first + count; i++) {
            ActionOutcome outcome = handler.perform(request(SWEDISH, List.of(LEADING), new Letters.Ledger("a" + i, i,
                    List.of())).template(template).build());
            assertInstanceOf(ActionOutcome.Done.class, outcome);
        }
        return System.nanoTime() - start;
    }

    @Test
    void r15TheFileNameIsSafeWhateverTheCustomerId() {
        assertEquals(folder.resolve("letter-5-A_B_C.pdf"), new LetterFiles(folder).file(5, "A/B C"));
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
