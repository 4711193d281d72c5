package io.dunwise.actions.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dunwise.actions.api.ActionRequest;
import io.dunwise.ledger.api.Agent;
import io.dunwise.ledger.api.Amount;
import io.dunwise.ledger.api.Customer;
import io.dunwise.ledger.api.Invoice;
import io.dunwise.ledger.api.InvoiceStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateValuesTest {

    private static final LocalDate RUN = LocalDate.of(2026, 11, 23);
    private static final Customer EVIL = new Customer("C1", "<b>Smith & \"Sons\"</b>", "CORP", "SE", "SEK", "sv",
            null, null, false, Map.of());
    private static final Invoice LEADING = new Invoice("I<1>", "C1", LocalDate.of(2026, 9, 1),
            LocalDate.of(2026, 10, 1), Amount.of("1200.50", "SEK"), Amount.of("1200.50", "SEK"), InvoiceStatus.OPEN);
    private static final Invoice OTHER = new Invoice("I2", "C1", LocalDate.of(2026, 10, 1),
            LocalDate.of(2026, 11, 30), Amount.of("80", "EUR"), Amount.of("50", "EUR"), InvoiceStatus.OPEN);

    private static ActionRequest request(Agent agent) {
        return ActionRequest.builder("7", RUN, "email", EVIL).step("Corporate", "Reminder")
                .invoices(List.of(LEADING), List.of(LEADING, OTHER)).agent(agent).company("Nordlys & Co").build();
    }

    @Test
    void r14EveryValueInsertedIntoHtmlIsEscapedAndOnlyTheTableIsRaw() {
        Map<String, Object> values = TemplateValues.of(request(null), Locale.forLanguageTag("en-GB"))
                .to("Anna <Berg>", "anna@x.example").html();
        String body = TemplateText.html("<p>Dear {{contact.name}}, {{customer.name}} owes {{invoice.openAmount}} on"
                + " {{invoice.id}}.</p>{{{invoices.table}}}<p>{{company.name}}</p>", values);
        assertTrue(body.contains("Dear Anna &lt;Berg&gt;,"), body);
        assertTrue(body.contains("&lt;b&gt;Smith &amp; &quot;Sons&quot;&lt;/b&gt; owes SEK1,200.50 on I&lt;1&gt;"),
                body);
        assertTrue(body.contains("<table"), "the table is inserted as HTML");
        assertTrue(body.contains(">I&lt;1&gt;</td>"), "and its cells are escaped: " + body);
        assertFalse(body.contains("<b>"), body);
        assertTrue(body.endsWith("<p>Nordlys &amp; Co</p>"), body);
    }

    @Test
    void r14ASubjectIsPlainTextAndNotEscaped() {
        Map<String, Object> values = TemplateValues.of(request(null), Locale.ENGLISH).plain();
        assertEquals("Invoice I<1> of <b>Smith & \"Sons\"</b>",
                TemplateText.plain("Invoice {{invoice.id}} of {{customer.name}}", values));
    }

    @Test
    void r31DatesAndAmountsAreWrittenInTheReadersLocale() {
        String text = "{{invoice.dueDate}} {{invoice.openAmount}} {{invoice.daysOverdue}} {{run.date}}";
        assertEquals("1 okt. 2026 1\u00a0200,50\u00a0kr 53 23 nov. 2026", TemplateText.plain(text,
                TemplateValues.of(request(null), Locale.forLanguageTag("sv-SE")).plain()));
        assertEquals("1 Oct 2026 SEK1,200.50 53 23 Nov 2026", TemplateText.plain(text,
                TemplateValues.of(request(null), Locale.forLanguageTag("en-GB")).plain()));
    }

    @Test
    void r14TotalsKeepCurrenciesApartAndTheTableSpeaksTheLanguage() {
        Map<String, Object> values = TemplateValues.of(request(null), Locale.forLanguageTag("sv-SE")).plain();
        assertEquals("50,00\u00a0€ + 1\u00a0200,50\u00a0kr 2",
                TemplateText.plain("{{invoices.total}} {{invoices.count}}", values));
        String table = TemplateText.plain("{{invoices.table}}", values);
        assertTrue(table.startsWith("Faktura"), table);
        assertEquals(3, table.lines().count(), table);
        assertTrue(TemplateText.html("{{{invoices.table}}}",
                TemplateValues.of(request(null), Locale.GERMANY).html()).contains(">Rechnung</th>"));
        assertTrue(TemplateText.html("{{{invoices.table}}}",
                TemplateValues.of(request(null), Locale.JAPAN).html()).contains(">Invoice</th>"),
                "a language without words gets English, whatever the machine's language");
    }

    @Test
    void issue18Section4InALetterTheInvoicesAreThoseItListsAndTheTotalIsWhatItAsksToBePaid() {
        // the letter lists LEADING only (OTHER is not overdue); it asks for 1200.50 + 18.30 interest + 60 fee
        Map<String, Object> values = TemplateValues.of(request(null), Locale.forLanguageTag("sv-SE"))
                .listing(List.of(LEADING), List.of(Amount.of("1278.80", "SEK"))).plain();
        assertEquals("1\u00a0278,80\u00a0kr 1", TemplateText.plain("{{invoices.total}} {{invoices.count}}", values));
        String table = TemplateText.plain("{{invoices.table}}", values);
        assertEquals(2, table.lines().count(), "the heading and the one listed invoice: " + table);
        assertFalse(table.contains("I2"), table);
        assertEquals("50,00\u00a0€ + 1\u00a0200,50\u00a0kr", TemplateText.plain("{{customer.balance}}", values),
                "the balance is still every open invoice");
    }

    @Test
    void issue18Section4InAnEmailTheTotalAndCountAreThoseOfTheTableItShows() {
        Map<String, Object> values = TemplateValues.of(request(null), Locale.forLanguageTag("sv-SE")).plain();
        String table = TemplateText.plain("{{invoices.table}}", values);
        assertEquals(Integer.parseInt(TemplateText.plain("{{invoices.count}}", values)), table.lines().count() - 1);
        assertTrue(table.contains("1\u00a0200,50\u00a0kr") && table.contains("50,00\u00a0€"), table);
        assertEquals("50,00\u00a0€ + 1\u00a0200,50\u00a0kr", TemplateText.plain("{{invoices.total}}", values));
    }

    @Test
    void r13TheAgentIsFilledInAndEmptyWhenThePoolHasNone() {
        String text = "{{agent.name}}|{{agent.email}}";
        assertEquals("Anna Agent|anna@ar.example", TemplateText.plain(text, TemplateValues.of(
                request(new Agent("ANNA", "Anna Agent", "anna@ar.example", "North")), Locale.ENGLISH).plain()));
        assertEquals("|", TemplateText.plain(text, TemplateValues.of(request(null), Locale.ENGLISH).plain()));
    }

    @Test
    void r29LetterValuesAreLocalised() {
        Map<String, Object> values = TemplateValues.of(request(null), Locale.forLanguageTag("sv-SE"))
                .letter(17, 2, Amount.of("60", "SEK"), Amount.of("12.345", "SEK")).plain();
        assertEquals("17 2 60,00\u00a0kr 12,35\u00a0kr",
                TemplateText.plain("{{letter.number}} {{letter.level}} {{letter.fee}} {{letter.interest}}", values));
    }

    @Test
    void aBrokenTemplateIsAClearError() {
        TemplateText.TemplateException error = assertThrows(TemplateText.TemplateException.class,
                () -> TemplateText.plain("{{#customer}} never closed", Map.of()));
        assertTrue(error.getMessage().startsWith("the template text cannot be filled in"), error.getMessage());
    }
}
