package org.openprocure.contract.integrity;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openprocure.events.EventEnvelope;
import org.openprocure.events.EventJson;
import org.openprocure.events.EventTypes;
import org.openprocure.events.GoldenFixtures;
import org.openprocure.stack.PostgresTestResource;
import org.openprocure.support.time.MutableClock;

/**
 * The anonymous integrity channel as a reporter and an auditor use it: what it keeps (nothing that
 * identifies the reporter), what a wrong follow-up code shows (nothing), how floods and code guessing
 * are held off, and the auditors' triage and conversation. The test profile's limits: 4 submissions a
 * minute and 10 an hour; 3 wrong follow-up codes a minute and 8 an hour.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "contract"))
class IntegrityReportTest {

    private static final AtomicInteger HOURS = new AtomicInteger();
    private static final Instant START = Instant.parse("2031-03-01T00:00:00Z");

    @Inject
    MutableClock clock;

    @Inject
    DataSource dataSource;

    @Inject
    @Any
    InMemoryConnector connector;

    /** Each test in an hour of its own, 17 minutes 23 seconds in: its own flood windows. */
    @BeforeEach
    void anHourOfItsOwn() {
        clock.set(START.plus(Duration.ofHours(2L * HOURS.incrementAndGet())).plus(Duration.ofSeconds(17 * 60 + 23)));
    }

    @Test
    void nothingIdentifyingTheReporterIsStored() throws SQLException {
        String marker = UUID.randomUUID().toString();
        String language = "x-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> identifying = Map.of(
                "X-Forwarded-For", "203.0.113.77, 10.1.2.3",
                "X-Real-IP", "192.0.2.99",
                "Forwarded", "for=198.51.100.23;proto=https;by=203.0.113.1",
                "User-Agent", "Mozilla/5.0 (X11; Probe-" + marker + ") Firefox/131.0",
                "Cookie", "session=cookie-" + marker,
                "Referer", "https://news.example/story-" + marker,
                "Accept-Language", "uk-UA-" + language);
        String description = "The evaluation committee chair is married to the winner's director (" + marker + ").";

        ExtractableResponse<Response> created = identified(identifying).contentType("application/json")
                .body(report("general", null, "conflictOfInterest", description,
                        List.of(base64(("Minutes of the site visit " + marker).getBytes(StandardCharsets.UTF_8)))))
                .post("/api/integrity-reports").then().statusCode(201)
                .header("Set-Cookie", nullValue())
                .header("Cache-Control", "no-store")
                .body("reference", matchesPattern("IR-[0-9A-Z]{4}-[0-9A-Z]{4}"))
                .body("followUpCode", matchesPattern("([0-9A-HJKMNP-TV-Z]{4}-){5}[0-9A-HJKMNP-TV-Z]{4}"))
                .body("status", equalTo("received"))
                .extract();
        String code = created.path("followUpCode");
        identified(identifying).contentType("application/json").body(Map.of("code", code, "text", "One more thing."))
                .post("/api/integrity-reports/follow-up/messages").then().statusCode(200)
                .header("Set-Cookie", nullValue());
        identified(identifying).contentType("application/json").body(Map.of("code", code))
                .post("/api/integrity-reports/follow-up").then().statusCode(200)
                .header("Set-Cookie", nullValue())
                .body("receivedOn", equalTo(day()));

        List<String> rows = everyRowOfEveryTable();
        assertTrue(rows.stream().anyMatch(row -> row.contains(marker + ").")), "the report itself is stored");
        List<String> secrets = new ArrayList<>(List.of("203.0.113.77", "10.1.2.3", "192.0.2.99", "198.51.100.23",
                "203.0.113.1", "Probe-" + marker, "Mozilla/5.0", "cookie-" + marker, "story-" + marker,
                language, code, code.replace("-", ""), code.toLowerCase()));
        for (String secret : secrets) {
            assertFalse(rows.stream().anyMatch(row -> row.contains(secret)), () -> "stored: " + secret);
        }
        // no exact time either: the report keeps days, and the flood windows only where they end
        String timeOfDay = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC).format(clock.instant());
        assertFalse(rowsOf("integrity").stream().anyMatch(row -> row.contains(timeOfDay)), timeOfDay);
        assertEquals(List.of("rate_window.window_end"), timeColumns("integrity"));
    }

    @Test
    void aWrongCodeRevealsNothing() {
        String code = newReport("general", null, "bribery", "Cash changed hands at the site meeting.").path("followUpCode");
        String almost = code.substring(0, code.length() - 1) + (code.endsWith("0") ? "1" : "0");

        Map<String, Object> wrong = followUp(almost).then().statusCode(404).extract().as(Map.class);
        Map<String, Object> random = followUp("ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ").then().statusCode(404).extract().as(Map.class);
        Map<String, Object> malformed = followUp("x").then().statusCode(404).extract().as(Map.class);
        assertEquals(wrong, random);
        assertEquals(wrong, malformed);
        assertEquals("No report matches this follow-up code.", wrong.get("detail"));
        assertFalse(wrong.toString().contains("IR-"));
        assertFalse(wrong.toString().contains("Cash"));

        clock.advance(Duration.ofMinutes(1));
        Map<String, Object> message = given().contentType("application/json").body(Map.of("code", almost, "text", "hi"))
                .post("/api/integrity-reports/follow-up/messages").then().statusCode(404).extract().as(Map.class);
        assertEquals(wrong.keySet(), message.keySet());
        assertEquals(wrong.get("detail"), message.get("detail"));
        given().contentType("application/json").body("{}").post("/api/integrity-reports/follow-up").then()
                .statusCode(400).body("errors[0].field", equalTo("code"));

        // typed by hand: case, spaces and the letters that look like digits do not matter
        followUp(" " + code.toLowerCase().replace("-", " ") + " ").then().statusCode(200)
                .body("status", equalTo("received")).body("messages", empty());
    }

    @Test
    void floodsOfReportsAreLimitedForEveryoneAndRefusedReportsAreNotStored() throws SQLException {
        String marker = UUID.randomUUID().toString();
        for (int i = 1; i <= 4; i++) {
            newReport("general", null, "fraud", "Flood " + marker + " #" + i);
        }
        given().contentType("application/json").body(report("general", null, "fraud", "Flood " + marker + " #5", List.of()))
                .post("/api/integrity-reports").then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", "37")
                .body("title", equalTo("Too many requests"));
        assertEquals(4, rowsOf("integrity").stream().filter(row -> row.contains("Flood " + marker)).count());

        clock.advance(Duration.ofMinutes(1));
        newReport("general", null, "fraud", "Flood " + marker + " #6");
        assertEquals(5, rowsOf("integrity").stream().filter(row -> row.contains("Flood " + marker)).count());
    }

    @Test
    void guessingFollowUpCodesIsLimitedForEveryone() {
        String code = newReport("general", null, "other", "Someone keeps guessing.").path("followUpCode");
        followUp(code).then().statusCode(200);
        for (int i = 0; i < 3; i++) {
            followUp(UUID.randomUUID().toString()).then().statusCode(404);
        }
        followUp(UUID.randomUUID().toString()).then().statusCode(429).header("Retry-After", "37");
        // while the window is spent, nobody's code is tried: a right guess would look the same
        followUp(code).then().statusCode(429);

        clock.advance(Duration.ofMinutes(1));
        followUp(code).then().statusCode(200);
        followUp(code).then().statusCode(200);
        for (int i = 0; i < 3; i++) {
            followUp(UUID.randomUUID().toString()).then().statusCode(404);
        }
        clock.advance(Duration.ofMinutes(1));
        for (int i = 0; i < 2; i++) {
            followUp(UUID.randomUUID().toString()).then().statusCode(404);
        }
        // eight wrong codes in the hour: the hour's window is spent too
        followUp(UUID.randomUUID().toString()).then().statusCode(429);
        clock.advance(Duration.ofMinutes(1));
        followUp(code).then().statusCode(429);
        clock.advance(Duration.ofHours(1));
        followUp(code).then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "auditor.farah", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "org", value = "audit-office"))
    void auditorsTriageAReportThroughItsLegalSteps() {
        String reference = newReport("general", null, "bidRigging", "Three bidders quoted the same prices.")
                .path("reference");
        given().get("/api/integrity-reports/{reference}", reference).then().statusCode(200)
                .body("status", equalTo("received"))
                .body("description", equalTo("Three bidders quoted the same prices."))
                .body("receivedOn", equalTo(day()))
                .body("nextStatuses", contains("underReview", "closed"));

        triage(reference, "referred", "Straight to the competition authority").statusCode(409)
                .body("detail", containsString("The report is received"));
        triage(reference, "archived", "?").statusCode(400).body("errors[0].field", equalTo("status"));
        triage(reference, "underReview", " ").statusCode(400).body("errors[0].field", equalTo("note"));
        given().get("/api/integrity-reports/{reference}", reference).then().body("status", equalTo("received"))
                .body("triage", empty());

        triage(reference, "underReview", "Prices match to the cent across three bids.").statusCode(200)
                .body("status", equalTo("underReview"))
                .body("nextStatuses", contains("referred", "closed"));
        triage(reference, "referred", "Referred to the competition authority, case 2031/17.").statusCode(200)
                .body("status", equalTo("referred"));
        triage(reference, "underReview", "back").statusCode(409).body("detail", containsString("referred"));
        triage(reference, "closed", "The authority opened proceedings.").statusCode(200)
                .body("status", equalTo("closed"))
                .body("nextStatuses", empty())
                .body("triage.from", contains("received", "underReview", "referred"))
                .body("triage.to", contains("underReview", "referred", "closed"))
                .body("triage[1].note", equalTo("Referred to the competition authority, case 2031/17."))
                .body("triage.auditor", everyItem(matchesPattern("p-[0-9a-f]{16}")))
                .body("triage.decidedOn", everyItem(equalTo(day())));
        triage(reference, "underReview", "reopen").statusCode(409)
                .body("detail", containsString("The report is closed"));
        triage("IR-0000-0000", "closed", "x").statusCode(404);
    }

    @Test
    @TestSecurity(user = "auditor.farah", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "org", value = "audit-office"))
    void repliesReachTheReporterThroughTheCodeAndBack() {
        ExtractableResponse<Response> receipt = newReport("general", null, "bribery", "The inspector asked for cash.");
        String reference = receipt.path("reference");
        String code = receipt.path("followUpCode");

        given().contentType("application/json").body(Map.of("text", "Which inspection, and on what day?"))
                .post("/api/integrity-reports/{reference}/replies", reference).then().statusCode(200)
                .body("messages", hasSize(1))
                .body("messages[0].from", equalTo("auditor"))
                .body("messages[0].auditor", matchesPattern("p-[0-9a-f]{16}"));
        followUp(code).then().statusCode(200)
                .body("reference", equalTo(reference))
                .body("subject.type", equalTo("general"))
                .body("category", equalTo("bribery"))
                .body("messages", hasSize(1))
                .body("messages[0].from", equalTo("auditor"))
                .body("messages[0].text", equalTo("Which inspection, and on what day?"))
                .body("messages[0].sentOn", equalTo(day()))
                .body("messages[0].auditor", nullValue())
                .body("description", nullValue());

        clock.advance(Duration.ofDays(2));
        given().contentType("application/json").body(Map.of("code", code, "text", "The fire safety inspection, 3 March."))
                .post("/api/integrity-reports/follow-up/messages").then().statusCode(200)
                .body("messages.from", contains("auditor", "reporter"))
                .body("messages[1].sentOn", equalTo(day()));
        given().contentType("application/json").body(Map.of("code", code, "text", " "))
                .post("/api/integrity-reports/follow-up/messages").then().statusCode(400)
                .body("errors[0].field", equalTo("text"));
        given().get("/api/integrity-reports/{reference}", reference).then().statusCode(200)
                .body("messages.from", contains("auditor", "reporter"))
                .body("messages[1].text", equalTo("The fire safety inspection, 3 March."))
                .body("messages[1].auditor", nullValue());

        triage(reference, "closed", "Not within our remit; the reporter was told where to go.").statusCode(200);
        followUp(code).then().statusCode(200).body("status", equalTo("closed"));
        given().contentType("application/json").body(Map.of("code", code, "text", "Anyone there?"))
                .post("/api/integrity-reports/follow-up/messages").then().statusCode(409)
                .body("detail", containsString("closed"));
    }

    @Test
    @TestSecurity(user = "auditor.farah", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "org", value = "audit-office"))
    void reportsAboutATenderOrAContractNameOneThatExists() {
        String ocid = "ocds-op7x2k-T-2031-" + String.format("%06d", 100_000 + HOURS.get());
        connector.source("procurement-events").send(java.util.List.of(tenderPublished(ocid)));
        await().atMost(Duration.ofSeconds(30)).until(() -> processKnown(ocid));

        String reference = newReport("tender", ocid, "bidRigging", "Bids look coordinated.").path("reference");
        given().get("/api/integrity-reports/{reference}", reference).then()
                .body("subject.type", equalTo("tender")).body("subject.id", equalTo(ocid));
        clock.advance(Duration.ofMinutes(1));
        submit(report("tender", "ocds-op7x2k-T-2031-999999", "fraud", "x", List.of())).statusCode(400)
                .body("errors[0].field", equalTo("subject.id"));
        clock.advance(Duration.ofMinutes(1));
        submit(report("contract", UUID.randomUUID().toString(), "fraud", "x", List.of())).statusCode(400)
                .body("errors[0].field", equalTo("subject.id"));
        clock.advance(Duration.ofMinutes(1));
        submit(report("general", ocid, "fraud", "x", List.of())).statusCode(400)
                .body("errors[0].field", equalTo("subject.id"));
        clock.advance(Duration.ofMinutes(1));
        submit(report("person", null, "fraud", "x", List.of())).statusCode(400)
                .body("errors[0].field", equalTo("subject.type"));
        clock.advance(Duration.ofMinutes(1));
        submit(report("general", null, "gossip", "x", List.of())).statusCode(400)
                .body("errors[0].field", equalTo("category"));
        clock.advance(Duration.ofMinutes(1));
        submit(report("general", null, "fraud", "", List.of())).statusCode(400)
                .body("errors[0].field", equalTo("description"));
        clock.advance(Duration.ofMinutes(1));
        submit(report("general", null, "fraud", "x".repeat(10_001), List.of())).statusCode(400)
                .body("errors[0].field", equalTo("description"));

        given().get("/api/integrity-reports?status=received&size=100").then().statusCode(200)
                .body("items.reference", org.hamcrest.Matchers.hasItem(reference))
                .body("items.status", everyItem(equalTo("received")));
        given().get("/api/integrity-reports?status=closed,referred&size=100").then().statusCode(200)
                .body("items.reference", not(org.hamcrest.Matchers.hasItem(reference)));
        given().get("/api/integrity-reports?status=lost").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        given().get("/api/integrity-reports?size=0").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
        given().get("/api/integrity-reports?size=1&page=0").then().statusCode(200)
                .body("items", hasSize(1)).body("total", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
    }

    @Test
    @TestSecurity(user = "auditor.farah", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "org", value = "audit-office"))
    void attachmentsArePdfOrPlainTextAndPdfsLoseTheirAuthor() throws IOException {
        byte[] pdf = pdfBy("Olena Kovalenko");
        byte[] text = "Bid prices:\n  A 61 800.00\n  B 61 800.00\n".getBytes(StandardCharsets.UTF_8);
        String reference = given().contentType("application/json")
                .body(report("general", null, "bidRigging", "See the attached.", List.of(base64(pdf), base64(text))))
                .post("/api/integrity-reports").then().statusCode(201).extract().path("reference");

        given().get("/api/integrity-reports/{reference}", reference).then().statusCode(200)
                .body("attachments.number", contains(1, 2))
                .body("attachments.mediaType", contains("application/pdf", "text/plain; charset=utf-8"))
                .body("attachments[1].size", equalTo(text.length))
                .body("attachments[0].url", equalTo("/api/integrity-reports/" + reference + "/attachments/1"));
        byte[] stored = given().get("/api/integrity-reports/{reference}/attachments/1", reference).then().statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + reference + "-attachment-1.pdf\"")
                .header("X-Content-Type-Options", "nosniff")
                .extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(stored)) {
            assertEquals(1, document.getNumberOfPages());
            assertNull(document.getDocumentInformation().getAuthor());
        }
        assertFalse(new String(stored, StandardCharsets.ISO_8859_1).contains("Kovalenko"));
        assertEquals(new String(text, StandardCharsets.UTF_8), given()
                .get("/api/integrity-reports/{reference}/attachments/2", reference).then().statusCode(200)
                .extract().asString());
        given().get("/api/integrity-reports/{reference}/attachments/3", reference).then().statusCode(404);

        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
        submit(report("general", null, "fraud", "photo", List.of(base64(png)))).statusCode(400)
                .body("errors[0].field", equalTo("attachments[0].content"));
        submit(report("general", null, "fraud", "four", List.of(base64(text), base64(text), base64(text),
                base64(text)))).statusCode(400).body("errors[0].field", equalTo("attachments"));
        submit(report("general", null, "fraud", "big", List.of(base64(new byte[200_001])))).statusCode(413)
                .body("errors[0].field", equalTo("attachments[0].content"));
    }

    @Test
    void auditorEndpointsNeedALogin() {
        given().get("/api/integrity-reports").then().statusCode(401);
        given().get("/api/integrity-reports/IR-0000-0000").then().statusCode(401);
        given().get("/api/integrity-reports/IR-0000-0000/attachments/1").then().statusCode(401);
        given().contentType("application/json").body(Map.of("status", "closed", "note", "x"))
                .post("/api/integrity-reports/IR-0000-0000/triage").then().statusCode(401);
        given().contentType("application/json").body(Map.of("text", "x"))
                .post("/api/integrity-reports/IR-0000-0000/replies").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = "buyer-northvale"))
    void officersCannotReadTheInbox() {
        forbiddenToThisRole();
    }

    @Test
    @TestSecurity(user = "supplier.acme", roles = "supplier")
    @OidcSecurity(claims = @Claim(key = "org", value = "supplier-acme"))
    void suppliersCannotReadTheInbox() {
        forbiddenToThisRole();
    }

    @Test
    @TestSecurity(user = "evaluator.eva", roles = "evaluator")
    void evaluatorsCannotReadTheInbox() {
        forbiddenToThisRole();
    }

    private static void forbiddenToThisRole() {
        given().get("/api/integrity-reports").then().statusCode(403);
        given().get("/api/integrity-reports/IR-0000-0000").then().statusCode(403);
        given().get("/api/integrity-reports/IR-0000-0000/attachments/1").then().statusCode(403);
        given().contentType("application/json").body(Map.of("status", "closed", "note", "x"))
                .post("/api/integrity-reports/IR-0000-0000/triage").then().statusCode(403);
        given().contentType("application/json").body(Map.of("text", "x"))
                .post("/api/integrity-reports/IR-0000-0000/replies").then().statusCode(403);
    }

    private static RequestSpecification identified(Map<String, String> headers) {
        RequestSpecification request = given();
        headers.forEach(request::header);
        return request;
    }

    private static ExtractableResponse<Response> newReport(String type, String id, String category, String description) {
        return submit(report(type, id, category, description, List.of())).statusCode(201)
                .body("followUpCode", notNullValue()).extract();
    }

    private static io.restassured.response.ValidatableResponse submit(String body) {
        return given().contentType("application/json").body(body).post("/api/integrity-reports").then();
    }

    private static Response followUp(String code) {
        return given().contentType("application/json").body(Map.of("code", code)).post("/api/integrity-reports/follow-up");
    }

    private static io.restassured.response.ValidatableResponse triage(String reference, String status, String note) {
        return given().contentType("application/json").body(Map.of("status", status, "note", note))
                .post("/api/integrity-reports/{reference}/triage", reference).then();
    }

    private static String report(String type, String id, String category, String description, List<String> files) {
        StringBuilder attachments = new StringBuilder();
        for (String file : files) {
            attachments.append(attachments.isEmpty() ? "" : ",").append("{\"content\":\"").append(file).append("\"}");
        }
        return "{\"subject\":{\"type\":\"" + type + "\"" + (id == null ? "" : ",\"id\":\"" + id + "\"") + "},"
                + "\"category\":\"" + category + "\",\"description\":\"" + description + "\","
                + "\"attachments\":[" + attachments + "]}";
    }

    private String day() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString();
    }

    private static String base64(byte[] content) {
        return Base64.getEncoder().encodeToString(content);
    }

    private static byte[] pdfBy(String author) throws IOException {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.getDocumentInformation().setAuthor(author);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static String tenderPublished(String ocid) {
        EventEnvelope golden = GoldenFixtures.envelope(EventTypes.TENDER_PUBLISHED);
        return EventJson.toJson(EventEnvelope.seal(EventTypes.TENDER_PUBLISHED, ocid, UUID.randomUUID().toString(), 1,
                null, golden.occurredAt(), golden.producer(), golden.actor(),
                golden.payloadAs(EventTypes.TENDER_PUBLISHED)));
    }

    private boolean processKnown(String ocid) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("select 1 from process where ocid = ?")) {
            query.setString(1, ocid);
            try (ResultSet result = query.executeQuery()) {
                return result.next();
            }
        }
    }

    /** Every row of every table the service has, each as PostgreSQL's text of the whole row. */
    private List<String> everyRowOfEveryTable() throws SQLException {
        return rowsOf(null);
    }

    private List<String> rowsOf(String schema) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            List<String> tables = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("select table_schema, table_name"
                    + " from information_schema.tables where table_type = 'BASE TABLE'"
                    + " and table_schema not in ('pg_catalog', 'information_schema')"
                    + " and (cast(? as text) is null or table_schema = cast(? as text))")) {
                query.setString(1, schema);
                query.setString(2, schema);
                try (ResultSet result = query.executeQuery()) {
                    while (result.next()) {
                        tables.add("\"" + result.getString(1) + "\".\"" + result.getString(2) + "\"");
                    }
                }
            }
            assertFalse(tables.isEmpty());
            try (Statement statement = connection.createStatement()) {
                for (String table : tables) {
                    // bytea columns as their bytes read as text as well, so a file's content is searched too
                    try (ResultSet result = statement.executeQuery("select t::text from " + table + " t")) {
                        while (result.next()) {
                            rows.add(result.getString(1));
                        }
                    }
                }
            }
            if (schema == null || "integrity".equals(schema)) {
                try (ResultSet result = connection.createStatement().executeQuery(
                        "select convert_from(content, 'UTF8') from integrity.attachment"
                                + " where media_type like 'text/%'")) {
                    while (result.next()) {
                        rows.add(result.getString(1));
                    }
                }
            }
        }
        return rows;
    }

    /** The integrity tables' columns that hold a time of day. */
    private List<String> timeColumns(String schema) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("select table_name || '.' || column_name"
                        + " from information_schema.columns where table_schema = ?"
                        + " and (data_type like 'timestamp%' or data_type like 'time%')"
                        + " order by table_name, column_name")) {
            query.setString(1, schema);
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    columns.add(result.getString(1));
                }
            }
        }
        return columns;
    }
}
