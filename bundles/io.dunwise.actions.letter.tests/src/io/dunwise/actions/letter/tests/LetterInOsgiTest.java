package io.dunwise.actions.letter.tests;

import static io.dunwise.actions.letter.tests.LetterFixtures.LEADING;
import static io.dunwise.actions.letter.tests.LetterFixtures.SECOND;
import static io.dunwise.actions.letter.tests.LetterFixtures.SWEDISH;
import static io.dunwise.actions.letter.tests.LetterFixtures.customer;
import static io.dunwise.actions.letter.tests.LetterFixtures.invoice;
import static io.dunwise.actions.letter.tests.LetterFixtures.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dunwise.actions.api.ActionHandler;
import io.dunwise.actions.api.ActionOutcome;
import io.dunwise.actions.api.ActionParameter;
import io.dunwise.actions.api.ActionRequest;
import io.dunwise.actions.api.Template;
import io.dunwise.ledger.api.Contact;
import io.dunwise.ledger.api.PostalAddress;
import io.dunwise.ledger.api.Invoice;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Objects;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.junit5.context.BundleContextExtension;

/**
 * The letter handler as a product runs it: the {@code letter} handler service that Declarative Services registers,
 * configured through Configuration Admin (PID {@code io.dunwise.actions.letter}), printing letters that are read back
 * as a reader would — the PDF's text, and page images kept in {@code target/letters/} for a person to look at.
 */
@ExtendWith(BundleContextExtension.class)
class LetterInOsgiTest {

    private static final String PID = "io.dunwise.actions.letter";
    private static final String HANDLER = "io.dunwise.actions.letter.internal.LetterHandler";
    private static final float DPI = 100;
    /** tycho-surefire runs the tests in the bundle's folder. */
    private static final Path REPORT = Path.of("target", "letters").toAbsolutePath();

    @InjectBundleContext
    BundleContext context;

    private Configuration configuration;

    @BeforeEach
    void configurationAdmin() throws BundleException, IOException {
        // the product starts Configuration Admin at level 2; the test framework starts only what it is told to
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getSymbolicName().equals("org.apache.felix.configadmin") && bundle.getState() != Bundle.ACTIVE) {
                bundle.start();
            }
        }
        Files.createDirectories(REPORT);
    }

    @AfterEach
    void unconfigure() throws IOException, InterruptedException {
        if (configuration != null) {
            configuration.delete();
            awaitFolder("letters");
        }
    }

    @Test
    void theLetterHandlerIsAServiceOfTypeLetterWithItsLevelParameterAndDefaultFolder() throws InterruptedException {
        ActionHandler handler = awaitFolder("letters");
        assertEquals("letter", handler.type());
        assertEquals(List.of(new ActionParameter("level", ActionParameter.Kind.NUMBER, false, "")),
                handler.parameters().stream().map(p -> new ActionParameter(p.name(), p.kind(), p.required(), ""))
                        .toList());
    }

    @Test
    void r15r29r31ASwedishLetterReadsBackWithItsNumberInvoicesAndAmountsInSwedish() throws Exception {
        ActionHandler handler = configure(REPORT, "Nordlys Kundreskontra", "Box 123\\n111 22 Stockholm");
        LetterFixtures.PostedLetters ledger = new LetterFixtures.PostedLetters(17);
        ActionOutcome outcome = handler.perform(request("41", SWEDISH, List.of(LEADING, SECOND), ledger).build());
        Path pdf = REPORT.resolve("letter-17-C-17.pdf");
        assertEquals(ActionOutcome.done("letter 17: " + pdf, List.of("post")), outcome);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, document.getNumberOfPages());
            // R29 by hand: interest 1200.50 × 10.5 % × 53 / 365 = 18.30 and 800.00 × 10.5 % × 22 / 365 = 5.06,
            // 23.36 in all; fee of level 1 in SEK 60; total 2000.50 + 23.36 + 60 = 2083.86.
            // sv-SE groups thousands and sets "kr" apart with no-break spaces: compared here as spaces
            String text = spaces(new PDFTextStripper().getText(document));
            for (String expected : List.of("Nordlys Kundreskontra\nBox 123\n111 22 Stockholm",
                    "Brev nr 17 (nivå 1)", "Datum 23 nov. 2026", "Åkerlund & Söner AB", "Kundnummer C-17",
                    "Påminnelse nr 1: förfallna fakturor",
                    "Bästa Åkerlund & Söner AB, fakturorna nedan är förfallna. En avgift på 60,00 kr och ränta på",
                    "23,36 kr\nhar lagts till.", "Med vänliga hälsningar\nNordlys Inkasso AB",
                    "Faktura Fakturadatum Förfallodag Belopp Att betala Dagar försenad Ränta",
                    "I-1001 1 sep. 2026 1 okt. 2026 1 200,50 kr 1 200,50 kr 53 18,30 kr",
                    "I-1002 2 okt. 2026 1 nov. 2026 1 000,00 kr 800,00 kr 22 5,06 kr",
                    "Obetalt belopp 2 000,50 kr", "Dröjsmålsränta 10,50 % per år 23,36 kr",
                    "Påminnelseavgift 60,00 kr", "Totalt att betala 2 083,86 kr", "Brev nr 17 · sida 1 av 1")) {
                assertTrue(text.contains(expected), "missing \"" + expected + "\" in:\n" + text);
            }
            BufferedImage page = page(document, 0, "letter-17-sv-SE-page-1.png");
            // the table region, from its heading down past the two invoices, is well inked
            int top = pixels(yOf(document, "Fakturadatum")) - 15;
            int dark = darkPixels(page, top, top + 55);
            assertTrue(dark > 1_500, "the table region has text: " + dark + " dark pixels");
            int all = darkPixels(page, 0, page.getHeight());
            assertTrue(all < page.getWidth() * page.getHeight() / 10, "the page is mostly paper: " + all);
        }
    }

    @Test
    void r15SixtyInvoicesBreakOverPagesWithTheTableHeadingOnEach() throws Exception {
        ActionHandler handler = configure(REPORT, "", "");
        List<Invoice> invoices = new ArrayList<>();
        LocalDate due = LocalDate.of(2026, 6, 1);
        for (int i = 1; i <= 60; i++) {
            String amount = (1000 + i * 37) + ".25";
            invoices.add(invoice(String.format("INV-%04d", i), due.minusDays(30).toString(), due.toString(), amount,
                    amount));
            due = due.plusDays(2);
        }
        handler.perform(request("43", SWEDISH, invoices, new LetterFixtures.PostedLetters(18)).build());
        try (PDDocument document = Loader.loadPDF(REPORT.resolve("letter-18-C-17.pdf").toFile())) {
            int pages = document.getNumberOfPages();
            assertTrue(pages >= 2, pages + " pages");
            String all = new PDFTextStripper().getText(document);
            for (Invoice invoice : invoices) {
                assertEquals(1, count(all, invoice.id() + " "), invoice.id() + " is listed once");
            }
            for (int p = 1; p <= pages; p++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String text = stripper.getText(document);
                assertTrue(text.contains("Faktura Fakturadatum Förfallodag"), "page " + p + " has the heading");
                assertTrue(text.contains("Brev nr 18 · sida " + p + " av " + pages), "page " + p + ": " + text);
                assertEquals(p == pages, text.contains("Totalt att betala"), "the totals end the letter");
                page(document, p - 1, "letter-18-sixty-invoices-page-" + p + ".png");
            }
        }
    }

    @Test
    void r15TheReturnLineAndTheAddressAreWhereAFormBWindowEnvelopeShowsThemAndNothingElseIs() throws Exception {
        ActionHandler handler = configure(REPORT, "Nordlys Kundreskontra", "Box 123\\n111 22 Stockholm");
        Contact accounts = new Contact("C-17", 1, "Cecilia Holm", null, "sv", List.of("Collections"), false, false,
                false, new PostalAddress("Ekonomiavdelningen\nBox 512", "971 05", "Luleå", "Sverige"));
        handler.perform(request("47", SWEDISH, List.of(LEADING, SECOND), new LetterFixtures.PostedLetters(24))
                .contacts(List.of(accounts)).build());
        try (PDDocument document = Loader.loadPDF(REPORT.resolve("letter-24-C-17.pdf").toFile())) {
            // DIN 5008 form B: the address field 20 mm from the left and 45 mm from the top, 85 × 45 mm; its first
            // 17.7 mm hold the return line and notes, the last 27.3 mm the address
            String notes = textIn(document, millimetres(20, 45, 85, 17.7f));
            String address = textIn(document, millimetres(20, 62.7f, 85, 27.3f));
            assertEquals("Nordlys Kundreskontra, Box 123, 111 22 Stockholm", notes);
            assertEquals("Åkerlund & Söner AB\nCecilia Holm\nEkonomiavdelningen\nBox 512\n971 05 Luleå\nSVERIGE",
                    address);
            assertEquals(notes + "\n" + address, textIn(document, millimetres(20, 45, 85, 45)),
                    "nothing else shows in the window");
            page(document, 0, "letter-24-window-envelope-page-1.png");
        }
    }

    @Test
    void issue18Section4TheBodyAsksForTheTotalTheTableAddsUpToWithFeeAndInterest() throws Exception {
        ActionHandler handler = configure(REPORT, "", "");
        Template.Message asking = new Template.Message("CollectionLetter", Template.Message.Kind.LETTER, null, null,
                "sv", List.of(new Template.Version("sv", "Påminnelse",
                        "Betala {{invoices.total}} för {{invoices.count}} fakturor.\n\n{{invoices.table}}")),
                LetterFixtures.TEMPLATE.fees(), LetterFixtures.TEMPLATE.interestRates());
        // the customer also owes an invoice that is not due yet: the letter neither lists it nor asks for it
        Invoice notDue = LetterFixtures.invoice("I-1009", "2026-11-10", "2026-12-10", "162.66", "162.66");
        handler.perform(ActionRequest.builder("48", LetterFixtures.RUN, "letter", SWEDISH)
                .step("Public", "First letter").invoices(List.of(LEADING, SECOND), List.of(LEADING, SECOND, notDue))
                .template(asking).company("Nordlys Inkasso AB").records(new LetterFixtures.PostedLetters(25)).build());
        try (PDDocument document = Loader.loadPDF(REPORT.resolve("letter-25-C-17.pdf").toFile())) {
            String text = spaces(new PDFTextStripper().getText(document));
            // 2000.50 open + 23.36 interest + 60 fee, as in the Swedish letter above
            assertTrue(text.contains("Betala 2 083,86 kr för 2 fakturor."), text);
            assertTrue(text.contains("Totalt att betala 2 083,86 kr"), text);
            assertFalse(text.contains("I-1009"), "the invoice not due is in no table: " + text);
        }
    }

    /** The text of page 1 inside {@code region}, lines separated by {@code \\n}. */
    private static String textIn(PDDocument document, Rectangle2D region) throws IOException {
        PDFTextStripperByArea area = new PDFTextStripperByArea();
        area.setSortByPosition(true);
        area.addRegion("region", region);
        area.extractRegions(document.getPage(0));
        return area.getTextForRegion("region").strip().replace("\r\n", "\n");
    }

    /** A region of a page given in millimetres from its top left corner, as PDFTextStripperByArea takes it. */
    private static Rectangle2D millimetres(float left, float top, float width, float height) {
        float mm = 72f / 25.4f;
        return new Rectangle2D.Float(left * mm, top * mm, width * mm, height * mm);
    }

    @Test
    void r31WithoutATemplateTheBuiltInLetterInTheCustomersLanguageSignedByTheCompany() throws Exception {
        ActionHandler handler = configure(REPORT, "", "");
        handler.perform(request("44", customer("C-21", "Müller & Söhne GmbH", "DE", "de"), List.of(LEADING),
                new LetterFixtures.PostedLetters(21)).template(null).build());
        try (PDDocument document = Loader.loadPDF(REPORT.resolve("letter-21-C-21.pdf").toFile())) {
            String text = spaces(new PDFTextStripper().getText(document));
            for (String expected : List.of("Nordlys Inkasso AB\n", "Schreiben Nr. 21 (Stufe 1)",
                    "Zahlungserinnerung Nr. 1: überfällige Rechnungen", "Müller & Söhne GmbH", "Kundennummer C-21",
                    "Rechnung Rechnungsdatum Fällig am Betrag Offen Tage überfällig",
                    "I-1001 01.09.2026 01.10.2026 1.200,50 SEK 1.200,50 SEK 53", "Zu zahlen 1.200,50 SEK",
                    "Mit freundlichen Grüßen\nNordlys Inkasso AB")) {
                assertTrue(text.contains(expected), "missing \"" + expected + "\" in:\n" + text);
            }
            assertTrue(!text.contains("Zinsen") && !text.contains("Mahngebühr") && !text.contains("Offener Betrag"),
                    "no interest or fee, so the total alone: " + text);
            page(document, 0, "letter-21-built-in-de-DE-page-1.png");
        }
    }

    @Test
    void r31ACustomerWithoutAVersionInItsLanguageGetsTheTemplatesDefault() throws Exception {
        ActionHandler handler = configure(REPORT, "", "");
        handler.perform(request("45", customer("C-22", "Van Dijk BV", "NL", "nl"), List.of(LEADING),
                new LetterFixtures.PostedLetters(22)).build());
        try (PDDocument document = Loader.loadPDF(REPORT.resolve("letter-22-C-22.pdf").toFile())) {
            String text = spaces(new PDFTextStripper().getText(document));
            // the English version, but dates and amounts as English is written in the Netherlands (decimal comma);
            // 8 % for all countries but Sweden: 1200.50 × 8 % × 53 / 365 = 13.945… → 13.95; fee 60
            for (String expected : List.of("Letter no. 22 (level 1)", "Date 23 Nov 2026", "Customer no. C-22",
                    "Reminder no. 1: overdue invoices", "I-1001 1 Sept 2026 1 Oct 2026 SEK 1.200,50 SEK 1.200,50 53 SEK 13,95",
                    "Interest at 8,00 % a year SEK 13,95", "Fee SEK 60,00", "Total to pay SEK 1.274,45")) {
                assertTrue(text.contains(expected), "missing \"" + expected + "\" in:\n" + text);
            }
        }
    }

    @Test
    void r29InvoicesInAnotherCurrencyAreListedAndTotalledApartWithoutTheFee() throws Exception {
        ActionHandler handler = configure(REPORT, "", "");
        // EUR 400.00, 30 days at 10.5 %: 126000 / 36500 = 3.452… → 3.45 €; the SEK figures as in the Swedish letter
        Invoice euros = LetterFixtures.invoice("I-1003", "2026-09-24", "2026-10-24", "400.00", "400.00", "EUR");
        handler.perform(request("46", SWEDISH, List.of(LEADING, euros, SECOND), new LetterFixtures.PostedLetters(23))
                .build());
        try (PDDocument document = Loader.loadPDF(REPORT.resolve("letter-23-C-17.pdf").toFile())) {
            String text = spaces(new PDFTextStripper().getText(document));
            for (String expected : List.of("I-1003 24 sep. 2026 24 okt. 2026 400,00 € 400,00 € 30 3,45 €",
                    "Obetalt belopp 2 000,50 kr\nDröjsmålsränta 10,50 % per år 23,36 kr\nPåminnelseavgift 60,00 kr\n"
                            + "Totalt att betala 2 083,86 kr",
                    "Obetalt belopp 400,00 €\nDröjsmålsränta 10,50 % per år 3,45 €\nTotalt att betala 403,45 €")) {
                assertTrue(text.contains(expected), "missing \"" + expected + "\" in:\n" + text);
            }
            page(document, 0, "letter-23-two-currencies-page-1.png");
        }
    }

    /** Configures the handler's PID and waits until the handler has the configuration. */
    private ActionHandler configure(Path folder, String senderName, String senderAddress)
            throws IOException, InterruptedException {
        ConfigurationAdmin admin = context.getService(context.getServiceReference(ConfigurationAdmin.class));
        configuration = admin.getConfiguration(PID, "?");
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("folder", folder.toString());
        properties.put("sender.name", senderName);
        properties.put("sender.address", senderAddress);
        configuration.update(properties);
        return awaitFolder(folder.toString());
    }

    /**
     * The letter handler once its service carries {@code folder}: Declarative Services hands a configuration over
     * on a thread of its own.
     */
    private ActionHandler awaitFolder(String folder) throws InterruptedException {
        long until = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < until) {
            for (ServiceReference<ActionHandler> reference : letterHandlers()) {
                if (Objects.equals(folder, reference.getProperty("folder"))) {
                    return context.getService(reference);
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the letter handler did not get folder " + folder + "; its services: "
                + letterHandlers().stream().map(r -> r.getProperty("folder")).toList());
    }

    private List<ServiceReference<ActionHandler>> letterHandlers() {
        try {
            return List.copyOf(context.getServiceReferences(ActionHandler.class, "(component.name=" + HANDLER + ")"));
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BufferedImage page(PDDocument document, int index, String name) throws IOException {
        BufferedImage image = new PDFRenderer(document).renderImageWithDPI(index, DPI, ImageType.RGB);
        ImageIO.write(image, "png", REPORT.resolve(name).toFile());
        return image;
    }

    /** Pixels darker than mid-grey in the rows {@code from} to {@code to}. */
    private static int darkPixels(BufferedImage image, int from, int to) {
        int dark = 0;
        for (int y = Math.max(0, from); y < Math.min(image.getHeight(), to); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int luminance = (((rgb >> 16) & 0xff) * 3 + ((rgb >> 8) & 0xff) * 6 + (rgb & 0xff)) / 10;
                if (luminance < 128) {
                    dark++;
                }
            }
        }
        return dark;
    }

    /** The distance from the top of page 1 to the first occurrence of {@code word}, in points. */
    private static float yOf(PDDocument document, String word) throws IOException {
        float[] found = {-1};
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException {
                int at = text.indexOf(word);
                if (found[0] < 0 && at >= 0 && at < positions.size()) {
                    found[0] = positions.get(at).getYDirAdj();
                }
                super.writeString(text, positions);
            }
        };
        stripper.setEndPage(1);
        stripper.getText(document);
        assertTrue(found[0] > 0, word + " is on page 1");
        return found[0];
    }

    private static int pixels(float points) {
        return Math.round(points * DPI / 72);
    }

    private static String spaces(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
