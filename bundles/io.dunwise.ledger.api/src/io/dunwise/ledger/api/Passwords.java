package io.dunwise.ledger.api;

import java.util.regex.Pattern;

/**
 * Hides the passwords a database address may carry, in any text meant for a person: a message, a location. Every
 * message that can hold a JDBC URL goes through {@link #masked}, whatever the URL's shape: a query parameter
 * ({@code ?user=u&password=…}, {@code ;PASSWORD=…}, {@code sslpassword=…}) or the user part of an address
 * ({@code postgresql://u:pw@host}). A password that itself holds {@code ;}, {@code &}, {@code %} or {@code @}
 * is hidden whole: a value ends only where the next {@code name=} parameter, a blank or a quote begins (the
 * punctuation of the sentence around it, as {@code "…password=x); check"}, stays).
 */
public final class Passwords {

    /** What a hidden password is shown as. */
    public static final String MASK = "***";

    private static final Pattern PARAMETER = Pattern.compile(
            "(?i)([a-z]*password=)(.*?)(?=[&;][a-z_][a-z0-9_.-]*=|[)\\]},.;:]*(?:[\\s\"'<>]|$))");
    private static final Pattern USER_PART = Pattern.compile("(//[^/:@\\s\"']*:)([^\\s\"'/?#]*)(@[^@/\\s\"']*)");

    private Passwords() {
    }

    /** {@code text} with every password of a database address in it replaced by {@link #MASK}. */
    public static String masked(String text) {
        if (text == null) {
            return null;
        }
        String hidden = PARAMETER.matcher(text).replaceAll("$1" + MASK);
        return USER_PART.matcher(hidden).replaceAll("$1" + MASK + "$3");
    }
}
