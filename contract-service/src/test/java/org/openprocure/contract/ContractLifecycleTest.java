package org.openprocure.contract;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.ValidatableResponse;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openprocure.contract.contracts.Contract;
import org.openprocure.events.EventEnvelope;
import org.openprocure.events.EventJson;
import org.openprocure.events.EventShape;
import org.openprocure.events.EventType;
import org.openprocure.events.EventTypes;
import org.openprocure.events.Money;
import org.openprocure.events.evaluation.AwardConfirmed;
import org.openprocure.events.contract.ContractAmended;
import org.openprocure.events.contract.ContractCompleted;
import org.openprocure.events.contract.ContractSigned;
import org.openprocure.events.contract.ContractTerminated;
import org.openprocure.events.contract.PaymentRecorded;
import org.openprocure.stack.PostgresTestResource;
import org.openprocure.support.pdf.PdfDocument;
import org.openprocure.support.time.MutableClock;

/**
 * A contract from the award's confirmation to its completion or termination, as the buyer's officer
 * runs it and the public reads it, with the events it publishes checked against their golden fixtures.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "contract"))
@TestSecurity(user = "officer.anna", roles = "officer")
@OidcSecurity(claims = @Claim(key = "org", value = "buyer-northvale"))
class ContractLifecycleTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Instant NOW = Instant.parse("2027-08-10T12:00:00Z");
    private static final AtomicInteger NUMBERS = new AtomicInteger(new java.util.Random().nextInt(400_000));
    private static final byte[] SIGNED_PDF = signedPdf();

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    MutableClock clock;

    @BeforeEach
    void summerOf2027() {
        clock.set(NOW);
    }

    @Test
    void aContractFromTheAwardThroughAmendmentsMilestonePaymentsToCompletion() throws IOException {
        String ocid = newOcid();
        String contractId = awardConfirmed(ocid, true);
        contract(contractId)
                .body("ocid", equalTo(ocid))
                .body("lotId", equalTo("lot-1"))
                .body("title", equalTo("Road resurfacing — Zieliński Street"))
                .body("status", equalTo("pending"))
                .body("statusDetails", equalTo("pending"))
                .body("buyer.id", equalTo("buyer-northvale"))
                .body("buyer.name", equalTo("Northvale City Council"))
                .body("supplier.name", equalTo("Acme Build Ltd"))
                .body("awardValue.amount", equalTo(61800.00f))
                .body("value", nullValue())
                .body("document", nullValue());
        given().get("/api/contracts/{id}/document", contractId).then().statusCode(404);

        given().contentType("application/json").body(signature("2027-02-01T10:00:00Z", "61800.00", "EUR",
                        "2027-02-15T00:00:00Z", "2027-06-30T23:59:59Z", base64(SIGNED_PDF)))
                .post("/api/contracts/{id}/signature", contractId).then().statusCode(200)
                .body("status", equalTo("active"))
                .body("dateSigned", equalTo("2027-02-01T10:00:00Z"))
                .body("value.amount", equalTo(61800.00f))
                .body("period.endDate", equalTo("2027-06-30T23:59:59Z"))
                .body("document.sha256", equalTo(org.openprocure.support.pdf.PdfUploadCheck.sha256(SIGNED_PDF)))
                .body("document.size", equalTo(SIGNED_PDF.length))
                .body("document.url", equalTo("/api/contracts/" + contractId + "/document"))
                .body("cumulativeChange.amount", equalTo(0.00f));
        byte[] document = given().get("/api/contracts/{id}/document", contractId).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertArrayEquals(SIGNED_PDF, document);

        amend(contractId, "{\"reason\":\"Kerbs on the north side are broken too.\","
                + "\"value\":{\"amount\":64890.00,\"currency\":\"EUR\"}}").statusCode(200)
                .body("cumulativeChange.amount", equalTo(3090.00f))
                .body("cumulativeChangePercent", equalTo(5.00f));
        amend(contractId, "{\"reason\":\"Additional drainage works found under the carriageway.\","
                + "\"value\":{\"amount\":67980.00,\"currency\":\"EUR\"},"
                + "\"period\":{\"startDate\":\"2027-02-15T00:00:00Z\",\"endDate\":\"2027-07-31T23:59:59Z\"}}")
                .statusCode(200)
                .body("value.amount", equalTo(67980.00f))
                .body("period.endDate", equalTo("2027-07-31T23:59:59Z"))
                .body("cumulativeChange.amount", equalTo(6180.00f))
                .body("cumulativeChangePercent", equalTo(10.00f))
                .body("amendments.number", contains(1, 2))
                .body("amendments[1].previousValue.amount", equalTo(64890.00f))
                .body("amendments[1].previousPeriod.endDate", equalTo("2027-06-30T23:59:59Z"))
                .body("amendments[0].period.endDate", equalTo("2027-06-30T23:59:59Z"));

        given().contentType("application/json").body("{\"title\":\"Milling and base course finished\","
                        + "\"description\":\"Both lanes milled; base course laid.\",\"dueDate\":\"2027-04-30T00:00:00Z\","
                        + "\"status\":\"met\",\"dateMet\":\"2027-05-02T00:00:00Z\"}")
                .put("/api/contracts/{id}/milestones/milestone-1", contractId).then().statusCode(200)
                .body("milestones", hasSize(1))
                .body("milestones[0].milestoneId", equalTo("milestone-1"))
                .body("milestones[0].status", equalTo("met"))
                .body("milestones[0].dateMet", equalTo("2027-05-02T00:00:00Z"));

        pay(contractId, null, "2027-05-20T00:00:00Z", "30000.00", "milestone-1",
                "First instalment on the milling and base course.").statusCode(201)
                .body("paymentId", equalTo("payment-1"))
                .body("value.amount", equalTo(30000.00f))
                .body("milestoneId", equalTo("milestone-1"));
        pay(contractId, "final-" + contractId, "2027-07-30T00:00:00Z", "37980.00", null, "Final payment.")
                .statusCode(201).body("paymentId", equalTo("payment-2"));
        // The connection dropped before the answer: the retry with the same key pays nothing more.
        pay(contractId, "final-" + contractId, "2027-07-30T00:00:00Z", "37980.00", null, "Final payment.")
                .statusCode(201).header("Idempotent-Replayed", "true").body("paymentId", equalTo("payment-2"));
        contract(contractId).body("payments.paymentId", contains("payment-1", "payment-2"))
                .body("totalPaid.amount", equalTo(67980.00f))
                .body("totalPaid.currency", equalTo("EUR"));

        byte[] summary = given().get("/api/contracts/{id}/summary.pdf", contractId).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        // Table cells wrap their text: compare words, not lines.
        String text = text(summary).replaceAll("\\s+", " ");
        assertTrue(text.contains("Kerbs on the north side are broken too."), text);
        assertTrue(text.contains("Additional drainage works found under the carriageway."), text);
        assertTrue(text.contains("payment-1") && text.contains("30000.00 EUR"), text);
        assertTrue(text.contains("37980.00 EUR"), text);
        assertTrue(text.contains("Total paid") && text.contains("67980.00 EUR"), text);
        assertTrue(text.contains("+6180.00 EUR (+10.00 %"), text);
        assertTrue(text.contains("Acme Build Ltd") && text.contains("Northvale City Council"), text);

        given().contentType("application/json").body("{\"date\":\"2027-07-28T00:00:00Z\"}")
                .post("/api/contracts/{id}/completion", contractId).then().statusCode(200)
                .body("status", equalTo("terminated"))
                .body("statusDetails", equalTo("completed"))
                .body("dateCompleted", equalTo("2027-07-28T00:00:00Z"));
        // Completed: nothing more can be paid, and the refusal names the status.
        pay(contractId, null, "2027-08-01T00:00:00Z", "1.00", null, null).statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("terminated"));

        await().atMost(PATIENCE).until(() -> published(ocid).size() == 7);
        List<EventEnvelope> events = published(ocid);
        assertEquals(List.of("ContractSigned", "ContractAmended", "ContractAmended", "MilestoneRecorded",
                "PaymentRecorded", "PaymentRecorded", "ContractCompleted"), events.stream().map(EventEnvelope::type)
                .toList());
        for (EventEnvelope event : events) {
            EventShape.assertMatchesFixture(EventTypes.byName(event.type()).orElseThrow(), event);
            assertEquals(contractId, event.aggregateId());
            assertEquals("contract-service", event.producer());
            assertEquals("officer", event.actor().role());
        }
        ContractSigned signed = events.get(0).payloadAs(EventTypes.CONTRACT_SIGNED);
        assertEquals(new Money(new BigDecimal("61800.00"), "EUR"), signed.awardValue());
        assertEquals("buyer-northvale", signed.buyer().id());
        ContractAmended second = events.get(2).payloadAs(EventTypes.CONTRACT_AMENDED);
        assertEquals(2, second.number());
        assertEquals(new BigDecimal("6180.00"), second.cumulativeChange().amount());
        assertEquals(new BigDecimal("10.00"), second.cumulativeChangePercent());
        PaymentRecorded payment = events.get(4).payloadAs(EventTypes.PAYMENT_RECORDED);
        assertEquals("buyer-northvale", payment.payer().id());
        assertEquals("supplier-acme", payment.payee().id());
        ContractCompleted completed = events.get(6).payloadAs(EventTypes.CONTRACT_COMPLETED);
        assertEquals(new BigDecimal("67980.00"), completed.totalPaid().amount());
        assertEquals(new BigDecimal("67980.00"), completed.finalValue().amount());
        for (int i = 0; i < events.size(); i++) {
            assertEquals(i + 1, events.get(i).sequence());
        }
    }

    @Test
    void anotherContractIsTerminatedEarlyWithItsReason() {
        String ocid = newOcid();
        String contractId = signedContract(ocid);
        pay(contractId, null, "2027-05-20T00:00:00Z", "30000.00", null, null).statusCode(201);
        given().contentType("application/json").body("{\"date\":\"2027-06-15T00:00:00Z\"}")
                .post("/api/contracts/{id}/termination", contractId).then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        given().contentType("application/json").body("{\"date\":\"2027-06-15T00:00:00Z\",\"reason\":"
                        + "\"The supplier stopped work for six weeks without cause despite two formal notices.\"}")
                .post("/api/contracts/{id}/termination", contractId).then().statusCode(200)
                .body("status", equalTo("terminated"))
                .body("statusDetails", equalTo("terminatedEarly"))
                .body("dateTerminated", equalTo("2027-06-15T00:00:00Z"))
                .body("terminationReason", containsString("six weeks"));
        given().contentType("application/json").body("{\"date\":\"2027-07-01T00:00:00Z\"}")
                .post("/api/contracts/{id}/completion", contractId).then().statusCode(409)
                .body("detail", containsString("terminated"));

        EventEnvelope terminated = awaitEvent(ocid, EventTypes.CONTRACT_TERMINATED);
        EventShape.assertMatchesFixture(EventTypes.CONTRACT_TERMINATED, terminated);
        ContractTerminated payload = terminated.payloadAs(EventTypes.CONTRACT_TERMINATED);
        assertEquals(new BigDecimal("30000.00"), payload.totalPaid().amount());
        given().queryParam("ocid", ocid).queryParam("status", "terminated").get("/api/contracts").then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].contractId", equalTo(contractId));
    }

    @Test
    void badInputIsA400NamingTheFieldAndChangesNothing() {
        String ocid = newOcid();
        String contractId = awardConfirmed(ocid, true);
        String pdf = base64(SIGNED_PDF);
        String[][] badSignatures = {
                {"dateSigned", signature("2027-08-11T00:00:00Z", "61800.00", "EUR", "2027-02-15T00:00:00Z",
                        "2027-06-30T23:59:59Z", pdf)},
                {"dateSigned", signature("2027-01-01T00:00:00Z", "61800.00", "EUR", "2027-02-15T00:00:00Z",
                        "2027-06-30T23:59:59Z", pdf)},
                {"period.endDate", signature("2027-02-01T10:00:00Z", "61800.00", "EUR", "2027-02-15T00:00:00Z",
                        "2027-02-14T00:00:00Z", pdf)},
                {"value.currency", signature("2027-02-01T10:00:00Z", "61800.00", "USD", "2027-02-15T00:00:00Z",
                        "2027-06-30T23:59:59Z", pdf)},
                {"value.amount", signature("2027-02-01T10:00:00Z", "0", "EUR", "2027-02-15T00:00:00Z",
                        "2027-06-30T23:59:59Z", pdf)},
                {"document.content", signature("2027-02-01T10:00:00Z", "61800.00", "EUR", "2027-02-15T00:00:00Z",
                        "2027-06-30T23:59:59Z", "not base64!")},
                {"document.content", signature("2027-02-01T10:00:00Z", "61800.00", "EUR", "2027-02-15T00:00:00Z",
                        "2027-06-30T23:59:59Z", base64("just text, no PDF".getBytes()))},
                {"dateSigned", "{\"dateSigned\":\"yesterday\"}"},
                {"value", "{\"dateSigned\":\"2027-02-01T10:00:00Z\"}"},
                {"signer", "{\"signer\":\"anna\"}"},
        };
        for (String[] bad : badSignatures) {
            given().contentType("application/json").body(bad[1]).post("/api/contracts/{id}/signature", contractId)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo(bad[0]));
        }
        contract(contractId).body("status", equalTo("pending")).body("document", nullValue());
        assertEquals(List.of(), published(ocid));

        given().contentType("application/json").body(signature("2027-02-01T10:00:00Z", "61800.00", "EUR",
                "2027-02-15T00:00:00Z", "2027-06-30T23:59:59Z", pdf)).post("/api/contracts/{id}/signature", contractId)
                .then().statusCode(200);
        String[][] badAmendments = {
                {"reason", "{\"value\":{\"amount\":70000.00,\"currency\":\"EUR\"}}"},
                {"value", "{\"reason\":\"Nothing\"}"},
                {"value", "{\"reason\":\"Same\",\"value\":{\"amount\":61800.00,\"currency\":\"EUR\"}}"},
                {"value.currency", "{\"reason\":\"More\",\"value\":{\"amount\":70000.00,\"currency\":\"GBP\"}}"},
                {"period.endDate", "{\"reason\":\"Longer\",\"period\":{\"startDate\":\"2027-02-15T00:00:00Z\"}}"},
        };
        for (String[] bad : badAmendments) {
            amend(contractId, bad[1]).statusCode(400).body("errors[0].field", equalTo(bad[0]));
        }
        String[][] badPayments = {
                {"value.amount", "{\"date\":\"2027-05-20T00:00:00Z\",\"value\":{\"amount\":-5,\"currency\":\"EUR\"}}"},
                {"value.currency", "{\"date\":\"2027-05-20T00:00:00Z\",\"value\":{\"amount\":5,\"currency\":\"USD\"}}"},
                {"date", "{\"date\":\"2027-09-01T00:00:00Z\",\"value\":{\"amount\":5,\"currency\":\"EUR\"}}"},
                {"date", "{\"date\":\"2027-01-20T00:00:00Z\",\"value\":{\"amount\":5,\"currency\":\"EUR\"}}"},
                {"milestoneId", "{\"date\":\"2027-05-20T00:00:00Z\",\"value\":{\"amount\":5,\"currency\":\"EUR\"},"
                        + "\"milestoneId\":\"milestone-9\"}"},
                {"value.amount", "{\"date\":\"2027-05-20T00:00:00Z\",\"value\":{\"amount\":\"lots\",\"currency\":\"EUR\"}}"},
        };
        for (String[] bad : badPayments) {
            given().contentType("application/json").body(bad[1]).post("/api/contracts/{id}/payments", contractId)
                    .then().statusCode(400).body("errors[0].field", equalTo(bad[0]));
        }
        String[][] badMilestones = {
                {"status", "{\"title\":\"Milling\",\"status\":\"done\"}"},
                {"title", "{\"status\":\"scheduled\"}"},
                {"dateMet", "{\"title\":\"Milling\",\"status\":\"met\"}"},
                {"dateMet", "{\"title\":\"Milling\",\"status\":\"met\",\"dateMet\":\"2027-09-01T00:00:00Z\"}"},
                {"dateMet", "{\"title\":\"Milling\",\"status\":\"scheduled\",\"dateMet\":\"2027-05-01T00:00:00Z\"}"},
        };
        for (String[] bad : badMilestones) {
            given().contentType("application/json").body(bad[1])
                    .put("/api/contracts/{id}/milestones/milestone-1", contractId)
                    .then().statusCode(400).body("errors[0].field", equalTo(bad[0]));
        }
        given().contentType("application/json").body("{\"title\":\"Milling\",\"status\":\"scheduled\"}")
                .put("/api/contracts/{id}/milestones/{m}", contractId, "milestone one").then().statusCode(400)
                .body("errors[0].field", equalTo("milestoneId"));
        given().contentType("application/json").body("{}").post("/api/contracts/{id}/completion", contractId)
                .then().statusCode(400).body("errors[0].field", equalTo("date"));

        contract(contractId).body("status", equalTo("active"))
                .body("value.amount", equalTo(61800.00f))
                .body("amendments", hasSize(0))
                .body("milestones", hasSize(0))
                .body("payments", hasSize(0));
        awaitEvent(ocid, EventTypes.CONTRACT_SIGNED);
        assertEquals(List.of("ContractSigned"), published(ocid).stream().map(EventEnvelope::type).toList());
    }

    @Test
    void aStepTheStatusDoesNotAllowIsA409NamingTheStatus() {
        String ocid = newOcid();
        String contractId = awardConfirmed(ocid, true);
        amend(contractId, "{\"reason\":\"More\",\"value\":{\"amount\":70000.00,\"currency\":\"EUR\"}}").statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("pending"));
        pay(contractId, null, "2027-05-20T00:00:00Z", "5.00", null, null).statusCode(409);
        given().contentType("application/json").body("{\"date\":\"2027-07-28T00:00:00Z\"}")
                .post("/api/contracts/{id}/completion", contractId).then().statusCode(409);
        String body = signature("2027-02-01T10:00:00Z", "61800.00", "EUR", "2027-02-15T00:00:00Z",
                "2027-06-30T23:59:59Z", base64(SIGNED_PDF));
        given().contentType("application/json").body(body).post("/api/contracts/{id}/signature", contractId).then()
                .statusCode(200);
        given().contentType("application/json").body(body).post("/api/contracts/{id}/signature", contractId).then()
                .statusCode(409).body("detail", containsString("active"));
        given().contentType("application/json").body("{}").post("/api/contracts/{id}/signature", UUID.randomUUID())
                .then().statusCode(404);
    }

    @Test
    void anIdempotencyKeyReusedForADifferentPaymentIsRefused() {
        String ocid = newOcid();
        String contractId = signedContract(ocid);
        pay(contractId, "k-1", "2027-05-20T00:00:00Z", "100.00", null, null).statusCode(201);
        pay(contractId, "k-1", "2027-05-20T00:00:00Z", "200.00", null, null).statusCode(422)
                .body("errors[0].field", equalTo("Idempotency-Key"));
        contract(contractId).body("payments", hasSize(1)).body("totalPaid.amount", equalTo(100.00f));
        await().atMost(PATIENCE).until(() -> published(ocid).size() == 2);
        assertEquals(1, published(ocid).stream().filter(e -> e.type().equals("PaymentRecorded")).count());
    }

    @Test
    void theBuyerReadLaterIsFilledIn() {
        String ocid = newOcid();
        String contractId = awardConfirmed(ocid, false);
        contract(contractId).body("buyer", nullValue()).body("status", equalTo("pending"));
        // Nobody can prove they act for an unknown buyer.
        given().contentType("application/json").body("{}").post("/api/contracts/{id}/signature", contractId).then()
                .statusCode(403);
        send(new EventChain(ocid).next(EventTypes.TENDER_PUBLISHED));
        await().atMost(PATIENCE).untilAsserted(() -> contract(contractId)
                .body("buyer.id", equalTo("buyer-northvale"))
                .body("title", equalTo("Road resurfacing — Zieliński Street")));
        given().get("/api/contracts/mine?size=100").then().statusCode(200)
                .body("items.contractId", hasItem(contractId));
    }

    @Test
    void theSameConfirmationTwiceOpensOneContract() {
        String ocid = newOcid();
        EventChain evaluation = new EventChain(ocid);
        String awardId = UUID.randomUUID().toString();
        String confirmation = evaluation.next(EventTypes.AWARD_CONFIRMED, withAward(awardId));
        send(new EventChain(ocid).next(EventTypes.TENDER_PUBLISHED));
        send(confirmation);
        send(confirmation);
        String contractId = Contract.idOf(ocid, awardId).toString();
        await().atMost(PATIENCE).untilAsserted(() -> given().queryParam("ocid", ocid).get("/api/contracts").then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].contractId", equalTo(contractId)));
    }

    @Test
    @TestSecurity(user = "supplier.acme", roles = "supplier")
    @OidcSecurity(claims = @Claim(key = "org", value = "supplier-acme"))
    void aSupplierReadsTheContractButCannotSignOrPayIt() {
        String contractId = awardConfirmed(newOcid(), true);
        String body = signature("2027-02-01T10:00:00Z", "61800.00", "EUR", "2027-02-15T00:00:00Z",
                "2027-06-30T23:59:59Z", base64(SIGNED_PDF));
        given().contentType("application/json").body(body).post("/api/contracts/{id}/signature", contractId).then()
                .statusCode(403).contentType("application/problem+json");
        pay(contractId, null, "2027-05-20T00:00:00Z", "5.00", null, null).statusCode(403);
        given().get("/api/contracts/mine").then().statusCode(403);
        contract(contractId).body("status", equalTo("pending"));
    }

    @Test
    @TestSecurity(user = "officer.olaf", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = "buyer-southport"))
    void anotherBuyersOfficerCannotTouchTheContract() {
        String contractId = awardConfirmed(newOcid(), true);
        String body = signature("2027-02-01T10:00:00Z", "61800.00", "EUR", "2027-02-15T00:00:00Z",
                "2027-06-30T23:59:59Z", base64(SIGNED_PDF));
        given().contentType("application/json").body(body).post("/api/contracts/{id}/signature", contractId).then()
                .statusCode(403).contentType("application/problem+json");
        given().contentType("application/json").body("{\"date\":\"2027-06-15T00:00:00Z\",\"reason\":\"x\"}")
                .post("/api/contracts/{id}/termination", contractId).then().statusCode(403);
        given().get("/api/contracts/mine?size=100").then().statusCode(200)
                .body("items.contractId", not(hasItem(contractId)));
        contract(contractId).body("status", equalTo("pending"));
    }

    @Test
    void badQueryParametersAreA400NamingTheParameter() {
        for (String[] bad : new String[][] {{"status", "signed"}, {"size", "101"}, {"page", "-1"},
                {"buyer", "buyer northvale"}, {"ocid", "T-2026-42"}}) {
            given().queryParam(bad[0], bad[1]).get("/api/contracts").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo(bad[0]));
        }
    }

    // ---- helpers ----

    /** A pending contract from a confirmed award of a new process; with the notice read first if asked. */
    private String awardConfirmed(String ocid, boolean noticeFirst) {
        String awardId = UUID.randomUUID().toString();
        if (noticeFirst) {
            send(new EventChain(ocid).next(EventTypes.TENDER_PUBLISHED));
        }
        send(new EventChain(ocid).next(EventTypes.AWARD_CONFIRMED, withAward(awardId)));
        String contractId = Contract.idOf(ocid, awardId).toString();
        await().atMost(PATIENCE).untilAsserted(() -> given().get("/api/contracts/{id}", contractId).then()
                .statusCode(200).body(noticeFirst ? "buyer.id" : "supplier.id",
                        equalTo(noticeFirst ? "buyer-northvale" : "supplier-acme")));
        return contractId;
    }

    private String signedContract(String ocid) {
        String contractId = awardConfirmed(ocid, true);
        given().contentType("application/json").body(signature("2027-02-01T10:00:00Z", "61800.00", "EUR",
                        "2027-02-15T00:00:00Z", "2027-06-30T23:59:59Z", base64(SIGNED_PDF)))
                .post("/api/contracts/{id}/signature", contractId).then().statusCode(200);
        return contractId;
    }

    private static java.util.function.UnaryOperator<AwardConfirmed> withAward(String awardId) {
        return c -> new AwardConfirmed(c.tenderId(), c.lotId(), awardId, c.bidId(), c.supplier(), c.value(),
                c.confirmedAt(), c.noticeSha256());
    }

    private static String signature(String dateSigned, String amount, String currency, String start, String end,
            String content) {
        return "{\"dateSigned\":\"" + dateSigned + "\",\"value\":{\"amount\":" + amount + ",\"currency\":\""
                + currency + "\"},\"period\":{\"startDate\":\"" + start + "\",\"endDate\":\"" + end + "\"},"
                + "\"document\":{\"title\":\"Signed contract\",\"fileName\":\"contract-harbour-road-lot-1.pdf\","
                + "\"content\":\"" + content + "\"}}";
    }

    private static ValidatableResponse amend(String contractId, String body) {
        return given().contentType("application/json").body(body).post("/api/contracts/{id}/amendments", contractId)
                .then();
    }

    private static ValidatableResponse pay(String contractId, String key, String date, String amount,
            String milestoneId, String description) {
        var request = given().contentType("application/json").body("{\"date\":\"" + date + "\",\"value\":{\"amount\":"
                + amount + ",\"currency\":\"EUR\"},\"milestoneId\":" + quoted(milestoneId) + ",\"description\":"
                + quoted(description) + "}");
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.post("/api/contracts/{id}/payments", contractId).then();
    }

    private static String quoted(String text) {
        return text == null ? "null" : "\"" + text + "\"";
    }

    private static ValidatableResponse contract(String contractId) {
        return given().get("/api/contracts/{id}", contractId).then().statusCode(200);
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static byte[] signedPdf() {
        try (PdfDocument pdf = PdfDocument.create("Contract", "Harbour Road", Instant.parse("2027-02-01T10:00:00Z"))) {
            return pdf.heading("Contract for the resurfacing of Harbour Road, lot 1")
                    .paragraph("Signed by Northvale City Council and Acme Build Ltd.").toBytes();
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String newOcid() {
        return "ocds-op7x2k-T-2027-" + String.format("%06d", 100_000 + NUMBERS.incrementAndGet());
    }

    private void send(String record) {
        connector.source("procurement-events").send(java.util.List.of(record));
    }

    private List<EventEnvelope> published(String ocid) {
        return connector.<String>sink("events-out").received().stream().map(Message::getPayload)
                .map(EventJson::parse).filter(e -> ocid.equals(e.ocid())).toList();
    }

    private EventEnvelope awaitEvent(String ocid, EventType<?> type) {
        return await().atMost(PATIENCE).until(() -> published(ocid).stream()
                .filter(e -> e.type().equals(type.name())).reduce((a, b) -> b), java.util.Optional::isPresent)
                .orElseThrow();
    }
}
