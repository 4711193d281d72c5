package io.dunwise.dsl.actions;

import io.dunwise.actions.api.ActionHandler;
import io.dunwise.model.DunwisePackage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The action types strategies may use (R18): {@code activity}, {@code email} and {@code letter}, which the
 * language knows with their templates (R13–R15), and every type an installed {@link ActionHandler} adds. A
 * handler for a built-in type adds its parameters to it. Handlers come and go while the catalog is in use, so it
 * is safe for concurrent use.
 */
public final class ActionTypeCatalog {

    private static final List<ActionType> BUILT_IN = List.of(
            new ActionType("activity", "creates a collections activity from an activity template (R13)", List.of(),
                    DunwisePackage.Literals.ACTIVITY_TEMPLATE, true),
            new ActionType("email", "sends an email from an email template to the step's recipient (R14)", List.of(),
                    DunwisePackage.Literals.EMAIL_TEMPLATE, true),
            new ActionType("letter", "posts one collection letter listing every overdue invoice (R15)", List.of(),
                    DunwisePackage.Literals.LETTER_TEMPLATE, false));

    private final Map<ActionHandler, ActionType> installed = new ConcurrentHashMap<>();

    /** Registers the type of an installed handler. */
    public void add(ActionHandler handler) {
        Optional<ActionType> builtIn = builtIn(handler.type());
        installed.put(handler, builtIn
                .map(type -> new ActionType(type.name(), type.description(), handler.parameters(), type.document(),
                        type.documentRequired()))
                .orElseGet(() -> new ActionType(handler.type(), handler.description(), handler.parameters(), null,
                        false)));
    }

    /** Forgets the type of a handler that was uninstalled. */
    public void remove(ActionHandler handler) {
        installed.remove(handler);
    }

    /** The type named {@code name}, if the language or an installed handler provides it. */
    public Optional<ActionType> find(String name) {
        return all().stream().filter(type -> type.name().equals(name)).findFirst();
    }

    /** Every available type, by name; an installed handler's version of a built-in type wins. */
    public List<ActionType> all() {
        Map<String, ActionType> byName = new java.util.TreeMap<>();
        BUILT_IN.forEach(type -> byName.put(type.name(), type));
        installed.values().forEach(type -> byName.put(type.name(), type));
        List<ActionType> types = new ArrayList<>(byName.values());
        types.sort(Comparator.comparing(ActionType::name));
        return types;
    }

    /** The names of every available type, for messages such as "available: activity, email, letter, sms". */
    public List<String> names() {
        return all().stream().map(ActionType::name).toList();
    }

    private static Optional<ActionType> builtIn(String name) {
        return BUILT_IN.stream().filter(type -> type.name().equals(name)).findFirst();
    }
}
