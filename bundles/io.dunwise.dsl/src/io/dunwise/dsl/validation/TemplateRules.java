package io.dunwise.dsl.validation;

import io.dunwise.model.ActivityTemplate;
import io.dunwise.model.DunwisePackage;
import io.dunwise.model.EmailTemplate;
import io.dunwise.model.InterestRate;
import io.dunwise.model.LetterFee;
import io.dunwise.model.LetterTemplate;
import io.dunwise.model.TemplateVersion;
import io.dunwise.model.vocabulary.BodyFile;
import io.dunwise.model.vocabulary.Placeholder;
import io.dunwise.model.vocabulary.PlaceholderUse;
import java.math.BigDecimal;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;

/**
 * The rules of templates: every {@code {{placeholder}}} exists (R13, R14, R31), a template has one version per
 * language including its default (R14, R31), a body file exists, and letter fees and interest are set once per
 * level, currency and country (R29).
 */
class TemplateRules extends DunwiseRules {

    /** R13: the details of an activity use known placeholders. */
    @Check
    public void activityPlaceholders(ActivityTemplate template) {
        placeholders(template, DunwisePackage.Literals.ACTIVITY_TEMPLATE__DETAILS, false);
    }

    /** R14, R15, R31: subject and body use known placeholders; letter values only in letters. */
    @Check
    public void versionPlaceholders(TemplateVersion version) {
        boolean letter = version.eContainer() instanceof LetterTemplate;
        placeholders(version, DunwisePackage.Literals.TEMPLATE_VERSION__SUBJECT, letter);
        placeholders(version, DunwisePackage.Literals.TEMPLATE_VERSION__BODY, letter);
        if (version.getBodyFile() != null) {
            bodyFile(version, letter);
        }
    }

    /** R14, R31: one version per language, the default language among them. */
    @Check
    public void emailVersions(EmailTemplate template) {
        versions(template, template.getVersions(), template.getDefaultLanguage(),
                DunwisePackage.Literals.EMAIL_TEMPLATE__DEFAULT_LANGUAGE);
    }

    /** R15, R31: one version per language, the default language among them. */
    @Check
    public void letterVersions(LetterTemplate template) {
        versions(template, template.getVersions(), template.getDefaultLanguage(),
                DunwisePackage.Literals.LETTER_TEMPLATE__DEFAULT_LANGUAGE);
    }

    /** R29: one fee per level and currency, not negative. */
    @Check
    public void fees(LetterTemplate template) {
        Set<String> seen = new HashSet<>();
        for (LetterFee fee : template.getFees()) {
            if (!seen.add(fee.getLevel() + " " + fee.getCurrency())) {
                error("R29: the fee of level " + fee.getLevel() + " in " + fee.getCurrency() + " is already set", fee,
                        DunwisePackage.Literals.LETTER_FEE__LEVEL, IssueCodes.FEE_TWICE);
            }
            if (fee.getAmount() != null && fee.getAmount().signum() < 0) {
                error("R29: a fee cannot be negative", fee, DunwisePackage.Literals.LETTER_FEE__AMOUNT,
                        IssueCodes.NEGATIVE_AMOUNT);
            }
        }
    }

    /** R29: one interest rate per country (and one for all others), not negative. */
    @Check
    public void interestRates(LetterTemplate template) {
        Set<String> seen = new HashSet<>();
        for (InterestRate rate : template.getInterestRates()) {
            String country = rate.getCountry() == null ? "all other countries" : rate.getCountry();
            if (!seen.add(country)) {
                error("R29: the interest rate for " + country + " is already set", rate,
                        DunwisePackage.Literals.INTEREST_RATE__PERCENT, IssueCodes.INTEREST_TWICE);
            }
            if (rate.getPercent() != null && rate.getPercent().compareTo(BigDecimal.ZERO) < 0) {
                error("R29: an interest rate cannot be negative", rate, DunwisePackage.Literals.INTEREST_RATE__PERCENT,
                        IssueCodes.NEGATIVE_AMOUNT);
            }
        }
    }

    private void versions(EObject template, List<TemplateVersion> versions, String defaultLanguage,
            EAttribute defaultFeature) {
        if (versions.isEmpty()) {
            error("R14: a template needs a version in at least one language, e.g. en subject \"…\" body \"…\"",
                    template, DunwisePackage.Literals.DEFINITION__NAME, IssueCodes.NO_VERSION);
            return;
        }
        Set<String> languages = new HashSet<>();
        for (TemplateVersion version : versions) {
            if (!languages.add(version.getLanguage())) {
                error("R31: the version in '" + version.getLanguage() + "' is already written", version,
                        DunwisePackage.Literals.TEMPLATE_VERSION__LANGUAGE, IssueCodes.LANGUAGE_TWICE);
            }
        }
        if (defaultLanguage != null && !languages.contains(defaultLanguage)) {
            error("R14: the default language '" + defaultLanguage + "' has no version; versions: "
                    + versions.stream().map(TemplateVersion::getLanguage).collect(Collectors.joining(", ")), template,
                    defaultFeature, IssueCodes.DEFAULT_LANGUAGE_MISSING);
        }
    }

    private void placeholders(EObject owner, EAttribute feature, boolean letter) {
        String value = (String) owner.eGet(feature);
        if (value == null) {
            return;
        }
        List<INode> nodes = NodeModelUtils.findNodesForFeature(owner, feature);
        // a placeholder's braces are never escaped, so it is found at the same place in the text as written
        String written = nodes.isEmpty() ? value : nodes.get(0).getText();
        int base = nodes.isEmpty() ? -1 : nodes.get(0).getOffset();
        for (PlaceholderUse use : PlaceholderUse.in(written)) {
            String problem = problem(use.key(), letter);
            if (problem == null) {
                continue;
            }
            if (base < 0) {
                error(problem, owner, feature, IssueCodes.UNKNOWN_PLACEHOLDER, use.key());
            } else {
                getMessageAcceptor().acceptError(problem, owner, base + use.offset(), use.length(),
                        IssueCodes.UNKNOWN_PLACEHOLDER, use.key());
            }
        }
    }

    /**
     * R14: a body file is read as the run will read it ({@link BodyFile}: inside the strategy file's folder, a
     * regular file, at most 1 MiB of UTF-8), and its placeholders are known. Where the text is not a file on disk
     * (an editor's unsaved text) only what is written is checked: no absolute path, no way out with {@code ..}.
     */
    private void bodyFile(TemplateVersion version, boolean letter) {
        URI uri = version.eResource() == null ? null : version.eResource().getURI();
        if (uri == null || !uri.isFile()) {
            String problem = BodyFile.writtenProblem(version.getBodyFile());
            if (problem != null) {
                error(problem, version, DunwisePackage.Literals.TEMPLATE_VERSION__BODY_FILE,
                        IssueCodes.BODY_FILE_REFUSED);
            }
            return;
        }
        String body;
        try {
            body = BodyFile.read(Paths.get(uri.toFileString()), version.getBodyFile());
        } catch (BodyFile.Refused refused) {
            error((refused.getMessage().startsWith("R14") ? "" : "R14: ") + refused.getMessage(), version,
                    DunwisePackage.Literals.TEMPLATE_VERSION__BODY_FILE,
                    refused.missing() ? IssueCodes.BODY_FILE_MISSING : IssueCodes.BODY_FILE_REFUSED);
            return;
        }
        String[] lines = body.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            for (PlaceholderUse use : PlaceholderUse.in(lines[i])) {
                String problem = problem(use.key(), letter);
                if (problem != null) {
                    error(version.getBodyFile() + ":" + (i + 1) + ":" + (use.offset() + 1) + ": " + problem, version,
                            DunwisePackage.Literals.TEMPLATE_VERSION__BODY_FILE, IssueCodes.UNKNOWN_PLACEHOLDER,
                            use.key());
                }
            }
        }
    }

    /** Why {@code key} cannot be used here, or null when it can. */
    static String problem(String key, boolean letter) {
        Placeholder placeholder = Placeholder.byKey(key).orElse(null);
        if (placeholder == null) {
            return "unknown placeholder {{" + key + "}}" + suggestion(key, letter) + "; placeholders: " + known(letter);
        }
        if (placeholder.lettersOnly() && !letter) {
            return "{{" + key + "}} exists only in letters (R29)";
        }
        return null;
    }

    private static String suggestion(String key, boolean letter) {
        if (key.isBlank()) {
            return "";
        }
        String last = key.contains(".") ? key.substring(key.lastIndexOf('.') + 1) : key;
        return Arrays.stream(Placeholder.values())
                .filter(p -> letter || !p.lettersOnly())
                .map(Placeholder::key)
                .filter(candidate -> candidate.endsWith("." + last) || candidate.startsWith(key))
                .findFirst()
                .map(candidate -> " (did you mean {{" + candidate + "}}?)")
                .orElse("");
    }

    private static String known(boolean letter) {
        return Arrays.stream(Placeholder.values())
                .filter(p -> letter || !p.lettersOnly())
                .map(Placeholder::key)
                .filter(Objects::nonNull)
                .collect(Collectors.joining(", "));
    }
}
