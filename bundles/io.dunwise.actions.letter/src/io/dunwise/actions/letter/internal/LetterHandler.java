package io.dunwise.actions.letter.internal;

import io.dunwise.actions.api.ActionHandler;
import io.dunwise.actions.api.ActionOutcome;
import io.dunwise.actions.api.ActionParameter;
import io.dunwise.actions.api.ActionRequest;
import io.dunwise.actions.api.Template;
import io.dunwise.actions.text.TemplateText;
import io.dunwise.actions.text.TemplateValues;
import io.dunwise.ledger.api.CollectionLetter;
import io.dunwise.ledger.api.Invoice;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/**
 * R15: one collection letter per action, listing every invoice of the action (the leading invoice, then every other
 * overdue one), posted in the ledger with the next letter number, then printed as a PDF file. R29: its level comes
 * from the step or from the customer's earlier letters about the leading invoice; its fee from the template, per
 * level and currency; its interest from the template's rate for the customer's country. R31: its text is the
 * template's version in the customer's language, else the template's default, with dates and amounts in that
 * language as the customer's country writes it. R16, issue 18 §1: the letter is numbered, posted and printed to
 * a partial file in one transaction, and the file takes its name once that commits ({@link LetterFiles}); a folder
 * that cannot be written to posts nothing and uses no number, and the action is retried. An action handed over again
 * gets back the letter it posted and publishes its file.
 */
@Component(service = ActionHandler.class, configurationPid = LetterHandler.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = LetterConfig.class)
public class LetterHandler implements ActionHandler {

    /** The configuration PID: the folder of the letters and their sender. */
    public static final String PID = "io.dunwise.actions.letter";

    /** The recipient the process history records: the letter goes by post. */
    static final String POST = "post";

    private volatile Settings settings = new Settings(new LetterFiles(Path.of("letters")), "", List.of());

    /** The folder and sender a letter is printed with. */
    private record Settings(LetterFiles files, String senderName, List<String> senderAddress) {
    }

    @Activate
    @Modified
    void configure(LetterConfig config) {
        String folder = config.folder() == null || config.folder().isBlank() ? "letters" : config.folder().strip();
        String address = config.sender_address() == null ? "" : config.sender_address();
        List<String> lines = Arrays.stream(address.replace("\\n", "\n").split("\\R")).map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
        settings = new Settings(new LetterFiles(Path.of(folder)),
                config.sender_name() == null ? "" : config.sender_name().strip(), lines);
    }

    @Override
    public String type() {
        return "letter";
    }

    @Override
    public String description() {
        return "posts one collection letter listing every overdue invoice, with fee and interest, and prints it as"
                + " a PDF (R15, R29)";
    }

    @Override
    public List<ActionParameter> parameters() {
        return List.of(ActionParameter.optional(LetterLevel.PARAMETER, ActionParameter.Kind.NUMBER,
                "the letter's level, which decides its fee (R29); by default one more than the customer's earlier"
                        + " letters about the leading invoice"));
    }

    @Override
    public ActionOutcome perform(ActionRequest request) {
        if (request.invoices().isEmpty()) {
            return ActionOutcome.failed("R15: the letter has no invoice to list");
        }
        Template.Message template;
        if (request.template() == null) {
            template = null;
        } else if (request.template() instanceof Template.Message message) {
            template = message;
        } else {
            return ActionOutcome.failed("a letter step needs a letter template or none; step '" + request.step()
                    + "' of " + request.strategy() + " names " + request.template().name());
        }
        Optional<LetterAddressee> addressee = LetterAddressee.of(request.customer(), request.contacts());
        if (addressee.isEmpty()) {
            // a letter without an address cannot be posted: nothing is posted or printed, and the history says why
            // (R15); a letter is the last channel, so there is no fallback after it (R30)
            return ActionOutcome.failed(LetterAddressee.problem(request.customer()));
        }
        Invoice leading = request.invoices().get(0);
        int level;
        try {
            level = LetterLevel.of(request.parameter(LetterLevel.PARAMETER), leading.id(),
                    request.records().earlierLetters());
        } catch (IllegalArgumentException e) {
            return ActionOutcome.failed(e.getMessage());
        }
        String unpostable = PostableAmounts.problem(figures(request, template, level));
        if (unpostable != null) {
            return ActionOutcome.failed(unpostable);
        }
        LetterText text = LetterText.choose(template, request.customer().language());
        try {
            // a text Mustache cannot read fails before a letter is posted that could never be printed
            TemplateText.plain(text.subject(), Map.of());
            TemplateText.plain(text.body(), Map.of());
        } catch (TemplateText.TemplateException e) {
            return ActionOutcome.failed((template == null ? "the built-in letter" : "template " + template.name())
                    + ": " + e.getMessage());
        }
        LetterFigures figures = figures(request, template, level);
        Settings printing = settings;
        LetterFiles files = printing.files();
        LetterText chosen = text;
        LetterFigures first = figures;
        CollectionLetter posted;
        try {
            // issue 18 §1: numbered, posted and printed (to its partial file) in one transaction
            posted = request.records().letter(new CollectionLetter(0, request.customerId(), request.runDate(), level,
                    request.invoiceIds(), figures.letterTotal().total(), figures.feeOrNull(), figures.interestOrNull(),
                    text.language()), numbered -> files.printPartial(files.file(numbered.number(),
                            request.customerId()), pdf(request, numbered, addressee.get(), first, chosen, printing)));
        } catch (UncheckedIOException e) {
            return ActionOutcome.retryLater("the letter cannot be written to " + files.folder() + ", so it is not"
                    + " posted: " + e.getCause());
        }
        if (posted.level() != level) {
            // handed over again (R16): the letter posted the first time decides what is printed
            figures = figures(request, template, posted.level());
        }
        if (posted.language() != null && !posted.language().equals(text.language())) {
            text = LetterText.choose(template, posted.language());
        }
        Path file = files.file(posted.number(), request.customerId());
        try {
            files.publish(file, posted.number(), pdf(request, posted, addressee.get(), figures, text, printing));
        } catch (IOException | UncheckedIOException e) {
            return ActionOutcome.retryLater("letter " + posted.number() + " is posted but cannot be written to "
                    + files.folder() + ": " + e);
        }
        return ActionOutcome.done("letter " + posted.number() + ": " + file, List.of(POST));
    }

    /** The letter's PDF, rendered when it is written. */
    private static LetterFiles.Content pdf(ActionRequest request, CollectionLetter letter, LetterAddressee addressee,
            LetterFigures figures, LetterText text, Settings printing) {
        return out -> LetterPdf.write(document(request, letter, addressee, figures, text, printing), out);
    }

    /** R29: the fee for {@code level} in the leading invoice's currency and the rate for the customer's country. */
    private static LetterFigures figures(ActionRequest request, Template.Message template, int level) {
        String currency = request.invoices().get(0).currency();
        Optional<BigDecimal> fee = template == null ? Optional.empty() : template.fee(level, currency);
        Optional<BigDecimal> rate = template == null ? Optional.empty()
                : template.interestRate(request.customer().country());
        return LetterFigures.of(request.invoices(), request.runDate(), rate, fee);
    }

    /**
     * The letter as printed. Its {@code {{invoices.*}}} are the invoices it lists, and {@code {{invoices.total}}}
     * the total to pay with fee and interest, so that the text asks for what the table adds up to (issue 18 §4).
     */
    private static LetterDocument document(ActionRequest request, CollectionLetter letter, LetterAddressee addressee,
            LetterFigures figures, LetterText text, Settings printing) {
        Locale locale = request.locale(text.language());
        TemplateValues values = TemplateValues.of(request, locale).letter(letter.number(), letter.level(),
                figures.feeOrNull(), figures.interestOrNull())
                .listing(request.invoices(), figures.totals().stream().map(LetterFigures.CurrencyTotal::total)
                        .toList());
        Map<String, Object> plain = values.plain();
        ResourceBundle words = LetterText.words(text.language());
        return LetterDocument.of(letter, request.customer(), addressee, figures, sender(request, printing),
                TemplateText.plain(text.subject(), plain), TemplateText.plain(text.body(), plain), words,
                values.formats());
    }

    /** The letter head: the configured sender, else the company of the strategies' parameters (R25). */
    private static List<String> sender(ActionRequest request, Settings printing) {
        List<String> lines = new ArrayList<>();
        lines.add(printing.senderName().isEmpty() ? request.company().strip() : printing.senderName());
        lines.addAll(printing.senderAddress());
        return lines;
    }
}
