package io.dunwise.dsl.tests;

import io.dunwise.actions.api.ActionHandler;
import io.dunwise.actions.api.ActionOutcome;
import io.dunwise.actions.api.ActionParameter;
import io.dunwise.actions.api.ActionRequest;
import java.util.List;

/** A plug-in handler as a consultant would write one (R18), registered and removed by the tests. */
final class SmsHandler implements ActionHandler {

    @Override
    public String type() {
        return "sms";
    }

    @Override
    public String description() {
        return "sends a text message";
    }

    @Override
    public List<ActionParameter> parameters() {
        return List.of(ActionParameter.required("template", ActionParameter.Kind.TEXT, "the text message template"),
                ActionParameter.optional("retries", ActionParameter.Kind.NUMBER, "how often to retry"));
    }

    @Override
    public ActionOutcome perform(ActionRequest request) {
        throw new UnsupportedOperationException("validation only");
    }
}
