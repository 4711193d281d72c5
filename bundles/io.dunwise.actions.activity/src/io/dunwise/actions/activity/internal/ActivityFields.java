package io.dunwise.actions.activity.internal;

import io.dunwise.actions.api.Template;

/**
 * The sizes an activity may have: the widths of the ledger's activity columns (template and type 64 characters,
 * purpose 255, details 4,000) and a due date the calendar holds. Details are checked once their placeholders are
 * filled, since a customer's data makes them longer.
 */
final class ActivityFields {

    static final int NAME = 64;
    static final int TYPE = 64;
    static final int PURPOSE = 255;
    static final int DETAILS = 4_000;
    /** Days to complete beyond this would put the due date past any calendar a ledger keeps. */
    static final int DAYS = 36_500;

    private ActivityFields() {
    }

    /** Why an activity of this template with these details cannot be written, or null when it can. */
    static String unfit(Template.Activity template, String details) {
        if (template.name().length() > NAME) {
            return tooLong("the activity template's name", template.name(), NAME);
        }
        if (template.type().length() > TYPE) {
            return tooLong("the activity type", template.type(), TYPE);
        }
        if (template.purpose() != null && template.purpose().length() > PURPOSE) {
            return tooLong("the activity's purpose", template.purpose(), PURPOSE);
        }
        if (details != null && details.length() > DETAILS) {
            return tooLong("the activity's details (placeholders filled)", details, DETAILS);
        }
        if (template.daysToComplete() < 0 || template.daysToComplete() > DAYS) {
            return "the activity template's days to complete (" + template.daysToComplete() + ") are not between 0 and "
                    + DAYS;
        }
        return null;
    }

    private static String tooLong(String what, String value, int width) {
        return what + " is " + value.length() + " characters long; an activity holds at most " + width + " (R13)";
    }
}
