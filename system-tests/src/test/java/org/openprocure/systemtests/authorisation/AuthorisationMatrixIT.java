package org.openprocure.systemtests.authorisation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.openprocure.systemtests.endpoints.PortalSession;
import org.openprocure.systemtests.Platform;
import org.openprocure.systemtests.SuiteCounts;
import org.openprocure.systemtests.endpoints.Endpoint;

/**
 * Every endpoint of every service and of the portal, called by every caller of the declared table
 * ({@code docs/authorisation.md}) about the fixtures' resources, on the running platform with real Keycloak
 * tokens (and, for the portal, sessions signed in through Keycloak's login form). A cell that denies must be
 * answered with exactly its status; a cell that allows must get past authorisation: not 401, 403 or 404, and
 * not a server error.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuthorisationMatrixIT {

    private static final String SUITE = "authorisation matrix";
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

    private static Fixtures fixtures;
    private static RequestBodies bodies;
    private static final Map<Caller, String> TOKENS = new EnumMap<>(Caller.class);
    /** The callers of a row call at once, as people would. */
    private static final java.util.concurrent.ExecutorService CALLS = java.util.concurrent.Executors
            .newFixedThreadPool(Caller.values().length);
    private static final HttpClient SERVICES = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void fixtures() {
        Platform.get();
        long start = System.nanoTime();
        fixtures = Fixtures.create();
        System.out.printf("authorisation matrix: fixtures made in %d s%n", (System.nanoTime() - start) / 1_000_000_000);
        bodies = new RequestBodies(fixtures);
        SuiteCounts.add(SUITE, "callers", Caller.values().length);
        for (Caller caller : Caller.values()) {
            if (caller.username() != null) {
                TOKENS.put(caller, Platform.token(caller.username()));
            }
        }
    }

    @Test
    @Order(1)
    void everyServiceEndpointAnswersEveryCallerAsDeclared() {
        check(List.of("tender-service", "bid-service", "evaluation-service", "contract-service"));
    }

    @Test
    @Order(2)
    void everyPortalPageAnswersEveryCallerAsDeclared() {
        check(List.of("portal"));
    }

    private void check(List<String> applications) {
        List<AuthorisationTable.Row> table = AuthorisationTable.read(AuthorisationTableIT.REPO);
        Map<Caller, PortalSession> portalSessions = new EnumMap<>(Caller.class);
        if (applications.contains("portal")) {
            for (Caller caller : Caller.values()) {
                portalSessions.put(caller, portalSession(caller));
            }
        }
        List<String> failures = new ArrayList<>();
        for (String application : applications) {
            Map<String, Endpoint> code = new HashMap<>();
            Matrix.endpoints(AuthorisationTableIT.REPO, application).forEach(e -> code.put(e.key(), e));
            // Withdrawals last, as Acme's withdrawal of its open bid must not precede the calls about that bid, and
            // signing out last, as it ends the portal sessions.
            List<AuthorisationTable.Row> rows = table.stream().filter(r -> r.application().equals(application))
                    .sorted(java.util.Comparator.comparing(r -> r.method().equals("DELETE") || r.path().equals("/logout")))
                    .toList();
            for (AuthorisationTable.Row row : rows) {
                Endpoint endpoint = code.get(row.key());
                if (endpoint == null) {
                    failures.add(row + ": not served (see AuthorisationTableIT)");
                    continue;
                }
                String path = path(endpoint);
                SuiteCounts.add(SUITE, "endpoints", 1);
                // Denied callers first, together: their calls change nothing, whatever the allowed calls then do.
                for (boolean allowed : new boolean[] {false, true}) {
                    List<Caller> phase = java.util.Arrays.stream(Caller.values())
                            .filter(c -> row.expected().get(c).equals(AuthorisationTable.ALLOW) == allowed).toList();
                    List<java.util.concurrent.Future<String>> answers = new ArrayList<>();
                    for (Caller caller : phase) {
                        answers.add(CALLS.submit(() -> call(row, endpoint, path, caller, allowed,
                                portalSessions.get(caller))));
                    }
                    for (java.util.concurrent.Future<String> answer : answers) {
                        String failure = join(answer);
                        if (failure != null) {
                            failures.add(failure);
                        }
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " cells contradict docs/authorisation.md:\n"
                + String.join("\n", failures));
    }

    /** Calls the endpoint as the caller; returns how the answer contradicts the row, or null. */
    private static String call(AuthorisationTable.Row row, Endpoint endpoint, String path, Caller caller,
            boolean allowed, PortalSession session) {
        String expected = row.expected().get(caller);
        HttpResponse<String> response = session != null
                ? send(session, Platform.portalUrl(), endpoint, path, null, allowed)
                : send(null, Platform.url(row.application()), endpoint, path, TOKENS.get(caller), allowed);
        SuiteCounts.add(SUITE, "requests sent", 1);
        if (!allowed) {
            SuiteCounts.add(SUITE, "denials checked", 1);
        }
        String actual = outcome(response);
        boolean ok = allowed ? actual.equals(AuthorisationTable.ALLOW) : actual.equals(expected);
        return ok ? null : row + " " + caller.column() + ": expected " + expected + ", got " + response.statusCode()
                + " " + abbreviate(response) + (session == null ? "" : " (sent cookies "
                + response.request().headers().firstValue("Cookie").map(c -> java.util.Arrays.stream(c.split("; "))
                        .map(x -> x.split("=", 2)[0]).toList().toString()).orElse("none") + ")");
    }

    private static String join(java.util.concurrent.Future<String> answer) {
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private static PortalSession portalSession(Caller caller) {
        return caller.username() == null ? PortalSession.anonymous()
                : PortalSession.signIn(Platform.portalUrl(), caller.username(), Platform.DEMO_PASSWORD);
    }

    /** What the response says of authorisation: allow, login, or the refusing status. */
    private static String outcome(HttpResponse<String> response) {
        int status = response.statusCode();
        String location = response.headers().firstValue("Location").orElse("");
        if (status / 100 == 3 && location.contains("/protocol/openid-connect/auth")) {
            return AuthorisationTable.LOGIN;
        }
        if (status == 401 || status == 403 || status == 404) {
            return Integer.toString(status);
        }
        if (status >= 500) {
            return "server error " + status;
        }
        return AuthorisationTable.ALLOW;
    }

    private static HttpResponse<String> send(PortalSession session, String base, Endpoint endpoint, String path,
            String token, boolean allowed) {
        RequestBodies.Body body = bodies.of(endpoint, allowed);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .method(endpoint.method(), body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body.content()));
        if (body != null) {
            request.header("Content-Type", body.contentType());
            if (body.contentType().equals("application/pdf")) {
                request.header("Content-Disposition", "attachment; filename=\"document.pdf\"");
            }
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        request.header("Idempotency-Key", UUID.randomUUID().toString());
        request.header("Accept", endpoint.application().equals("portal")
                ? "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" : "application/json, */*");
        if (session != null) {
            return session.send(request);
        }
        try {
            return SERVICES.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(endpoint.method() + " " + base + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The endpoint's path with the fixtures' values in its variables. */
    private static String path(Endpoint endpoint) {
        Matcher m = VARIABLE.matcher(endpoint.path());
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(value(endpoint, m.group(1).strip())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String value(Endpoint endpoint, String variable) {
        String path = endpoint.path();
        // A bid is replaced or withdrawn only while bids are accepted: those calls are about Acme's bid on a
        // tender still open, so that the deadline does not answer before the bid's owner is checked.
        boolean openBid = path.matches(".*/bids?/\\{bidId}(/replace|/withdraw)?")
                && (endpoint.method().equals("PUT") || endpoint.method().equals("DELETE")
                        || endpoint.application().equals("portal"));
        if (openBid && (variable.equals("ocid") || variable.equals("bidId"))) {
            String prefix = endpoint.application().equals("portal") ? "portalOpen" : "open";
            return fixtures.get(prefix + (variable.equals("ocid") ? "Ocid" : "BidId"));
        }
        // The public read of a tender is about a draft: only the buyer's officers may see it.
        if (endpoint.application().equals("tender-service") && endpoint.key().equals("GET /api/tenders/{id}")) {
            return fixtures.get("draftId");
        }
        return switch (variable) {
            case "id" -> path.contains("/buyers/") ? fixtures.get("buyerId")
                    : path.contains("/suppliers/") ? fixtures.get("supplierId") : fixtures.get("tenderId");
            case "number" -> path.contains("/complaints/") ? fixtures.get("complaintNumber")
                    : fixtures.get("attachmentNumber");
            default -> fixtures.get(variable);
        };
    }

    private static String abbreviate(HttpResponse<String> response) {
        String body = response.body() == null ? "" : response.body().replaceAll("\\s+", " ");
        String location = response.headers().firstValue("Location").map(l -> "-> " + l + " ").orElse("");
        return location + (body.length() > 200 ? body.substring(0, 200) + "…" : body);
    }
}
