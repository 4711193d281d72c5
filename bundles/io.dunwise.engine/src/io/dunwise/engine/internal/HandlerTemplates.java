package io.dunwise.engine.internal;

import io.dunwise.actions.api.Template;
import io.dunwise.model.ActivityTemplate;
import io.dunwise.model.EmailTemplate;
import io.dunwise.model.InterestRate;
import io.dunwise.model.LetterFee;
import io.dunwise.model.LetterTemplate;
import io.dunwise.model.TemplateVersion;
import io.dunwise.model.vocabulary.BodyFile;
import java.nio.file.Paths;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.emf.common.util.URI;

/**
 * The templates of the strategy files as handlers see them (R13–R15, R29): plain values, body files read (relative
 * to the file that names them). Each template is converted once per run.
 */
final class HandlerTemplates {

    private final Map<io.dunwise.model.Template, Template> converted = new IdentityHashMap<>();

    /** The handler's view of {@code template}, or null for none. */
    Template of(io.dunwise.model.Template template) {
        if (template == null) {
            return null;
        }
        Template known = converted.get(template);
        if (known == null) {
            known = convert(template);
            converted.put(template, known);
        }
        return known;
    }

    private static Template convert(io.dunwise.model.Template template) {
        return switch (template) {
            case ActivityTemplate activity -> new Template.Activity(activity.getName(), activity.getActivityType(),
                    activity.getPurpose(), activity.getDaysToComplete(), activity.getDetails());
            case EmailTemplate email -> new Template.Message(email.getName(), Template.Message.Kind.EMAIL,
                    email.getSenderName(), email.getSenderAddress(), email.getDefaultLanguage(),
                    versions(email.getVersions()), List.of(), List.of());
            case LetterTemplate letter -> new Template.Message(letter.getName(), Template.Message.Kind.LETTER, null,
                    null, letter.getDefaultLanguage(), versions(letter.getVersions()),
                    letter.getFees().stream().map(HandlerTemplates::fee).toList(),
                    letter.getInterestRates().stream().map(HandlerTemplates::rate).toList());
            default -> throw new IllegalArgumentException("not a template the handlers know: " + template.eClass());
        };
    }

    private static List<Template.Version> versions(List<TemplateVersion> versions) {
        return versions.stream().map(version -> new Template.Version(version.getLanguage(), version.getSubject(),
                version.getBodyFile() == null ? version.getBody() : bodyFile(version))).toList();
    }

    private static Template.Fee fee(LetterFee fee) {
        return new Template.Fee(fee.getLevel(), fee.getAmount(), fee.getCurrency());
    }

    private static Template.InterestRate rate(InterestRate rate) {
        return new Template.InterestRate(rate.getPercent(), rate.getCountry());
    }

    /**
     * A version's body file, read by the same rule that validated it ({@link BodyFile}): the run must never mail out
     * a file outside the strategy folder, even if the file changed since validation (issue 18 §3b).
     */
    private static String bodyFile(TemplateVersion version) {
        String template = ((io.dunwise.model.Template) version.eContainer()).getName();
        URI uri = version.eResource() == null ? null : version.eResource().getURI();
        if (uri == null || !uri.isFile()) {
            throw new UnreadableTemplate("the body file " + version.getBodyFile() + " of template " + template
                    + " is read only beside a strategy file on disk");
        }
        try {
            return BodyFile.read(Paths.get(uri.toFileString()), version.getBodyFile());
        } catch (BodyFile.Refused refused) {
            throw new UnreadableTemplate("template " + template + ": " + refused.getMessage());
        }
    }

    /** A template whose body file is gone or unreadable since the strategies were validated. */
    static final class UnreadableTemplate extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnreadableTemplate(String message) {
            super(message);
        }
    }
}
