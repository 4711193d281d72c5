package io.dunwise.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code dunwise lsp} as an editor uses it: a real process speaking the Language Server Protocol over its
 * standard input and output. The test is the client: initialize, open a file with a mistake, get its
 * diagnostics, ask for completion, shut down.
 */
class LanguageServerTest {

    private static Product product;
    private static Process server;
    private static OutputStream toServer;
    private static InputStream fromServer;
    private static int nextId = 1;

    @BeforeAll
    static void startServer() throws Exception {
        product = Product.unpack("dunwise", "lsp");
        Files.createDirectories(product.work.resolve("strategies"));
        Files.writeString(product.work.resolve("strategies/setup.dun"), "pool Everyone \"all\"\n");
        server = product.start(product.work.resolve("lsp.err"), "lsp");
        toServer = server.getOutputStream();
        fromServer = server.getInputStream();
        JsonObject params = new JsonObject();
        params.addProperty("processId", ProcessHandle.current().pid());
        params.addProperty("rootUri", product.work.resolve("strategies").toUri().toString());
        params.add("capabilities", new JsonObject());
        JsonObject initialized = request("initialize", params);
        assertTrue(initialized.getAsJsonObject("result").getAsJsonObject("capabilities").has("completionProvider"),
                initialized::toString);
        notify("initialized", new JsonObject());
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server == null) {
            return;
        }
        request("shutdown", null);
        notify("exit", null);
        assertTrue(server.waitFor(30, TimeUnit.SECONDS), "the server exits when asked");
        assertEquals(0, server.exitValue());
    }

    @Test
    void diagnosticsOfAnOpenedFileAreLocatedAndUseTheOtherFilesOfTheWorkspace() throws Exception {
        String uri = product.work.resolve("strategies/broken.dun").toUri().toString();
        open(uri, "strategy S rank 1 pool Everyone { step \"Text\" sms 3 days after due }\n");
        JsonObject diagnostics = awaitDiagnostics(uri);
        JsonArray list = diagnostics.getAsJsonObject("params").getAsJsonArray("diagnostics");
        assertEquals(1, list.size(), diagnostics::toString);
        JsonObject diagnostic = list.get(0).getAsJsonObject();
        assertEquals("R18: no installed handler provides action type 'sms'; available: activity, email, letter",
                diagnostic.get("message").getAsString());
        JsonObject start = diagnostic.getAsJsonObject("range").getAsJsonObject("start");
        assertEquals(0, start.get("line").getAsInt());
        assertEquals(46, start.get("character").getAsInt());
        assertEquals(1, diagnostic.get("severity").getAsInt(), "an error");
    }

    @Test
    void completionOffersTheActionTypesAndThePoolsOfTheWorkspace() throws Exception {
        String uri = product.work.resolve("strategies/new.dun").toUri().toString();
        String text = "strategy T rank 2 pool  { step \"x\"  }\n";
        open(uri, text);
        List<String> pools = completion(uri, 0, text.indexOf("pool ") + 5);
        assertTrue(pools.contains("Everyone"), pools::toString);
        List<String> types = completion(uri, 0, text.indexOf("\"x\" ") + 4);
        assertTrue(types.containsAll(List.of("activity", "email", "letter")), types::toString);
    }

    /**
     * Issue 18 §3: about 60 KB of a malformed message left the server deaf to every later one while its process
     * stayed up, and {@code body file "/dev/stdin"} made it read its own protocol stream. Now it answers the next
     * well-formed message, refuses the body file with its place, and its log has no stack trace.
     */
    @Test
    void malformedTrafficAndDevStdinLeaveTheServerListening() throws Exception {
        toServer.write("x".repeat(60 * 1024).getBytes(StandardCharsets.US_ASCII));
        toServer.write("Content-Length: 5\r\n\r\n[1,2]".getBytes(StandardCharsets.US_ASCII));
        toServer.write("Content-Length: 99999999999\r\n\r\n{\"jsonrpc\"".getBytes(StandardCharsets.US_ASCII));
        toServer.flush();
        String uri = product.work.resolve("strategies/stdin.dun").toUri().toString();
        open(uri, "email M { en subject \"s\" body file \"/dev/stdin\" }\n");
        JsonArray list = awaitDiagnostics(uri).getAsJsonObject("params").getAsJsonArray("diagnostics");
        assertEquals(1, list.size(), list::toString);
        assertTrue(list.get(0).getAsJsonObject().get("message").getAsString()
                .startsWith("R14: body file /dev/stdin is outside the strategy folder"), list::toString);
        List<String> pools = completion(uri, 0, 0);
        assertTrue(pools.contains("pool"), pools::toString);
        String log = Files.readString(product.work.resolve("lsp.err"));
        assertTrue(!log.contains("\tat "), "no stack trace in the server's log:\n" + log);
    }

    private static List<String> completion(String uri, int line, int character) throws IOException {
        JsonObject params = new JsonObject();
        JsonObject document = new JsonObject();
        document.addProperty("uri", uri);
        params.add("textDocument", document);
        JsonObject position = new JsonObject();
        position.addProperty("line", line);
        position.addProperty("character", character);
        params.add("position", position);
        JsonElement result = request("textDocument/completion", params).get("result");
        JsonArray items = result.isJsonArray() ? result.getAsJsonArray()
                : result.getAsJsonObject().getAsJsonArray("items");
        List<String> labels = new ArrayList<>();
        items.forEach(item -> labels.add(item.getAsJsonObject().get("label").getAsString()));
        return labels;
    }

    private static void open(String uri, String text) throws IOException {
        JsonObject document = new JsonObject();
        document.addProperty("uri", uri);
        document.addProperty("languageId", "dunwise");
        document.addProperty("version", 1);
        document.addProperty("text", text);
        JsonObject params = new JsonObject();
        params.add("textDocument", document);
        notify("textDocument/didOpen", params);
    }

    private static JsonObject awaitDiagnostics(String uri) throws IOException {
        while (true) {
            JsonObject message = read();
            if ("textDocument/publishDiagnostics".equals(stringOf(message, "method"))
                    && uri.equals(message.getAsJsonObject("params").get("uri").getAsString())) {
                return message;
            }
        }
    }

    private static synchronized JsonObject request(String method, JsonObject params) throws IOException {
        int id = nextId++;
        JsonObject message = new JsonObject();
        message.addProperty("jsonrpc", "2.0");
        message.addProperty("id", id);
        message.addProperty("method", method);
        if (params != null) {
            message.add("params", params);
        }
        write(message);
        while (true) {
            JsonObject answer = read();
            if (answer.has("id") && answer.get("id").getAsInt() == id && !answer.has("method")) {
                return answer;
            }
        }
    }

    private static void notify(String method, JsonObject params) throws IOException {
        JsonObject message = new JsonObject();
        message.addProperty("jsonrpc", "2.0");
        message.addProperty("method", method);
        if (params != null) {
            message.add("params", params);
        }
        write(message);
    }

    private static void write(JsonObject message) throws IOException {
        byte[] body = message.toString().getBytes(StandardCharsets.UTF_8);
        toServer.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        toServer.write(body);
        toServer.flush();
    }

    /** One message from the server: headers up to an empty line, then Content-Length bytes of JSON. */
    private static JsonObject read() throws IOException {
        int length = -1;
        while (true) {
            String header = readLine();
            if (header.isEmpty()) {
                break;
            }
            if (header.toLowerCase().startsWith("content-length:")) {
                length = Integer.parseInt(header.substring("content-length:".length()).trim());
            }
        }
        byte[] body = fromServer.readNBytes(length);
        if (body.length < length) {
            throw new IOException("the server closed its output; stderr: "
                    + Files.readString(product.work.resolve("lsp.err")));
        }
        return JsonParser.parseString(new String(body, StandardCharsets.UTF_8)).getAsJsonObject();
    }

    private static String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int c;
        while ((c = fromServer.read()) != '\n') {
            if (c < 0) {
                throw new IOException("the server closed its output; stderr: "
                        + Files.readString(product.work.resolve("lsp.err")));
            }
            if (c != '\r') {
                line.write(c);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }

    private static String stringOf(JsonObject message, String member) {
        return message.has(member) && !message.get(member).isJsonNull() ? message.get(member).getAsString() : null;
    }
}
