package org.openprocure.systemtests.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import org.openprocure.systemtests.endpoints.PortalSession;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends probes a few at a time and judges each answer: never a 5xx, never a stack trace; from a
 * service every refusal is problem+json whose title and detail say what was wrong (and name the field
 * where the probe knows which); from the portal every refusal is a page of its own layout.
 */
final class Sender {

    private static final int PARALLEL = 4;
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    final AtomicLong sent = new AtomicLong();
    final AtomicLong refusals = new AtomicLong();
    final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    final List<String> accepted = Collections.synchronizedList(new ArrayList<>());

    private final Map<String, String> baseUrls;
    private final Map<String, String> tokens;
    private final Map<String, PortalSession> portalSessions;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    Sender(Map<String, String> baseUrls, Map<String, String> tokens, Map<String, PortalSession> portalSessions) {
        this.baseUrls = baseUrls;
        this.tokens = tokens;
        this.portalSessions = portalSessions;
    }

    /** Sends every probe; returns when all are answered. */
    void sendAll(List<Probe> probes) {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Probe probe : probes) {
                running.add(pool.submit(() -> send(probe)));
            }
            for (Future<?> future : running) {
                future.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Sends one probe and judges its answer; returns the answer (null if there was none). */
    HttpResponse<byte[]> send(Probe probe) {
        boolean portal = probe.endpoint().application().equals("portal");
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(URI.create(baseUrls.get(probe.endpoint().application()) + probe.target()))
                    .timeout(TIMEOUT);
        } catch (IllegalArgumentException e) {
            failures.add(probe.describe() + ": the test built an invalid URI: " + e.getMessage());
            return null;
        }
        request.method(probe.endpoint().method(), probe.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(probe.body()));
        if (probe.contentType() != null) {
            request.header("Content-Type", probe.contentType());
            if (probe.contentType().equals("application/pdf")) {
                request.header("Content-Disposition", "attachment; filename=\"document.pdf\"");
            }
        }
        request.header("Accept", portal ? "text/html" : "application/json, application/problem+json, */*");
        PortalSession session = portal && probe.caller() != null ? portalSessions.get(probe.caller()) : null;
        if (!portal && probe.caller() != null) {
            request.header("Authorization", "Bearer " + tokens.get(probe.caller()));
        }
        if (probe.endpoint().method().equals("POST") || probe.endpoint().method().equals("PUT")) {
            request.header("Idempotency-Key", java.util.UUID.nameUUIDFromBytes(probe.describe().getBytes(
                    StandardCharsets.UTF_8)).toString());
        }
        sent.incrementAndGet();
        HttpResponse<byte[]> response;
        try {
            response = session != null ? session.send(request, HttpResponse.BodyHandlers.ofByteArray())
                    : client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            failures.add(probe.describe() + ": no answer (" + e + ")");
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        judge(probe, response, portal);
        return response;
    }

    private void judge(Probe probe, HttpResponse<byte[]> response, boolean portal) {
        int status = response.statusCode();
        String body = new String(response.body(), StandardCharsets.UTF_8);
        String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        if (status >= 500) {
            failures.add(probe.describe() + ": " + status + " " + Probe.abbreviate(body));
            return;
        }
        if (body.contains("\tat ") || body.contains("\n\tat ") || body.matches("(?s).*\\bjava\\.lang\\.[A-Z]\\w+Exception.*")) {
            failures.add(probe.describe() + ": a stack trace in the answer: " + Probe.abbreviate(body));
            return;
        }
        if (status < 400) {
            if (!probe.endpoint().method().equals("GET")) {
                accepted.add(probe.describe() + ": " + status);
            }
            return;
        }
        refusals.incrementAndGet();
        if (portal && !type.startsWith("application/problem+json")) {
            judgePortalPage(probe, status, body, type);
            return;
        }
        if (!type.startsWith("application/problem+json")) {
            failures.add(probe.describe() + ": " + status + " as '" + type + "', not problem+json: "
                    + Probe.abbreviate(body));
            return;
        }
        JsonNode problem;
        try {
            problem = HostileRequests.MAPPER.readTree(body);
        } catch (IOException e) {
            failures.add(probe.describe() + ": " + status + " problem+json that is not JSON: " + Probe.abbreviate(body));
            return;
        }
        String title = problem.path("title").asText("");
        String detail = problem.path("detail").asText("");
        if (title.isBlank() || detail.isBlank() || problem.path("status").asInt() != status) {
            failures.add(probe.describe() + ": " + status + " problem without title, detail or status: " + body);
            return;
        }
        if (detail.startsWith("HTTP ") || detail.equalsIgnoreCase(title)) {
            failures.add(probe.describe() + ": " + status + " problem whose detail says nothing of the problem: "
                    + body);
            return;
        }
        if (probe.names() != null && status == 400) {
            String said = (detail + " " + problem.path("errors")).toLowerCase(Locale.ROOT);
            if (!said.contains(probe.names().toLowerCase(Locale.ROOT))) {
                failures.add(probe.describe() + ": 400 that does not name '" + probe.names() + "': " + body);
            }
        }
    }

    private void judgePortalPage(Probe probe, int status, String body, String type) {
        if (!type.startsWith("text/html")) {
            failures.add(probe.describe() + ": " + status + " as '" + type + "', neither a page nor problem+json: "
                    + Probe.abbreviate(body));
            return;
        }
        if (!body.contains("<h1") || !body.contains("</html>")) {
            failures.add(probe.describe() + ": " + status + " is not a page of the portal: " + Probe.abbreviate(body));
        }
    }
}
