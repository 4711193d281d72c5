package io.dunwise.actions.letter.internal;

import static io.dunwise.actions.letter.internal.Letters.LEADING;
import static io.dunwise.actions.letter.internal.Letters.RUN;
import static io.dunwise.actions.letter.internal.Letters.SECOND;
import static io.dunwise.actions.letter.internal.Letters.TEMPLATE;
import static io.dunwise.actions.letter.internal.Letters.earlier;
import static io.dunwise.actions.letter.internal.Letters.invoice;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dunwise.ledger.api.Amount;
import io.dunwise.ledger.api.Invoice;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The money of a letter (R29), worked by hand in the comments and checked to the cent. */
class LetterFiguresTest {

    private static final Optional<BigDecimal> SWEDISH_RATE = TEMPLATE.interestRate("SE");

    @Test
    void r29InterestPerInvoiceRoundedToTheCentThenSummed() {
        // I-1001: 1200.50 × 10.5 / 100 × 53 / 365 = 668078.25 / 36500 = 18.3035… → 18.30 SEK
        // I-1002:  800.00 × 10.5 / 100 × 22 / 365 = 184800.00 / 36500 =  5.0630… →  5.06 SEK
        // interest 23.36; open 1200.50 + 800.00 = 2000.50; fee of level 1 in SEK 60; total 2083.86 SEK
        LetterFigures figures = LetterFigures.of(List.of(LEADING, SECOND), RUN, SWEDISH_RATE,
                TEMPLATE.fee(1, "SEK"));
        assertEquals(List.of(Optional.of(Amount.of("18.30", "SEK")), Optional.of(Amount.of("5.06", "SEK"))),
                figures.lines().stream().map(LetterFigures.Line::interest).toList());
        assertEquals(List.of(53L, 22L), figures.lines().stream().map(LetterFigures.Line::daysOverdue).toList());
        assertEquals(new LetterFigures.CurrencyTotal("SEK", Amount.of("2000.50", "SEK"),
                Optional.of(Amount.of("23.36", "SEK")), Optional.of(Amount.of("60", "SEK")),
                Amount.of("2083.86", "SEK")), figures.letterTotal());
    }

    @Test
    void r29RoundsHalfUpNotToEven() {
        // 36.50 × 1 / 100 × 5 / 365 = 182.50 / 36500 = 0.005 exactly → 0.01 (half-even would give 0.00)
        Invoice invoice = invoice("E1", "2026-10-19", "2026-11-18", "36.50", "36.50", "EUR");
        assertEquals(Amount.of("0.01", "EUR"), LateInterest.of(invoice, BigDecimal.ONE, RUN));
    }

    @Test
    void r29InterestInTheCurrencysMinorUnit() {
        // yen have no minor unit: 10000 × 8 / 100 × 30 / 365 = 2400000 / 36500 = 65.75… → 66 JPY
        Invoice yen = invoice("J1", "2026-09-24", "2026-10-24", "10000", "10000", "JPY");
        assertEquals(Amount.of("66", "JPY"), LateInterest.of(yen, new BigDecimal("8"), RUN));
        // dinars have three: 1000.000 × 8 / 100 × 30 / 365 = 240000 / 36500 = 6.575342… → 6.575 KWD
        Invoice dinar = invoice("K1", "2026-09-24", "2026-10-24", "1000.000", "1000.000", "KWD");
        assertEquals(Amount.of("6.575", "KWD"), LateInterest.of(dinar, new BigDecimal("8"), RUN));
    }

    @Test
    void r29NoInterestOnAnInvoiceNotYetDueAndNoneWithoutARate() {
        Invoice notDue = invoice("N1", "2026-11-01", "2026-12-01", "500", "500", "SEK");
        assertEquals(Amount.of("0.00", "SEK"), LateInterest.of(notDue, new BigDecimal("10.5"), RUN));
        LetterFigures noRate = LetterFigures.of(List.of(LEADING), RUN, Optional.empty(), Optional.empty());
        assertEquals(Optional.empty(), noRate.lines().get(0).interest());
        assertEquals(null, noRate.interestOrNull());
        assertEquals(null, noRate.feeOrNull());
        assertEquals(Amount.of("1200.50", "SEK"), noRate.letterTotal().total());
    }

    @Test
    void r29InvoicesInAnotherCurrencyGetTheirOwnTotalWithInterestAndNoFee() {
        // EUR 400.00, 30 days: 400 × 10.5 / 100 × 30 / 365 = 126000 / 36500 = 3.4520… → 3.45 EUR; total 403.45 EUR
        // the SEK figures are those of the SEK invoices alone, with the fee (the leading invoice's currency)
        Invoice euros = invoice("I-1003", "2026-09-24", "2026-10-24", "400.00", "400.00", "EUR");
        LetterFigures figures = LetterFigures.of(List.of(LEADING, euros, SECOND), RUN, SWEDISH_RATE,
                TEMPLATE.fee(1, "SEK"));
        assertEquals("SEK", figures.currency());
        assertEquals(List.of(new LetterFigures.CurrencyTotal("SEK", Amount.of("2000.50", "SEK"),
                Optional.of(Amount.of("23.36", "SEK")), Optional.of(Amount.of("60", "SEK")),
                Amount.of("2083.86", "SEK")),
                new LetterFigures.CurrencyTotal("EUR", Amount.of("400.00", "EUR"),
                        Optional.of(Amount.of("3.45", "EUR")), Optional.empty(), Amount.of("403.45", "EUR"))),
                figures.totals());
        assertEquals(Amount.of("23.36", "SEK"), figures.interestOrNull());
    }

    @Test
    void r29FeePerLevelAndCurrency() {
        assertEquals(Optional.of(new BigDecimal("60")), TEMPLATE.fee(1, "SEK"));
        assertEquals(Optional.of(new BigDecimal("180")), TEMPLATE.fee(2, "SEK"));
        assertEquals(Optional.of(new BigDecimal("5")), TEMPLATE.fee(1, "EUR"));
        assertEquals(Optional.empty(), TEMPLATE.fee(2, "EUR"), "no fee set for a level: none is charged");
        // the fee is in the letter's currency, the leading invoice's
        Invoice euros = invoice("E1", "2026-09-24", "2026-10-24", "400.00", "400.00", "EUR");
        assertEquals(Amount.of("5", "EUR"), LetterFigures.of(List.of(euros, LEADING), RUN, Optional.empty(),
                TEMPLATE.fee(1, "EUR")).feeOrNull());
        // the rate is the customer's country's, else the one for all others
        assertEquals(Optional.of(new BigDecimal("10.5")), TEMPLATE.interestRate("SE"));
        assertEquals(Optional.of(new BigDecimal("8.0")), TEMPLATE.interestRate("DE"));
    }

    @Test
    void r29LevelIsOneMoreThanTheEarlierLettersAboutTheLeadingInvoice() {
        List<io.dunwise.ledger.api.CollectionLetter> earlier = List.of(earlier(9, "I-1001", "I-1002"),
                earlier(7, "I-0900"), earlier(5, "I-1001"));
        assertEquals(3, LetterLevel.of(Optional.empty(), "I-1001", earlier));
        assertEquals(2, LetterLevel.of(Optional.empty(), "I-1002", earlier), "listed once, not leading: counts");
        assertEquals(1, LetterLevel.of(Optional.empty(), "I-2000", earlier), "a new leading invoice starts at 1");
        assertEquals(1, LetterLevel.of(Optional.empty(), "I-1001", List.of()));
    }

    @Test
    void r29TheStepsLevelWinsAndMustBeAWholeNumberFromOne() {
        assertEquals(2, LetterLevel.of(Optional.of("2"), "I-1001", List.of()));
        assertEquals(3, LetterLevel.of(Optional.of("3.0"), "I-1001", List.of(earlier(9, "I-1001"))));
        for (String bad : List.of("0", "-1", "2.5", "two")) {
            IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                    () -> LetterLevel.of(Optional.of(bad), "I-1001", List.of()));
            assertEquals("R29: the step's letter level must be a whole number from 1 on, not " + bad,
                    error.getMessage());
        }
    }
}
