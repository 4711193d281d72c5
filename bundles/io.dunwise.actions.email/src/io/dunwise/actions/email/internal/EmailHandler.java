package io.dunwise.actions.email.internal;

import io.dunwise.actions.api.ActionHandler;
import io.dunwise.actions.api.ActionOutcome;
import io.dunwise.actions.api.ActionParameter;
import io.dunwise.actions.api.ActionRecords;
import io.dunwise.actions.api.ActionRequest;
import io.dunwise.actions.api.Addressee;
import io.dunwise.actions.api.Recipient;
import io.dunwise.actions.api.Recipients;
import io.dunwise.actions.api.Template;
import io.dunwise.actions.text.TemplateText;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The built-in handler of {@code email} steps (R14, R30, R31): one message per recipient of the step, written from
 * the step's email template in the recipient's language and sent over SMTP (STARTTLS, AUTH).
 *
 * <p>Nothing is lost: a server that cannot be reached, answers "later" (4xx) or refuses the handler's login leaves the
 * action in the outbox for the next run ({@link ActionOutcome#retryLater}). A recipient the server refuses for good
 * (5xx) is recorded as a bounce on the customer's address and skipped from then on (R30); when every recipient
 * bounced the action is undeliverable, and a step that says {@code else letter} gets a letter instead.
 *
 * <p>Each recipient's message is marked "sending" (durably, in the action's records) before its SMTP transaction and
 * "sent" right after the server took it (R16, issue 18 §1). An action handed over again after a crash skips whoever is
 * marked sent, and sends again to a recipient left "sending" — the one message whose fate the crash hid — with the
 * same Message-ID (action and recipient), and says so in the outcome: a kill costs at most that one copy.
 *
 * <p>Configured through Configuration Admin (PID {@value EmailConfiguration#PID}); without a host there, through the
 * {@code DUNWISE_EMAIL_*} environment variables; without either, every email action waits in the outbox.
 */
@Component(service = ActionHandler.class, configurationPid = EmailConfiguration.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = EmailConfiguration.class)
public class EmailHandler implements ActionHandler {

    static final String ATTACHMENT = "attachment";
    private static final String XLSX = "xlsx";
    /** The part of an action's records marked before a recipient's SMTP transaction; "sent" is the bare address. */
    static final String SENDING = "sending:";
    /** How an outcome names the recipients an earlier, interrupted attempt may already have reached. */
    static final String AGAIN = "sent again with the same Message-ID after an attempt cut off in its SMTP"
            + " transaction (a copy may have reached them before): ";
    /** Reasons are recorded in the history, whose column holds 1,000 characters. */
    private static final int REASON_LENGTH = 900;

    private final MailSettings settings;
    private final Clock clock;
    private final ServerPause pause;

    @Activate
    public EmailHandler(EmailConfiguration configuration, Map<String, Object> properties) {
        this(settings(configuration, properties), Clock.systemDefaultZone());
    }

    EmailHandler(MailSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.pause = new ServerPause(clock);
    }

    /** Configuration Admin's settings; when they name no host, the environment's. */
    private static MailSettings settings(EmailConfiguration configuration, Map<String, Object> properties) {
        MailSettings configured = MailSettings.of(configuration, properties);
        return configured.hasHost() ? configured : MailSettings.fromEnvironment(System::getenv);
    }

    @Override
    public String type() {
        return "email";
    }

    @Override
    public String description() {
        return "sends an email from an email template to the step's recipients over SMTP (R14, R30, R31)";
    }

    @Override
    public List<ActionParameter> parameters() {
        return List.of(ActionParameter.optional(ATTACHMENT, ActionParameter.Kind.TEXT,
                "\"xlsx\": the customer's open items as a spreadsheet attached to the email"));
    }

    @Override
    public ActionOutcome perform(ActionRequest request) {
        Optional<String> problem = settings.problem().or(pause::current);
        if (problem.isPresent()) {
            return ActionOutcome.retryLater(problem.get());
        }
        if (!(request.template() instanceof Template.Message template)
                || template.kind() != Template.Message.Kind.EMAIL) {
            return ActionOutcome.failed("an email step needs an email template; step '" + request.step() + "' of "
                    + request.strategy() + " names " + (request.template() == null ? "none"
                            : request.template().name()));
        }
        String attachment = request.parameter(ATTACHMENT).map(String::strip).orElse("");
        if (!attachment.isEmpty() && !attachment.equalsIgnoreCase(XLSX)) {
            return ActionOutcome.failed(ATTACHMENT + " = \"" + attachment + "\" is not known to the email handler; it"
                    + " attaches \"" + XLSX + "\", the open items as a spreadsheet");
        }
        Optional<OutgoingEmail.Sender> sender = sender(template);
        if (sender.isEmpty()) {
            // a configuration error, like a missing server (issue 18 §5): the email waits until it is fixed, rather
            // than being recorded failed for good and its step counted done (R9)
            return ActionOutcome.retryLater("email template " + template.name() + " names no sender address: write"
                    + " from \"…\" address \"…\" in it, or set from= in " + EmailConfiguration.PID);
        }
        List<Addressee> addressees = distinct(Recipients.of(request));
        if (addressees.isEmpty()) {
            return ActionOutcome.undeliverable(Recipients.NO_RECIPIENT, List.of());
        }
        return withMailClassLoader(() -> send(request, template, sender.get(), addressees, !attachment.isEmpty()));
    }

    /** One message per addressee over one connection, opened when the first unsent message is ready. */
    private ActionOutcome send(ActionRequest request, Template.Message template, OutgoingEmail.Sender sender,
            List<Addressee> addressees, boolean withOpenItems) {
        ActionRecords records = request.records();
        // R30 records bounces on the customer's contacts; a sales rep's or agent's address is no contact of theirs
        boolean toCustomer = request.recipient() == null || request.recipient() == Recipient.CUSTOMER;
        Session session = Session.getInstance(settings.sessionProperties());
        List<String> sent = new ArrayList<>();
        List<String> again = new ArrayList<>();
        Map<String, String> bounced = new LinkedHashMap<>();
        Map<String, String> refused = new LinkedHashMap<>();
        SmtpConnection connection = null;
        try {
            for (int i = 0; i < addressees.size(); i++) {
                Addressee to = addressees.get(i);
                if (records.isMarked(to.email())) {
                    sent.add(to.email());
                    continue;
                }
                Delivery delivery;
                Optional<String> malformed = OutgoingEmail.problem(to.email());
                if (malformed.isPresent()) {
                    delivery = new Delivery.Bounced(malformed.get());
                } else {
                    MimeMessage message = OutgoingEmail.compose(session, request, template, sender, to,
                            withOpenItems, clock.instant());
                    if (connection == null) {
                        connection = SmtpConnection.open(session, settings);
                    }
                    if (records.isMarked(SENDING + to.email())) {
                        again.add(to.email());
                    } else {
                        records.mark(SENDING + to.email());
                    }
                    delivery = connection.send(message, OutgoingEmail.address(to.email(), null), bcc());
                }
                switch (delivery) {
                    case Delivery.Sent ok -> {
                        records.mark(to.email());
                        sent.add(to.email());
                    }
                    case Delivery.Bounced bounce -> {
                        if (toCustomer) {
                            records.bounced(to.email(), bounce.reply());
                        }
                        bounced.put(to.email(), bounce.reply());
                    }
                    case Delivery.Refused refusal -> refused.put(to.email(), refusal.reply());
                    case Delivery.Deferred later -> {
                        return ActionOutcome.retryLater(clip(later.reason() + sentSoFar(sent)));
                    }
                    case Delivery.ServerFault fault -> {
                        pause.start(fault.reason(), settings.faultPause());
                        return ActionOutcome.retryLater(clip(fault.reason() + sentSoFar(sent)));
                    }
                }
            }
        } catch (SmtpConnection.Unusable e) {
            pause.start(e.getMessage(), settings.faultPause());
            return ActionOutcome.retryLater(clip(e.getMessage() + sentSoFar(sent)));
        } catch (TemplateText.TemplateException e) {
            return ActionOutcome.failed(clip("email template " + template.name() + ": " + e.getMessage()), sent);
        } catch (MessagingException e) {
            return ActionOutcome.failed(clip("the message cannot be written: " + SmtpConnection.reply(e.getMessage())),
                    sent);
        } finally {
            if (connection != null) {
                connection.close();
            }
        }
        return outcome(sent, again, bounced, refused);
    }

    /** Done when anyone got the message; else failed when the server refused it; else undeliverable (R30). */
    private static ActionOutcome outcome(List<String> sent, List<String> again, Map<String, String> bounced,
            Map<String, String> refused) {
        List<String> copies = again.stream().filter(sent::contains).toList();
        if (!sent.isEmpty()) {
            return ActionOutcome.done(clip("sent to " + String.join(", ", sent)
                    + (copies.isEmpty() ? "" : "; " + AGAIN + String.join(", ", copies))
                    + (bounced.isEmpty() ? "" : "; bounced: " + list(bounced))
                    + (refused.isEmpty() ? "" : "; refused: " + list(refused))), sent);
        }
        if (!refused.isEmpty()) {
            return ActionOutcome.failed(clip("the mail server refused the message: " + list(refused)
                    + (bounced.isEmpty() ? "" : "; bounced: " + list(bounced))), List.copyOf(refused.keySet()));
        }
        return ActionOutcome.undeliverable(clip("bounced: " + list(bounced)), List.copyOf(bounced.keySet()));
    }

    /** The template's sender, or the configured {@code from} with the template's address to reply to. */
    private Optional<OutgoingEmail.Sender> sender(Template.Message template) {
        String templateAddress = blankToNull(template.senderAddress());
        Optional<String> from = settings.from();
        if (from.isEmpty()) {
            return Optional.ofNullable(templateAddress)
                    .map(address -> new OutgoingEmail.Sender(template.senderName(), address, null));
        }
        String replyTo = templateAddress == null || templateAddress.equalsIgnoreCase(from.get()) ? null
                : templateAddress;
        return Optional.of(new OutgoingEmail.Sender(template.senderName(), from.get(), replyTo));
    }

    private Optional<InternetAddress> bcc() throws AddressException {
        return settings.bcc().isEmpty() ? Optional.empty()
                : Optional.of(OutgoingEmail.address(settings.bcc().get(), null));
    }

    /** One message per address: two contacts that share an address get one. */
    private static List<Addressee> distinct(List<Addressee> addressees) {
        Set<String> seen = new HashSet<>();
        return addressees.stream().filter(a -> seen.add(a.email().toLowerCase(Locale.ROOT))).toList();
    }

    /**
     * Runs {@code work} with Angus Mail's class loader as the thread's context class loader: Jakarta Mail finds its
     * stream provider through it (a ServiceLoader lookup), which inside OSGi would otherwise need a service-loader
     * mediator in the runtime.
     */
    private static ActionOutcome withMailClassLoader(Supplier<ActionOutcome> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(SMTPTransport.class.getClassLoader());
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static String sentSoFar(List<String> sent) {
        return sent.isEmpty() ? "" : "; already sent to " + String.join(", ", sent);
    }

    private static String list(Map<String, String> replies) {
        return replies.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")")
                .collect(Collectors.joining(", "));
    }

    private static String clip(String reason) {
        return reason.length() <= REASON_LENGTH ? reason : reason.substring(0, REASON_LENGTH) + "…";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
