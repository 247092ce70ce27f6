package id.saring.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Debian's {@code chromium} run headless with one page, driven over the Chrome DevTools Protocol on a plain
 * {@link WebSocket}. Every wait is bounded by {@link #WAIT}, so that a browser that hangs fails a test instead of
 * holding up the build; {@link #close()} kills the browser and every process it started.
 */
final class HeadlessChromium implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(30);
    private static final List<Path> KNOWN_PLACES = List.of(Path.of("/usr/bin/chromium"));

    private final ObjectMapper json = new ObjectMapper();
    private final Path profile;
    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> replies = new ConcurrentHashMap<>();
    private final List<JsonNode> events = new CopyOnWriteArrayList<>();
    private final Map<String, List<CompletableFuture<JsonNode>>> awaited = new ConcurrentHashMap<>();
    private String session = "";

    /** Where chromium is installed: {@code /usr/bin/chromium}, else {@code chromium} on the PATH. */
    static Optional<Path> locate() {
        Stream<Path> onPath = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(dir -> !dir.isEmpty()).map(dir -> Path.of(dir, "chromium"));
        return Stream.concat(KNOWN_PLACES.stream(), onPath).filter(Files::isExecutable).findFirst();
    }

    /** Starts {@code executable} with an empty profile and opens one page, {@code about:blank}, to drive. */
    static HeadlessChromium start(Path executable) throws Exception {
        Path profile = Files.createTempDirectory("saring-chromium-");
        Process process = new ProcessBuilder(executable.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--remote-debugging-port=0", "--user-data-dir=" + profile, "about:blank")
                .redirectErrorStream(true).redirectOutput(log(profile).toFile())
                .start();
        try {
            return new HeadlessChromium(profile, process);
        } catch (Exception | Error e) {
            kill(process);
            deleteQuietly(profile);
            throw e;
        }
    }

    private HeadlessChromium(Path profile, Process process) throws Exception {
        this.profile = profile;
        this.process = process;
        // The browser writes its port and the browser's socket path here once it listens (port 0: any free one).
        Path activePort = profile.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + WAIT.toNanos();
        List<String> lines = List.of();
        while (lines.size() < 2) {
            if (!process.isAlive()) {
                throw new IllegalStateException("chromium exited with " + process.exitValue() + " before listening: "
                        + Files.readString(log(profile), StandardCharsets.UTF_8));
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("chromium did not write " + activePort + " within " + WAIT);
            }
            Thread.sleep(50);
            if (Files.exists(activePort)) {
                lines = Files.readAllLines(activePort, StandardCharsets.UTF_8);
            }
        }
        URI browser = URI.create("ws://127.0.0.1:" + lines.get(0).strip() + lines.get(1).strip());
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(WAIT)
                .buildAsync(browser, new Listener()).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        String target = send("Target.createTarget", json.createObjectNode().put("url", "about:blank"))
                .get("targetId").asText();
        session = send("Target.attachToTarget", json.createObjectNode().put("targetId", target).put("flatten", true))
                .get("sessionId").asText();
    }

    /** Sends a command to the page and returns its result; fails on a protocol error or after {@link #WAIT}. */
    JsonNode send(String method, ObjectNode params) throws Exception {
        int id = ids.incrementAndGet();
        ObjectNode message = json.createObjectNode().put("id", id).put("method", method);
        message.set("params", params);
        if (!session.isEmpty()) {
            message.put("sessionId", session);
        }
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        replies.put(id, reply);
        synchronized (socket) {
            socket.sendText(json.writeValueAsString(message), true).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        }
        JsonNode answer = reply.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        if (answer.has("error")) {
            throw new IllegalStateException(method + " failed: " + answer.get("error"));
        }
        return answer.get("result");
    }

    JsonNode send(String method) throws Exception {
        return send(method, json.createObjectNode());
    }

    ObjectNode params() {
        return json.createObjectNode();
    }

    /** A future completed by the next event named {@code method}; ask before causing the event. */
    CompletableFuture<JsonNode> next(String method) {
        CompletableFuture<JsonNode> event = new CompletableFuture<>();
        awaited.computeIfAbsent(method, m -> new CopyOnWriteArrayList<>()).add(event);
        return event;
    }

    /** The parameters of every event named {@code method} received so far, in order. */
    List<JsonNode> events(String method) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode e : events) {
            if (method.equals(e.path("method").asText())) {
                found.add(e.get("params"));
            }
        }
        return found;
    }

    /** Evaluates {@code expression} in the page and returns its value as JSON. */
    JsonNode evaluate(String expression) throws Exception {
        JsonNode result = send("Runtime.evaluate", params().put("expression", expression).put("returnByValue", true)
                .put("awaitPromise", true));
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException("script failed: " + result.get("exceptionDetails"));
        }
        return result.get("result").path("value");
    }

    private final class Listener implements WebSocket.Listener {

        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                receive(text.toString());
                text.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        private void receive(String message) {
            JsonNode node;
            try {
                node = json.readTree(message);
            } catch (IOException e) {
                return;
            }
            if (node.has("id")) {
                CompletableFuture<JsonNode> reply = replies.remove(node.get("id").asInt());
                if (reply != null) {
                    reply.complete(node);
                }
                return;
            }
            events.add(node);
            List<CompletableFuture<JsonNode>> waiting = awaited.remove(node.path("method").asText());
            if (waiting != null) {
                waiting.forEach(w -> w.complete(node.get("params")));
            }
        }
    }

    @Override
    public void close() {
        try {
            socket.abort();
        } finally {
            kill(process);
            deleteQuietly(profile);
        }
    }

    /** Kills the browser and its helper processes (renderer, zygote), and waits for them to end. */
    private static void kill(Process process) {
        List<ProcessHandle> helpers = process.descendants().toList();
        helpers.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS);
            for (ProcessHandle helper : helpers) {
                helper.onExit().get(WAIT.toSeconds(), TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception ignored) {
            // a helper that will not end is left to the system; the test's verdict stands
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a left-over temporary profile harms nothing
        }
        log(folder).toFile().delete();
    }

    /** What the browser prints, kept beside its profile to explain a browser that would not start. */
    private static Path log(Path profile) {
        return profile.resolveSibling(profile.getFileName() + ".log");
    }
}
