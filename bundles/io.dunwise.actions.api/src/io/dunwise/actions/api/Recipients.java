package io.dunwise.actions.api;

import io.dunwise.ledger.api.Contact;
import io.dunwise.ledger.api.SalesRep;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Whom an action writes to (R14), among those with an email address that has not bounced (R30):
 * <ul>
 * <li>{@link Recipient#CUSTOMER}: every contact with the step's purpose; if none, the collections contact; if none,
 * the primary contact; if none, the first contact;</li>
 * <li>{@link Recipient#SALES_GROUP}: the rep of the customer's sales group flagged as contact; else the primary
 * rep; else the first rep;</li>
 * <li>{@link Recipient#AGENT}: the agent who owns the customer's pool.</li>
 * </ul>
 * An empty list means the action has no recipient: it fails with reason {@code no-recipient}.
 */
public final class Recipients {

    /** The reason of an action that has nobody to write to (R14). */
    public static final String NO_RECIPIENT = "no-recipient";

    private Recipients() {
    }

    /** The addressees of {@code request}; a step that names no recipient writes to the customer. */
    public static List<Addressee> of(ActionRequest request) {
        Recipient recipient = request.recipient() == null ? Recipient.CUSTOMER : request.recipient();
        return switch (recipient) {
            case CUSTOMER -> customerContacts(request.contacts(), request.contactPurpose()).stream()
                    .map(contact -> new Addressee(contact.name(), contact.email().trim(), contact.language()))
                    .toList();
            case SALES_GROUP -> salesRep(request.salesReps())
                    .map(rep -> new Addressee(rep.name(), rep.email().trim(), null))
                    .stream().toList();
            case AGENT -> request.assignedAgent().filter(agent -> hasAddress(agent.email()))
                    .map(agent -> new Addressee(agent.name(), agent.email().trim(), null)).stream().toList();
        };
    }

    /** R14: the customer's contacts to write to, in their order. */
    public static List<Contact> customerContacts(List<Contact> contacts, String purpose) {
        List<Contact> reachable = contacts.stream().filter(c -> hasAddress(c.email()) && !c.bounced()).toList();
        if (purpose != null && !purpose.isBlank()) {
            List<Contact> withPurpose = reachable.stream().filter(c -> c.hasPurpose(purpose)).toList();
            if (!withPurpose.isEmpty()) {
                return withPurpose;
            }
        }
        return first(reachable, Contact::collectionsContact)
                .or(() -> first(reachable, Contact::primary))
                .or(() -> reachable.stream().findFirst())
                .map(List::of).orElse(List.of());
    }

    /** R14: the rep of a sales group to write to. */
    public static Optional<SalesRep> salesRep(List<SalesRep> reps) {
        List<SalesRep> reachable = reps.stream().filter(rep -> hasAddress(rep.email())).toList();
        return first(reachable, SalesRep::contact).or(() -> first(reachable, SalesRep::primary))
                .or(() -> reachable.stream().findFirst());
    }

    private static <T> Optional<T> first(List<T> candidates, Predicate<T> wanted) {
        return candidates.stream().filter(wanted).findFirst();
    }

    private static boolean hasAddress(String email) {
        return email != null && !email.isBlank();
    }
}
