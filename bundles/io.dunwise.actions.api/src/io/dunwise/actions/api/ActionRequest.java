package io.dunwise.actions.api;

import io.dunwise.ledger.api.Agent;
import io.dunwise.ledger.api.Contact;
import io.dunwise.ledger.api.Customer;
import io.dunwise.ledger.api.Invoice;
import io.dunwise.ledger.api.SalesRep;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One action the engine asks a handler to perform, with everything a handler needs to perform it: the customer,
 * the invoices the action is about and all open ones, the contacts, the agent and sales reps, the step's template
 * and parameters, the run date, and the records the handler may write.
 *
 * @param actionId       the id of the history entry written for this action before it was handed over (R16);
 *                       stable across restarts, so a handler passes it on as an idempotency key: the same action
 *                       may be handed over again after a crash between its effect and its completion
 * @param runDate        the date the run is for ({@code --as-of}), not the wall clock
 * @param strategy       the strategy's id
 * @param step           the step's description
 * @param actionType     the step's action type, e.g. {@code email}
 * @param customer       the customer
 * @param invoices       the invoices the action is about: the leading invoice, or the one invoice of a pre-dunning
 *                       notice; for a letter the leading invoice then every other overdue invoice (R15)
 * @param openInvoices   every open invoice of the customer, by due date
 * @param contacts       the customer's contacts in their order, bounced ones included (flagged)
 * @param agent          the agent who owns the customer's pool, or null when the pool has none (R13, R14)
 * @param salesReps      the reps of the customer's sales group in their order (R14)
 * @param recipient      whom the step writes to, or null when the step does not say (R14)
 * @param contactPurpose the contact purpose the step names, or empty (R14)
 * @param template       the step's template, or null when the step names none
 * @param parameters     the step's {@code with { … }} parameters, by name
 * @param company        the company name from the strategies' parameters, or empty (R25)
 * @param records        what the handler may write in the ledger for this action
 */
public record ActionRequest(String actionId, LocalDate runDate, String strategy, String step, String actionType,
        Customer customer, List<Invoice> invoices, List<Invoice> openInvoices, List<Contact> contacts, Agent agent,
        List<SalesRep> salesReps, Recipient recipient, String contactPurpose, Template template,
        Map<String, String> parameters, String company, ActionRecords records) {

    public ActionRequest {
        Objects.requireNonNull(actionId, "actionId");
        Objects.requireNonNull(runDate, "runDate");
        Objects.requireNonNull(actionType, "actionType");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(records, "records");
        strategy = strategy == null ? "" : strategy;
        step = step == null ? "" : step;
        invoices = List.copyOf(invoices);
        openInvoices = List.copyOf(openInvoices);
        contacts = List.copyOf(contacts);
        salesReps = List.copyOf(salesReps);
        contactPurpose = contactPurpose == null ? "" : contactPurpose;
        parameters = Map.copyOf(parameters);
        company = company == null ? "" : company;
    }

    /** A request for {@code customer} with nothing else yet: for handlers' tests, and the engine. */
    public static Builder builder(String actionId, LocalDate runDate, String actionType, Customer customer) {
        return new Builder(actionId, runDate, actionType, customer);
    }

    public String customerId() {
        return customer.id();
    }

    public List<String> invoiceIds() {
        return invoices.stream().map(Invoice::id).toList();
    }

    /** The invoice the action is about: the leading invoice, or the pre-dunning notice's invoice. */
    public Optional<Invoice> invoice() {
        return invoices.stream().findFirst();
    }

    public Optional<Agent> assignedAgent() {
        return Optional.ofNullable(agent);
    }

    public Optional<Template> document() {
        return Optional.ofNullable(template);
    }

    /** A parameter of the step, if it gives it. */
    public Optional<String> parameter(String name) {
        return Optional.ofNullable(parameters.get(name));
    }

    /** The customer's locale: its language, in its country (dates and amounts, R31). */
    public Locale locale() {
        return locale(customer.language());
    }

    /**
     * The locale for text in {@code language} written to this customer: the language in the customer's country
     * (so {@code en} for a British customer writes dates the British way); English when no language is known.
     */
    public Locale locale(String language) {
        String tag = language == null || language.isBlank() ? "en" : language;
        Locale base = Locale.forLanguageTag(tag.replace('_', '-'));
        String country = customer.country();
        if (!base.getCountry().isEmpty() || country == null || country.isBlank()) {
            return base;
        }
        return new Locale.Builder().setLocale(base).setRegion(country).build();
    }

    /** Builds a request step by step. */
    public static final class Builder {
        private final String actionId;
        private final LocalDate runDate;
        private final String actionType;
        private final Customer customer;
        private String strategy = "";
        private String step = "";
        private List<Invoice> invoices = List.of();
        private List<Invoice> openInvoices = List.of();
        private List<Contact> contacts = List.of();
        private Agent agent;
        private List<SalesRep> salesReps = List.of();
        private Recipient recipient;
        private String contactPurpose = "";
        private Template template;
        private Map<String, String> parameters = Map.of();
        private String company = "";
        private ActionRecords records = ActionRecords.NONE;

        private Builder(String actionId, LocalDate runDate, String actionType, Customer customer) {
            this.actionId = actionId;
            this.runDate = runDate;
            this.actionType = actionType;
            this.customer = customer;
        }

        public Builder step(String strategyId, String stepDescription) {
            this.strategy = strategyId;
            this.step = stepDescription;
            return this;
        }

        /** The invoices acted on, and every open invoice of the customer. */
        public Builder invoices(List<Invoice> actedOn, List<Invoice> open) {
            this.invoices = actedOn;
            this.openInvoices = open;
            return this;
        }

        public Builder contacts(List<Contact> value) {
            this.contacts = value;
            return this;
        }

        public Builder agent(Agent value) {
            this.agent = value;
            return this;
        }

        public Builder salesReps(List<SalesRep> value) {
            this.salesReps = value;
            return this;
        }

        public Builder recipient(Recipient value, String purpose) {
            this.recipient = value;
            this.contactPurpose = purpose;
            return this;
        }

        public Builder template(Template value) {
            this.template = value;
            return this;
        }

        public Builder parameters(Map<String, String> value) {
            this.parameters = value;
            return this;
        }

        public Builder company(String value) {
            this.company = value;
            return this;
        }

        public Builder records(ActionRecords value) {
            this.records = value;
            return this;
        }

        public ActionRequest build() {
            return new ActionRequest(actionId, runDate, strategy, step, actionType, customer, invoices, openInvoices,
                    contacts, agent, salesReps, recipient, contactPurpose, template, parameters, company, records);
        }
    }
}
