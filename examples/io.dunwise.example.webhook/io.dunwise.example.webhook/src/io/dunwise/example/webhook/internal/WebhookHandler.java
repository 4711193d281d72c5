package io.dunwise.example.webhook.internal;

import io.dunwise.actions.api.ActionHandler;
import io.dunwise.actions.api.ActionOutcome;
import io.dunwise.actions.api.ActionParameter;
import io.dunwise.actions.api.ActionRequest;
import io.dunwise.actions.api.Secret;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;

/**
 * The action type {@code webhook}: each action is POSTed as a JSON {@link Notice} to the URL of the configuration
 * {@value #PID} ({@code url}, {@code timeout} in seconds, and a Bearer token given by reference as
 * {@code token.env} or {@code token.file}). The action id goes in the {@code Idempotency-Key} header, so a receiver
 * can tell a notice sent again by a later run (after a timeout, say) from a new one. 2xx: done; 4xx (and
 * redirects): failed, the receiver refuses it; 5xx, a timeout, no connection, or no URL yet: retried by the next run.
 */
@Component(service = ActionHandler.class, configurationPid = WebhookHandler.PID)
public class WebhookHandler implements ActionHandler {

    static final String PID = "io.dunwise.example.webhook";

    /** The configuration, as {@code io.dunwise.example.webhook.cfg} gives it. */
    @interface Config {
        /** Where notices are POSTed; empty: not configured yet. */
        String url() default "";

        /** Seconds to wait for a connection and for the answer. */
        int timeout() default 10;
    }

    private volatile Endpoint endpoint;
    private volatile HttpClient client;

    /** Where to send, and how: one snapshot of the configuration, replaced whole when it changes. */
    private record Endpoint(Optional<URI> url, Duration timeout, Map<String, Object> properties) {
    }

    @Activate
    @Modified
    void configure(Config config, Map<String, Object> properties) {
        Duration timeout = Duration.ofSeconds(Math.max(1, config.timeout()));
        Optional<URI> url = config.url().isBlank() ? Optional.empty() : Optional.of(URI.create(config.url().strip()));
        HttpClient previous = client;
        client = HttpClient.newBuilder().connectTimeout(timeout).build();
        endpoint = new Endpoint(url, timeout, Map.copyOf(properties));
        if (previous != null) {
            previous.close();
        }
    }

    @Deactivate
    void close() {
        client.close();
    }

    @Override
    public String type() {
        return "webhook";
    }

    @Override
    public String description() {
        return "POSTs a JSON notice of the action to the URL configured in " + PID + ".cfg";
    }

    @Override
    public List<ActionParameter> parameters() {
        return List.of(ActionParameter.optional("event", ActionParameter.Kind.TEXT,
                "the event name the notice carries (default: the step's description)"));
    }

    @Override
    public ActionOutcome perform(ActionRequest request) {
        Endpoint target = endpoint;
        if (target.url().isEmpty()) {
            return ActionOutcome.retryLater("no webhook URL: write " + PID + ".cfg with url = https://… into the"
                    + " --config folder; the action waits in the outbox until then");
        }
        HttpRequest.Builder post = HttpRequest.newBuilder(target.url().get()).timeout(target.timeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Idempotency-Key", request.actionId())
                .POST(HttpRequest.BodyPublishers.ofString(Notice.of(request).json()));
        try {
            Secret.read(target.properties(), "token").ifPresent(token -> post.header("Authorization",
                    "Bearer " + token));
        } catch (IllegalStateException e) {
            return ActionOutcome.retryLater("the webhook token is not available: " + e.getMessage());
        }
        try {
            HttpResponse<String> response = client.send(post.build(), HttpResponse.BodyHandlers.ofString());
            return outcome(response.statusCode(), response.body());
        } catch (HttpTimeoutException e) {
            return ActionOutcome.retryLater("no answer from " + target.url().get() + " within "
                    + target.timeout().toSeconds() + " s");
        } catch (ConnectException e) {
            return ActionOutcome.retryLater("no connection to " + target.url().get() + ": " + e);
        } catch (IOException e) {
            return ActionOutcome.retryLater("the notice to " + target.url().get() + " failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ActionOutcome.retryLater("interrupted while sending to " + target.url().get());
        }
    }

    /** What an HTTP status means for the action. */
    static ActionOutcome outcome(int status, String body) {
        String answer = "HTTP " + status + reason(body);
        if (status >= 200 && status < 300) {
            return ActionOutcome.done("HTTP " + status);
        }
        if (status >= 300 && status < 500) {
            return ActionOutcome.failed(answer);
        }
        return ActionOutcome.retryLater(answer);
    }

    /** The first line of the receiver's answer, short, as the reason it gives. */
    private static String reason(String body) {
        String line = body == null ? "" : body.strip().lines().findFirst().orElse("");
        return line.isEmpty() ? "" : ": " + (line.length() > 200 ? line.substring(0, 200) + "…" : line);
    }
}
