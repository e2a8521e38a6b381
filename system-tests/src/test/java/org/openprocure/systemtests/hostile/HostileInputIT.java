package org.openprocure.systemtests.hostile;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openprocure.stack.LocalStack;
import org.openprocure.systemtests.endpoints.PortalSession;
import org.openprocure.systemtests.Platform;
import org.openprocure.systemtests.SuiteCounts;
import org.openprocure.systemtests.endpoints.Endpoint;
import org.openprocure.systemtests.endpoints.EndpointCatalog;
import org.openprocure.systemtests.hostile.MaliciousPdfs.Malicious;

/**
 * Hostile input against the whole platform. Every endpoint of every service and of the portal, as found
 * in the packaged applications, is called by a caller its annotations allow with thousands of malformed,
 * oversized, wrongly typed and injection-shaped requests; then every endpoint that takes a PDF is sent a
 * truncated, an encrypted, a JavaScript-bearing PDF, a zip bomb and a file that is not a PDF. No answer
 * is a 5xx or shows a stack trace; every refusal of a service is problem+json saying what was wrong (the
 * field, where there is one); every refusal of the portal is one of its pages; the refused PDFs are
 * refused with their reason; and no table of the five databases has changed.
 */
class HostileInputIT {

    private static final String SUITE = "hostile input";
    private static final long SEED = 20261201L;
    private static final List<String> APPLICATIONS = List.of("tender-service", "bid-service", "evaluation-service",
            "contract-service", "portal");
    /** The demo user who calls an endpoint that a role may call. */
    private static final Map<String, String> USER_OF_ROLE = Map.of("officer", "officer.anna", "supplier",
            "supplier.acme", "evaluator", "evaluator.dana", "auditor", "auditor.farah");
    /**
     * Reads that record an attempt for auditors when they name a real tender before its opening (Annex IV
     * (g)): they get only made-up and hostile values, so that the record is not written by this test.
     */
    private static final Set<String> AUDITED_READS = Set.of("bid-service GET /api/tenders/{ocid}/bids");
    /** Moving the clocks is allowed to anybody on a test platform; a hostile clock would upset every other test. */
    private static final Set<String> NOT_FUZZED = Set.of("POST /api/clock/advance");
    /** Tables that may change while the hostile requests run, each for a reason that is not the requests. */
    private static final Set<String> TABLES_WRITTEN_MEANWHILE = Set.of(
            // bid-service's decoy watch writes the time of each look (every 10 minutes) here.
            "bid.public.decoy_watch",
            // contract-service recomputes its red flags every 30 s once new history has arrived (from the
            // fixtures or the tests before); the history they are computed from is compared.
            "contract.public.red_flag", "contract.public.red_flag_process", "contract.public.red_flag_run",
            // The anonymous integrity channel counts requests per time window against floods (a 429 beyond
            // the limit), refused ones included: the count is the point, the reports table is compared.
            "contract.integrity.rate_window");

    private static Path repoRoot;
    private long[] counts;
    private static Fixtures fixtures;

    @BeforeAll
    static void platform() {
        Platform.get();
        repoRoot = Path.of(System.getProperty("openprocure.repo.root", "..")).toAbsolutePath().normalize();
        fixtures = Fixtures.create();
    }

    @Test
    void hostileRequestsToEveryEndpointAreRefusedClearlyAndChangeNothing() {
        for (int attempt = 1; ; attempt++) {
            Object look = decoyLook();
            List<String> problems = new ArrayList<>();
            List<String> changes = hostileRequests(problems);
            if (!changes.isEmpty() && attempt == 1 && !java.util.Objects.equals(look, decoyLook())) {
                // bid-service's decoys moved meanwhile (their look follows a jump of the clocks): once more,
                // the next look is ten minutes away.
                System.out.println("hostile input: decoy envelopes moved during the run; running it again");
                continue;
            }
            if (!changes.isEmpty()) {
                problems.add("tables changed: " + changes);
            }
            SuiteCounts.add(SUITE, "endpoints", counts[0]);
            SuiteCounts.add(SUITE, "requests sent", counts[1]);
            SuiteCounts.add(SUITE, "refusals checked", counts[2]);
            SuiteCounts.add(SUITE, "tables compared", counts[3]);
            assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + problems.stream().limit(80)
                    .collect(Collectors.joining("\n")));
            return;
        }
    }

    private List<String> hostileRequests(List<String> problems) {
        long started = System.nanoTime();
        DatabaseSnapshot before = quiet();
        Random random = new Random(SEED);
        String pdf = Platform.onePagePdfBase64("Hostile input check");
        HostileRequests requests = new HostileRequests(random, Platform.serverTime(), pdf, portalFormFieldNames());
        Map<String, String> tokens = tokens();
        Map<String, PortalSession> sessions = portalSessions();
        Sender sender = new Sender(baseUrls(), tokens, sessions);

        List<Probe> probes = new ArrayList<>();
        int endpoints = 0;
        for (String application : APPLICATIONS) {
            try (ResourceMethods methods = new ResourceMethods(repoRoot, application)) {
                for (Endpoint endpoint : EndpointCatalog.of(repoRoot, application)) {
                    if (NOT_FUZZED.contains(endpoint.key()) || endpoint.access().equals("roles")
                            && endpoint.roles().stream().noneMatch(USER_OF_ROLE::containsKey)) {
                        continue;
                    }
                    endpoints++;
                    probes.addAll(requests.of(endpoint, methods.inputs(endpoint), caller(endpoint),
                            AUDITED_READS.contains(application + " " + endpoint.key()) ? Map.of()
                                    : fixtures.realValues(application)));
                }
            }
        }
        probes.addAll(oversized(random));
        sender.sendAll(probes);

        DatabaseSnapshot after = DatabaseSnapshot.of(Platform.get().postgres(), TABLES_WRITTEN_MEANWHILE);
        counts = new long[] {endpoints, sender.sent.get(), sender.refusals.get(), after.tables().size()};
        System.out.printf(Locale.ROOT, "hostile input: %d endpoints, %d requests, %d refusals in %d s%n", endpoints,
                sender.sent.get(), sender.refusals.get(), (System.nanoTime() - started) / 1_000_000_000L);
        problems.addAll(sender.failures);
        List<String> changes = after.changesSince(before);
        if (!changes.isEmpty()) {
            problems.add("requests that were accepted: " + sender.accepted);
        }
        return changes;
    }

    /** When bid-service's decoy watch last looked, by its clock. */
    private static Object decoyLook() {
        try (java.sql.Connection connection = Platform.get().postgres().connect("bid");
                java.sql.Statement statement = connection.createStatement();
                java.sql.ResultSet rs = statement.executeQuery("select looked_at from decoy_watch where id = 1")) {
            return rs.next() ? rs.getObject(1) : null;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void maliciousPdfsAreRefusedWithTheirReasonAtEveryUpload() {
        maliciousPdfs(1);
    }

    private void maliciousPdfs(int attempt) {
        Object look = decoyLook();
        DatabaseSnapshot before = quiet();
        List<Malicious> files = MaliciousPdfs.all();
        Map<String, String> tokens = tokens();
        Map<String, PortalSession> sessions = portalSessions();
        Sender sender = new Sender(baseUrls(), tokens, sessions);
        List<String> problems = new ArrayList<>();
        Set<String> covered = new TreeSet<>();
        int refused = 0;
        for (Upload upload : uploads()) {
            covered.add(upload.endpoint().application() + " " + upload.endpoint().key());
            for (Malicious file : files) {
                Probe probe = upload.probe(file);
                HttpResponse<byte[]> response = sender.send(probe);
                if (response == null) {
                    continue;
                }
                String body = new String(response.body(), StandardCharsets.UTF_8);
                boolean portal = upload.endpoint().application().equals("portal");
                int status = response.statusCode();
                boolean named = file.reason().stream().anyMatch(word -> body.toLowerCase(Locale.ROOT)
                        .contains(word.toLowerCase(Locale.ROOT)));
                if (status < 400 || status >= 500 || !named) {
                    problems.add(probe.describe() + ": " + status + ", expected a refusal saying "
                            + file.reason() + ": " + Probe.abbreviate(body));
                } else if (portal ? !response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")
                        : !response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
                    problems.add(probe.describe() + ": " + status + " refusal is not "
                            + (portal ? "a page" : "problem+json"));
                } else {
                    refused++;
                }
            }
        }
        // Every endpoint that takes a PDF has its case above: a new upload cannot be left out.
        Set<String> takingPdfs = new TreeSet<>();
        for (String application : APPLICATIONS) {
            try (ResourceMethods methods = new ResourceMethods(repoRoot, application)) {
                for (Endpoint endpoint : EndpointCatalog.of(repoRoot, application)) {
                    if (takesPdf(endpoint, methods)) {
                        takingPdfs.add(application + " " + endpoint.key());
                    }
                }
            }
        }
        takingPdfs.removeAll(covered);
        DatabaseSnapshot after = DatabaseSnapshot.of(Platform.get().postgres(), TABLES_WRITTEN_MEANWHILE);
        List<String> changes = after.changesSince(before);
        if (!changes.isEmpty() && attempt == 1 && !java.util.Objects.equals(look, decoyLook())) {
            // bid-service's decoys moved meanwhile (their look follows a jump of the clocks): once more.
            System.out.println("hostile input: decoy envelopes moved during the PDF uploads; sending them again");
            maliciousPdfs(2);
            return;
        }
        if (!changes.isEmpty()) {
            problems.add("tables changed: " + changes);
        }
        SuiteCounts.add(SUITE, "malicious PDFs refused", refused);
        SuiteCounts.add(SUITE, "requests sent", sender.sent.get());
        SuiteCounts.add(SUITE, "tables compared", after.tables().size());
        problems.addAll(sender.failures);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertEquals(Set.of(), takingPdfs, "endpoints that take a PDF without a malicious-PDF case here");
    }

    /** An upload endpoint and how to send it a file. */
    private record Upload(Endpoint endpoint, String caller, String target, java.util.function.Function<Malicious,
            Probe> sending) {
        Probe probe(Malicious file) {
            return sending.apply(file);
        }
    }

    private List<Upload> uploads() {
        List<Upload> uploads = new ArrayList<>();
        Endpoint tenderDocuments = endpoint("tender-service", "POST /api/tenders/{id}/documents");
        String documentsTarget = "/api/tenders/" + fixtures.draftId + "/documents?title=Specification";
        uploads.add(new Upload(tenderDocuments, "officer.anna", documentsTarget, file -> new Probe(tenderDocuments,
                "officer.anna", documentsTarget, "application/pdf", file.content(), file.name(), null)));

        Endpoint submit = endpoint("bid-service", "POST /api/tenders/{ocid}/bids");
        String bidsTarget = "/api/tenders/" + fixtures.ocid + "/bids";
        uploads.add(new Upload(submit, "supplier.borealis", bidsTarget, file -> new Probe(submit, "supplier.borealis",
                bidsTarget, "application/json", HostileRequests.bytes(Fixtures.offerJson("98000.00", file.base64())),
                file.name(), null)));
        Endpoint replace = endpoint("bid-service", "PUT /api/tenders/{ocid}/bids/{bidId}");
        String replaceTarget = bidsTarget + "/" + fixtures.bidId;
        uploads.add(new Upload(replace, "supplier.acme", replaceTarget, file -> new Probe(replace, "supplier.acme",
                replaceTarget, "application/json", HostileRequests.bytes(Fixtures.offerJson("97000.00",
                file.base64())), file.name(), null)));

        Endpoint report = endpoint("contract-service", "POST /api/integrity-reports");
        uploads.add(new Upload(report, null, "/api/integrity-reports", file -> new Probe(report, null,
                "/api/integrity-reports", "application/json", HostileRequests.bytes("{\"subject\": {\"type\": "
                + "\"tender\", \"id\": \"" + fixtures.ocid + "\"}, \"category\": \"bidRigging\", \"description\": "
                + "\"The prices were agreed before the tender was published.\", \"attachments\": [{\"content\": \""
                + file.base64() + "\"}]}"), file.name(), null)));
        if (fixtures.contractId != null) {
            Endpoint sign = endpoint("contract-service", "POST /api/contracts/{contractId}/signature");
            String signTarget = "/api/contracts/" + fixtures.contractId + "/signature";
            uploads.add(new Upload(sign, "officer.anna", signTarget, file -> new Probe(sign, "officer.anna",
                    signTarget, "application/json", HostileRequests.bytes(fixtures.signatureJson(file.base64())),
                    file.name(), null)));
        }

        Endpoint portalUpload = endpoint("portal", "POST /officer/tenders/{id}/documents");
        String portalUploadTarget = "/officer/tenders/" + fixtures.draftId + "/documents";
        uploads.add(new Upload(portalUpload, "officer.anna", portalUploadTarget, file -> multipart(portalUpload,
                "officer.anna", portalUploadTarget, Map.of("title", "Specification"), "file", file)));
        Endpoint portalBid = endpoint("portal", "POST /tenders/{ocid}/bid");
        String portalBidTarget = "/tenders/" + fixtures.ocid + "/bid";
        uploads.add(new Upload(portalBid, "supplier.borealis", portalBidTarget, file -> multipart(portalBid,
                "supplier.borealis", portalBidTarget, Map.of("lot.lot-1.amount", "98000.00", "currency", "EUR",
                        "documents[0].title", "Technical offer", "idempotencyKey", UUID.randomUUID().toString()),
                "documents[0].file", file)));
        Endpoint portalReplace = endpoint("portal", "POST /tenders/{ocid}/bid/{bidId}/replace");
        String portalReplaceTarget = "/tenders/" + fixtures.ocid + "/bid/" + fixtures.bidId + "/replace";
        uploads.add(new Upload(portalReplace, "supplier.acme", portalReplaceTarget, file -> multipart(portalReplace,
                "supplier.acme", portalReplaceTarget, Map.of("lot.lot-1.amount", "97000.00", "currency", "EUR",
                        "documents[0].title", "Technical offer", "idempotencyKey", UUID.randomUUID().toString()),
                "documents[0].file", file)));
        if (fixtures.contractId != null) {
            Endpoint portalSign = endpoint("portal", "POST /contracts/{contractId}/signature");
            String portalSignTarget = "/contracts/" + fixtures.contractId + "/signature";
            String today = Platform.serverTime().toString().substring(0, 10);
            String end = Platform.serverTime().plus(Duration.ofDays(90)).toString().substring(0, 10);
            uploads.add(new Upload(portalSign, "officer.anna", portalSignTarget, file -> multipart(portalSign,
                    "officer.anna", portalSignTarget, Map.of("dateSigned", today, "value.amount", fixtures.contractAmount,
                            "value.currency", "EUR", "period.startDate", today, "period.endDate", end,
                            "document.title", "Signed contract"), "document.content", file)));
        }
        Endpoint portalReport = endpoint("portal", "POST /integrity");
        uploads.add(new Upload(portalReport, null, "/integrity", file -> multipart(portalReport, null, "/integrity",
                Map.of("subject.type", "general", "category", "bidRigging", "description",
                        "The prices were agreed before the tender was published."), "attachment", file)));
        return uploads;
    }

    private static Probe multipart(Endpoint endpoint, String caller, String target, Map<String, String> fields,
            String fileField, Malicious file) {
        String boundary = "hostile" + UUID.nameUUIDFromBytes(file.content()).toString().replace("-", "");
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                + "\"; filename=\"document.pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file.content());
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new Probe(endpoint, caller, target, "multipart/form-data; boundary=" + boundary, body.toByteArray(),
                file.name(), null);
    }

    /** Whether an endpoint takes a document: raw PDF, a multipart file, or base64 content in its JSON. */
    private static boolean takesPdf(Endpoint endpoint, ResourceMethods methods) {
        if (endpoint.consumes().contains("application/pdf")) {
            return true;
        }
        ResourceMethods.Input body = methods.body(endpoint);
        boolean fileUpload = methods.inputs(endpoint).stream().anyMatch(i -> BodyShape.raw(i.type()).getName()
                .contains("FileUpload"));
        if (fileUpload) {
            return true;
        }
        if (body == null) {
            return false;
        }
        if (endpoint.consumes().stream().anyMatch(c -> c.startsWith("multipart/"))) {
            return endpoint.application().equals("portal") && portalFormHasFile(endpoint);
        }
        if (!BodyShape.isJson(BodyShape.raw(body.type()))) {
            return false;
        }
        BodyShape shape = new BodyShape(body.type(), body.annotations(), java.time.Instant.now(), "", new Random(1));
        return shape.slots.stream().anyMatch(s -> s.kind() == BodyShape.FieldKind.BYTES
                || s.kind() == BodyShape.FieldKind.STRING && s.name().equals("content"));
    }

    /** A portal form posted as multipart carries a file when its template has a file input. */
    private static boolean portalFormHasFile(Endpoint endpoint) {
        return !endpoint.path().contains("/opening") && !endpoint.path().contains("/justification");
    }

    private List<Probe> oversized(Random random) {
        List<Probe> probes = new ArrayList<>();
        byte[] big = new byte[25 * 1024 * 1024];
        random.nextBytes(big);
        byte[] huge = new byte[45 * 1024 * 1024];
        random.nextBytes(huge);
        for (String application : APPLICATIONS) {
            Endpoint target = application.equals("portal") ? endpoint("portal", "POST /integrity")
                    : endpoint(application, firstJsonPost(application));
            String path = target.path().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            String caller = application.equals("portal") ? null : caller(target);
            String type = application.equals("portal") ? "multipart/form-data; boundary=b" : "application/json";
            probes.add(new Probe(target, caller, path, type, big, "a 25 MB body", null));
            probes.add(new Probe(target, caller, path, type, huge, "a 45 MB body", null));
        }
        return probes;
    }

    private String firstJsonPost(String application) {
        return EndpointCatalog.of(repoRoot, application).stream()
                .filter(e -> e.method().equals("POST") && e.consumes().contains("application/json")
                        && !NOT_FUZZED.contains(e.key()) && !e.pathVariables().isEmpty())
                .map(Endpoint::key).findFirst().orElseThrow();
    }

    private Endpoint endpoint(String application, String key) {
        return EndpointCatalog.of(repoRoot, application).stream().filter(e -> e.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no endpoint " + key + " in " + application));
    }

    private static String caller(Endpoint endpoint) {
        return switch (endpoint.access()) {
            case "public" -> null;
            case "authenticated" -> "officer.anna";
            default -> endpoint.roles().stream().filter(USER_OF_ROLE::containsKey).map(USER_OF_ROLE::get)
                    .findFirst().orElseThrow();
        };
    }

    private static Map<String, String> baseUrls() {
        Map<String, String> urls = new LinkedHashMap<>();
        for (String application : APPLICATIONS) {
            urls.put(application, Platform.url(application));
        }
        return urls;
    }

    private static Map<String, String> tokens() {
        Map<String, String> tokens = new LinkedHashMap<>();
        for (String user : Stream.concat(USER_OF_ROLE.values().stream(), Stream.of("supplier.borealis")).toList()) {
            tokens.put(user, Platform.token(user));
        }
        return tokens;
    }

    private static Map<String, PortalSession> portalSessions() {
        Map<String, PortalSession> sessions = new LinkedHashMap<>();
        for (String user : Stream.concat(USER_OF_ROLE.values().stream(), Stream.of("supplier.borealis")).toList()) {
            sessions.put(user, PortalSession.signIn(Platform.portalUrl(), user, Platform.DEMO_PASSWORD));
        }
        return sessions;
    }

    /** The names of the portal's form fields, from its templates. */
    private static List<String> portalFormFieldNames() {
        Pattern name = Pattern.compile("name=\"([A-Za-z][A-Za-z0-9._\\-\\[\\]]*)\"");
        Set<String> names = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(repoRoot.resolve("portal/src/main/resources/templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = name.matcher(Files.readString(template));
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(names);
    }

    /**
     * The databases once nothing moves any more: the events of the fixtures (and of the tests before) have
     * reached every consumer, and two snapshots a few seconds apart agree.
     */
    private static DatabaseSnapshot quiet() {
        DatabaseSnapshot[] last = {DatabaseSnapshot.of(Platform.get().postgres(), TABLES_WRITTEN_MEANWHILE)};
        await("the databases stop changing").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(3))
                .until(() -> {
                    DatabaseSnapshot now = DatabaseSnapshot.of(Platform.get().postgres(), TABLES_WRITTEN_MEANWHILE);
                    boolean same = now.changesSince(last[0]).isEmpty();
                    last[0] = now;
                    return same;
                });
        return last[0];
    }

    /** What exists before the hostile requests: a draft, a published tender with a bid, maybe a contract. */
    static final class Fixtures {
        private static final Duration PATIENCE = Duration.ofSeconds(60);
        String draftId;
        String publishedId;
        String ocid;
        String bidId;
        String contractId;
        String contractAmount;

        static Fixtures create() {
            Fixtures f = new Fixtures();
            // First the contract, whose tender must pass its deadline and standstill on the clocks; then the
            // tenders that must still be open.
            f.pendingContract();
            String tenders = Platform.url("tender-service");
            String anna = Platform.token("officer.anna");
            f.draftId = given().baseUri(tenders).auth().oauth2(anna).contentType(ContentType.JSON)
                    .body(Platform.draftJson("Hostile input — draft", Platform.serverTime()))
                    .post("/api/tenders").then().statusCode(201).extract().path("id");
            f.ocid = Platform.publishDemoTender("officer.anna", "Hostile input — published " + UUID.randomUUID());
            f.publishedId = given().baseUri(tenders).get("/api/notices/{ocid}", f.ocid).then().statusCode(200)
                    .extract().path("id");
            String bids = Platform.url("bid-service");
            await("the tender's sealing key").atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    given().baseUri(bids).get("/api/tenders/{ocid}/sealing-key", f.ocid).then().statusCode(200));
            f.bidId = given().baseUri(bids).auth().oauth2(Platform.token("supplier.acme")).contentType(ContentType.JSON)
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .body(offerJson("99000.00", Platform.onePagePdfBase64("Acme offer")))
                    .post("/api/tenders/{ocid}/bids", f.ocid).then().statusCode(201).extract().path("bidId");
            return f;
        }

        /** A tender bid on, opened, evaluated and awarded: its contract waits for the signed PDF. */
        private void pendingContract() {
            String contractOcid = Platform.publishDemoTender("officer.anna", "Hostile input — contract "
                    + UUID.randomUUID());
            String bids = Platform.url("bid-service");
            await("the sealing key").atMost(PATIENCE).untilAsserted(() ->
                    given().baseUri(bids).get("/api/tenders/{ocid}/sealing-key", contractOcid).then().statusCode(200));
            String annaCard = card(contractOcid, "officer.anna");
            String chloeCard = card(contractOcid, "officer.chloe");
            contractAmount = "99800.50";
            given().baseUri(bids).auth().oauth2(Platform.token("supplier.zielinski")).contentType(ContentType.JSON)
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .body("{\"lots\": [{\"lotId\": \"lot-1\", \"price\": {\"amount\": " + contractAmount
                            + ", \"currency\": \"EUR\"}}]}")
                    .post("/api/tenders/{ocid}/bids", contractOcid).then().statusCode(201);
            Platform.advanceClocks(Duration.ofDays(31));
            for (String[] holder : List.of(new String[] {"officer.anna", annaCard},
                    new String[] {"officer.chloe", chloeCard})) {
                given().baseUri(bids).auth().oauth2(Platform.token(holder[0])).contentType(ContentType.JSON)
                        .body("{\"card\": \"" + holder[1] + "\"}")
                        .post("/api/tenders/{ocid}/opening/shares", contractOcid).then().statusCode(200);
            }
            String evaluations = Platform.url("evaluation-service");
            String dana = Platform.token("evaluator.dana");
            await("the bids reach the evaluation").atMost(PATIENCE).untilAsserted(() ->
                    given().baseUri(evaluations).auth().oauth2(Platform.token("auditor.farah"))
                            .get("/api/evaluations/{ocid}", contractOcid).then().statusCode(200)
                            .body("status", org.hamcrest.Matchers.equalTo("bids_opened")));
            given().baseUri(evaluations).auth().oauth2(Platform.token("officer.anna")).contentType(ContentType.JSON)
                    .body("{\"members\": [{\"username\": \"evaluator.dana\", \"name\": \"Dana Novák\", \"chair\": true},"
                            + " {\"username\": \"evaluator.ines\", \"name\": \"Inês Ferreira\", \"chair\": false}]}")
                    .put("/api/evaluations/{ocid}/committee", contractOcid).then().statusCode(200);
            for (String evaluator : List.of(dana, Platform.token("evaluator.ines"))) {
                given().baseUri(evaluations).auth().oauth2(evaluator).contentType(ContentType.JSON)
                        .body("{\"declarations\": [{\"bidderId\": \"supplier-zielinski\", \"conflictOfInterest\": false}]}")
                        .put("/api/evaluations/{ocid}/declarations/mine", contractOcid).then().statusCode(200);
            }
            List<String> bidIds = given().baseUri(evaluations).auth().oauth2(dana)
                    .get("/api/evaluations/{ocid}/bids", contractOcid).then().statusCode(200).extract().path("bidId");
            for (String bidId : bidIds) {
                given().baseUri(evaluations).auth().oauth2(dana).contentType(ContentType.JSON)
                        .body("{\"qualified\": true, \"reason\": \"Turnover and two comparable contracts shown.\","
                                + " \"documents\": []}")
                        .put("/api/evaluations/{ocid}/bids/{bidId}/lots/lot-1/qualification", contractOcid, bidId)
                        .then().statusCode(200);
            }
            given().baseUri(evaluations).auth().oauth2(dana)
                    .post("/api/evaluations/{ocid}/lots/lot-1/proposal", contractOcid).then().statusCode(201);
            Platform.advanceClocks(Duration.ofDays(11));
            String contracts = Platform.url("contract-service");
            contractId = await("the award's contract").atMost(PATIENCE).until(() ->
                    given().baseUri(contracts).queryParam("ocid", contractOcid).get("/api/contracts").then()
                            .statusCode(200).extract().path("items.find { it.lotId == 'lot-1' }.contractId"),
                    id -> id != null);
            // A day later, so that a date alone (as the portal's form gives it) lies after the award.
            Platform.advanceClocks(Duration.ofDays(1));
        }

        private static String card(String ocid, String officer) {
            return given().baseUri(Platform.url("bid-service")).auth().oauth2(Platform.token(officer))
                    .post("/api/tenders/{ocid}/key-shares/mine", ocid).then().statusCode(200).extract().path("text");
        }

        static String offerJson(String amount, String documentBase64) {
            return "{\"lots\": [{\"lotId\": \"lot-1\", \"price\": {\"amount\": " + amount + ", \"currency\": \"EUR\"}}],"
                    + " \"documents\": [{\"title\": \"Technical offer\", \"fileName\": \"offer.pdf\", \"content\": \""
                    + documentBase64 + "\"}]}";
        }

        String signatureJson(String documentBase64) {
            java.time.Instant now = Platform.serverTime();
            return "{\"dateSigned\": \"" + now + "\", \"value\": {\"amount\": " + contractAmount
                    + ", \"currency\": \"EUR\"}, \"period\": {\"startDate\": \"" + now + "\", \"endDate\": \""
                    + now.plus(Duration.ofDays(90)) + "\"}, \"document\": {\"title\": \"Signed contract\","
                    + " \"fileName\": \"contract.pdf\", \"content\": \"" + documentBase64 + "\"}}";
        }

        /** Path variables that name something that exists, by application and variable name, for reads. */
        Map<String, String> realValues(String application) {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("ocid", ocid);
            if (application.equals("tender-service") || application.equals("portal")) {
                values.put("id", draftId);
            }
            values.put("bidId", bidId);
            if (contractId != null) {
                values.put("contractId", contractId);
            }
            values.put("lotId", "lot-1");
            return values;
        }
    }

    static JsonNode json(String text) {
        try {
            return HostileRequests.MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
