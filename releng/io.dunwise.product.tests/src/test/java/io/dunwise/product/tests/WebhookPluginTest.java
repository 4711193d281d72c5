package io.dunwise.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The example plug-in {@code io.dunwise.example.webhook}, built by its own Tycho build against the Dunwise p2
 * repository (the pom runs it before the tests), installed into an unpacked product from its p2 repository, used
 * by strategies and runs, configured from a {@code --config} folder, and removed again (R16, R18).
 */
class WebhookPluginTest {

    private static final String DAY = "2026-11-22";
    private static final String TOKEN = "test-token-7f3a";
    private static final String STRATEGY = """
            pool Everyone "every customer"

            strategy Hooks "webhook notices" rank 1 pool Everyone {
            	step "Notify" webhook with { event = "overdue" } 1 days after due
            }
            """;

    private Product product;
    private HttpServer server;
    /** What the server answers next. */
    private final AtomicInteger status = new AtomicInteger(503);
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();

    /** One request the receiver got. */
    record Delivery(String path, int answered, String idempotencyKey, String authorization, String contentType,
            JsonObject notice) {
    }

    @BeforeEach
    void unpackAndListen() throws Exception {
        product = Product.unpack("dunwise", "webhook-plugin");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int answer = status.get();
            deliveries.add(new Delivery(exchange.getRequestURI().getPath(), answer,
                    exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    JsonParser.parseString(body).getAsJsonObject()));
            byte[] reply = (answer == 503 ? "busy, try later" : "ok").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer, reply.length);
            exchange.getResponseBody().write(reply);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private Product.Result dunwise(String... args) throws Exception {
        return product.dunwise(Map.of("DUNWISE_TEST_WEBHOOK_TOKEN", TOKEN), args);
    }

    private void configure(String path) throws IOException {
        Path folder = Files.createDirectories(product.work.resolve("conf"));
        Files.writeString(folder.resolve("io.dunwise.example.webhook.cfg"), """
                # the example plug-in's receiver; the token by reference, never in plain text
                url = http://%s:%d%s
                token.env = DUNWISE_TEST_WEBHOOK_TOKEN
                timeout = 5
                """.formatted(server.getAddress().getHostString(), server.getAddress().getPort(), path));
    }

    private List<JsonObject> pending() throws Exception {
        Product.Result history = dunwise("--db", "ledger", "history", "--pending", "--format", "json");
        assertEquals(0, history.exitCode(), history::toString);
        return actions(history);
    }

    /** The webhook actions of a JSON report (a run also notes broken promises, R26). */
    private static List<JsonObject> webhooks(Product.Result json) {
        return actions(json).stream().filter(action -> action.get("action").getAsString().equals("webhook")).toList();
    }

    private static List<JsonObject> actions(Product.Result json) {
        List<JsonObject> actions = new ArrayList<>();
        for (JsonElement element : JsonParser.parseString(json.out()).getAsJsonArray()) {
            actions.add(element.getAsJsonObject());
        }
        return actions;
    }

    @Test
    void installedFromItsRepositoryItPerformsWebhookStepsUntilItIsRemoved() throws Exception {
        Path strategies = Files.createDirectories(product.work.resolve("hooks"));
        Files.writeString(strategies.resolve("hooks.dun"), STRATEGY);
        Path repository = Path.of(System.getProperty("dunwise.webhook.repository"));
        assertTrue(Files.isRegularFile(repository.resolve("content.jar"))
                || Files.isRegularFile(repository.resolve("content.xml")), "the example plug-in was built: " + repository);

        Product.Result before = dunwise("validate", "hooks");
        assertEquals(1, before.exitCode(), before::toString);
        assertTrue(before.out().contains("no installed handler provides action type 'webhook'; available: activity,"
                + " email, letter"), before::toString);
        Product.Result none = dunwise("plugin", "list");
        assertEquals(0, none.exitCode(), none::toString);
        assertTrue(none.out().contains("0 plug-ins"), none::toString);

        Product.Result install = dunwise("plugin", "install", "--repository", repository.toString());
        assertEquals(0, install.exitCode(), install::toString);
        assertTrue(install.out().contains("installed io.dunwise.example.webhook.feature 0.1.0."), install::toString);
        Product.Result listed = dunwise("plugin", "list");
        assertTrue(listed.out().lines().anyMatch(line -> line.startsWith("io.dunwise.example.webhook.feature ")),
                listed::toString);
        assertTrue(listed.out().contains("1 plug-ins"), listed::toString);
        Product.Result valid = dunwise("validate", "hooks");
        assertEquals(0, valid.exitCode(), valid::toString);

        Product.Result demo = dunwise("--db", "ledger", "demo", "--customers", "40", "--seed", "5", "--as-of", DAY);
        assertEquals(0, demo.exitCode(), demo::toString);

        // the receiver is down (503): every action is recorded and waits in the outbox
        configure("/down");
        Product.Result refused = dunwise("--db", "ledger", "--config", "conf", "run", "--strategies", "hooks",
                "--as-of", DAY, "--format", "json");
        assertEquals(0, refused.exitCode(), refused::toString);
        assertTrue(webhooks(refused).stream().allMatch(action -> action.get("outcome").getAsString().equals("pending")
                && action.get("reason").getAsString().contains("HTTP 503: busy, try later")), refused::toString);
        List<JsonObject> waiting = pending();
        assertTrue(waiting.size() > 5, "actions for a demo ledger of 40 customers: " + waiting.size());
        assertTrue(waiting.stream().allMatch(entry -> entry.get("action").getAsString().equals("webhook")),
                waiting::toString);
        assertEquals(waiting.size(), webhooks(refused).size());
        assertEquals(waiting.size(), deliveries.size(), "one attempt per action");
        Set<String> keys = new HashSet<>();
        deliveries.forEach(delivery -> keys.add(delivery.idempotencyKey()));
        assertEquals(waiting.size(), keys.size(), "every action has its own idempotency key");

        // the configuration changes (another path, the receiver is back): the next start picks it up, and the next
        // run delivers each waiting action once, with the key of its first attempt
        deliveries.clear();
        status.set(200);
        configure("/hook");
        Product.Result delivered = dunwise("--db", "ledger", "--config", "conf", "run", "--strategies", "hooks",
                "--as-of", DAY);
        assertEquals(0, delivered.exitCode(), delivered::toString);
        assertEquals(List.of(), pending(), "the outbox is empty");
        assertEquals(keys.size(), deliveries.size(), "each waiting action delivered once");
        Set<String> deliveredKeys = new HashSet<>();
        for (Delivery delivery : deliveries) {
            assertEquals("/hook", delivery.path(), "the changed file was taken up");
            assertEquals("Bearer " + TOKEN, delivery.authorization());
            assertTrue(delivery.contentType().startsWith("application/json"), delivery::toString);
            JsonObject notice = delivery.notice();
            assertEquals(delivery.idempotencyKey(), notice.get("actionId").getAsString());
            assertEquals(DAY, notice.get("runDate").getAsString());
            assertEquals("Hooks", notice.get("strategy").getAsString());
            assertEquals("Notify", notice.get("step").getAsString());
            assertEquals("overdue", notice.get("event").getAsString());
            JsonObject customer = notice.getAsJsonObject("customer");
            assertTrue(customer.get("id").getAsString().startsWith("C") && customer.has("name"), notice::toString);
            JsonArray invoices = notice.getAsJsonArray("invoices");
            assertEquals(1, invoices.size(), notice::toString);
            JsonObject invoice = invoices.get(0).getAsJsonObject();
            assertTrue(invoice.get("id").getAsString().startsWith(customer.get("id").getAsString() + "-")
                    && invoice.get("openAmount").getAsJsonPrimitive().isNumber() && invoice.has("dueDate")
                    && invoice.has("currency"), notice::toString);
            deliveredKeys.add(delivery.idempotencyKey());
        }
        assertEquals(keys, deliveredKeys);
        Product.Result done = dunwise("--db", "ledger", "history", "--as-of", DAY, "--format", "json");
        List<JsonObject> performed = webhooks(done);
        assertEquals(keys.size(), performed.size(), done::toString);
        performed.forEach(entry -> assertEquals("done", entry.get("outcome").getAsString(), entry::toString));
        Product.Result again = dunwise("--db", "ledger", "--config", "conf", "run", "--strategies", "hooks",
                "--as-of", DAY);
        assertEquals(0, again.exitCode(), again::toString);
        assertEquals(keys.size(), deliveries.size(), "a second run of the day sends nothing again");

        // the file is removed: so is its configuration, and a new action waits for a URL
        Files.delete(product.work.resolve("conf/io.dunwise.example.webhook.cfg"));
        Product.Result unconfigured = dunwise("--db", "ledger", "--config", "conf", "run", "--strategies", "hooks",
                "--as-of", "2026-12-20", "--format", "json");
        assertEquals(0, unconfigured.exitCode(), unconfigured::toString);
        List<JsonObject> unsent = webhooks(unconfigured);
        assertTrue(!unsent.isEmpty() && unsent.stream().allMatch(entry -> entry.get("reason").getAsString()
                .contains("no webhook URL: write io.dunwise.example.webhook.cfg")), unconfigured::toString);
        assertEquals(unsent.size(), pending().size());
        assertEquals(keys.size(), deliveries.size(), "nothing sent without a configuration");

        Product.Result removed = dunwise("plugin", "remove", "io.dunwise.example.webhook.feature");
        assertEquals(0, removed.exitCode(), removed::toString);
        Product.Result after = dunwise("validate", "hooks");
        assertEquals(1, after.exitCode(), after::toString);
        assertTrue(after.out().contains("no installed handler provides action type 'webhook'; available: activity,"
                + " email, letter"), after::toString);
        Product.Result unknown = dunwise("plugin", "remove", "io.dunwise.example.webhook.feature");
        assertEquals(2, unknown.exitCode(), unknown::toString);
        Product.Result core = dunwise("plugin", "install", "--repository", repository.toString(), "no.such.plugin");
        assertEquals(2, core.exitCode(), core::toString);
        assertTrue(core.err().contains("no feature or bundle no.such.plugin in "), core::toString);
    }
}
