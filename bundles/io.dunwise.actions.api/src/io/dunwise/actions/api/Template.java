package io.dunwise.actions.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The business document a step names (R13–R15), as the strategy files define it; body files are already read.
 * Texts keep their {@code {{placeholders}}}: a handler fills them in.
 */
public sealed interface Template {

    /** The template's name in the strategy files. */
    String name();

    /** An activity template (R13): what kind of activity, what for, and in how many days it is due. */
    record Activity(String name, String type, String purpose, int daysToComplete, String details)
            implements Template {

        public Activity {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
            purpose = purpose == null ? "" : purpose;
            details = details == null ? "" : details;
            if (daysToComplete < 0) {
                throw new IllegalArgumentException("days to complete cannot be negative: " + daysToComplete);
            }
        }
    }

    /**
     * An email or letter template (R14, R15, R29, R31): a version per language, the sender of emails, and for
     * letters the fee per level and currency and the interest rates.
     */
    record Message(String name, Kind kind, String senderName, String senderAddress, String defaultLanguage,
            List<Version> versions, List<Fee> fees, List<InterestRate> interestRates) implements Template {

        /** What the message is sent as. */
        public enum Kind {
            EMAIL, LETTER
        }

        public Message {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
            versions = List.copyOf(versions);
            fees = List.copyOf(fees);
            interestRates = List.copyOf(interestRates);
            if (versions.isEmpty()) {
                throw new IllegalArgumentException("template " + name + " has no version");
            }
        }

        /**
         * The version for the first of {@code languages} that has one, else the default language's, else the first
         * written (R14, R31: the recipient's language, then the customer's, then the template's default).
         */
        public Version version(List<String> languages) {
            for (String language : languages) {
                if (language == null || language.isBlank()) {
                    continue;
                }
                Optional<Version> found = in(language);
                if (found.isPresent()) {
                    return found.get();
                }
            }
            return Optional.ofNullable(defaultLanguage).flatMap(this::in).orElse(versions.get(0));
        }

        private Optional<Version> in(String language) {
            String wanted = primary(language);
            return versions.stream().filter(v -> primary(v.language()).equals(wanted)).findFirst();
        }

        private static String primary(String language) {
            int cut = language.indexOf('-') >= 0 ? language.indexOf('-') : language.indexOf('_');
            return (cut < 0 ? language : language.substring(0, cut)).toLowerCase(java.util.Locale.ROOT);
        }

        /** The fee of a letter of {@code level} in {@code currency}, if one is set (R29). */
        public Optional<BigDecimal> fee(int level, String currency) {
            return fees.stream().filter(f -> f.level() == level && f.currency().equals(currency))
                    .map(Fee::amount).findFirst();
        }

        /** The yearly interest rate in percent for customers in {@code country}, else the rate for all (R29). */
        public Optional<BigDecimal> interestRate(String country) {
            return interestRates.stream().filter(r -> r.country() != null && r.country().equals(country))
                    .findFirst().or(() -> interestRates.stream().filter(r -> r.country() == null).findFirst())
                    .map(InterestRate::percent);
        }
    }

    /** One language's subject and body; the body of an email is HTML. */
    record Version(String language, String subject, String body) {
        public Version {
            Objects.requireNonNull(language, "language");
            subject = subject == null ? "" : subject;
            body = body == null ? "" : body;
        }
    }

    /** The fee charged with a letter of one level in one currency (R29). */
    record Fee(int level, BigDecimal amount, String currency) {
        public Fee {
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(currency, "currency");
        }
    }

    /** A yearly late-payment interest rate in percent, for one country or (country null) for all others (R29). */
    record InterestRate(BigDecimal percent, String country) {
        public InterestRate {
            Objects.requireNonNull(percent, "percent");
        }
    }
}
