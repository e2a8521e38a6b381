package org.openprocure.bid.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openprocure.bid.KeyShareHolding;
import org.openprocure.bid.SealedBid;
import org.openprocure.bid.TenderKey;
import org.openprocure.bid.sealing.BidSealer;
import org.openprocure.bid.sealing.KeyCard;
import org.openprocure.bid.sealing.ShamirSecretSharing;
import org.openprocure.bid.sealing.TenderKeys;
import org.openprocure.bid.service.BidSubmissions;
import org.openprocure.bid.service.ShareVault;
import org.openprocure.events.EventTypes;
import org.openprocure.events.GoldenFixtures;
import org.openprocure.stack.PostgresTestResource;
import org.openprocure.support.time.ClockProducer;
import org.openprocure.support.time.MutableClock;

/**
 * Submitting, replacing and withdrawing sealed bids on the golden tender (deadline 30 December 2026,
 * 12:00 UTC; lots lot-1 and lot-2), with signed receipts and idempotent retries.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "bid"))
class BidSubmissionTest {

    private static final AtomicInteger NEXT = new AtomicInteger(700);
    private static final Instant DEADLINE = Instant.parse("2026-12-30T12:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    MutableClock clock;

    @Inject
    ShareVault vault;

    @Inject
    EntityManager em;

    @BeforeEach
    void start() {
        clock.set(ClockProducer.TEST_START);
    }

    @AfterEach
    void nobody() {
        Personas.anonymous();
    }

    private String publishedTender() {
        String ocid = "ocds-op7x2k-T-2026-%06d".formatted(NEXT.incrementAndGet());
        connector.source("tender-events").send(GoldenFixtures.chainFor(ocid, UUID.randomUUID().toString(),
                EventTypes.TENDER_PUBLISHED).get(0));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/tenders/{ocid}/sealing-key", ocid).then().statusCode(200));
        return ocid;
    }

    private static ObjectNode offer(String amount, byte[] pdf) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode lot = body.putArray("lots").addObject().put("lotId", "lot-1");
        lot.putObject("price").put("amount", new java.math.BigDecimal(amount)).put("currency", "EUR");
        body.putArray("answers").addObject().put("criterion", "Technical approach")
                .put("text", "Night work in two phases, one lane always open.");
        if (pdf != null) {
            body.putArray("documents").addObject().put("title", "Method statement").put("fileName", "method.pdf")
                    .put("content", Base64.getEncoder().encodeToString(pdf));
        }
        return body;
    }

    private static io.restassured.response.ValidatableResponse submit(String ocid, String key, ObjectNode offer) {
        return given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(offer.toString())
                .post("/api/tenders/{ocid}/bids", ocid).then();
    }

    @Test
    void aBidIsSealedAndAnsweredWithAReceiptThatVerifies() throws IOException {
        String ocid = publishedTender();
        clock.set(Instant.parse("2026-12-10T08:15:42.123Z"));
        Personas.supplier("supplier.acme", "supplier-acme");

        JsonPath receipt = submit(ocid, "k-1", offer("98765.43", null)).statusCode(201)
                .body("ocid", equalTo(ocid))
                .body("version", equalTo(1))
                .body("kind", equalTo("SUBMITTED"))
                .body("lotIds", equalTo(List.of("lot-1")))
                .body("receivedAt", equalTo("2026-12-10T08:15:42.123Z"))
                .body("envelopeSha256.length()", equalTo(64))
                .extract().jsonPath();

        Personas.anonymous();
        given().contentType(ContentType.JSON).body(verification(receipt, null)).post("/api/receipts/verify").then()
                .statusCode(200).body("valid", equalTo(true));
        given().contentType(ContentType.JSON).body(verification(receipt, "2026-12-10T08:15:42.124Z"))
                .post("/api/receipts/verify").then().statusCode(200).body("valid", equalTo(false));
        given().get("/.well-known/openprocure-receipt-key").then().statusCode(200)
                .body("algorithm", equalTo("Ed25519"));

        byte[] pdf = given().contentType(ContentType.JSON).body(verification(receipt, null)).post("/api/receipts/pdf")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        String text;
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        for (String expected : List.of(ocid, "10 December 2026, 08:15:42.123 UTC", "Bid received", "Ed25519")) {
            assertTrue(text.contains(expected), "the receipt PDF shows '" + expected + "'");
        }
        assertTrue(text.replace(" ", "").contains(receipt.getString("envelopeSha256")));
        given().contentType(ContentType.JSON).body(verification(receipt, "2026-12-10T08:15:42.124Z"))
                .post("/api/receipts/pdf").then().statusCode(400).body("errors[0].field", equalTo("signature"));
    }

    @Test
    void aRetryWithTheSameKeyGetsTheSameReceiptAndMakesNoSecondBid() {
        String ocid = publishedTender();
        Personas.supplier("supplier.acme", "supplier-acme");

        String first = submit(ocid, "retry-1", offer("1000.00", null)).statusCode(201).extract().asString();
        String again = submit(ocid, "retry-1", offer("1000.00", null)).statusCode(201).extract().asString();

        assertEquals(first, again);
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> SealedBid.count("ocid", ocid)));
        submit(ocid, "retry-1", offer("999.00", null)).statusCode(422).contentType("application/problem+json");
        submit(ocid, "retry-2", offer("999.00", null)).statusCode(409)
                .body("detail", containsString("already has a bid"));
        given().contentType(ContentType.JSON).body(offer("1.00", null).toString())
                .post("/api/tenders/{ocid}/bids", ocid).then().statusCode(400)
                .body("errors[0].field", equalTo("Idempotency-Key"));
    }

    @Test
    void aBidIsReplacedOrWithdrawnByItsOwnBidderOnly() {
        String ocid = publishedTender();
        Personas.supplier("supplier.acme", "supplier-acme");
        String bidId = submit(ocid, "a-1", offer("1000.00", null)).statusCode(201).extract().path("bidId");

        Personas.supplier("supplier.borealis", "supplier-borealis");
        given().contentType(ContentType.JSON).header("Idempotency-Key", "b-1").body(offer("1.00", null).toString())
                .put("/api/tenders/{ocid}/bids/{bid}", ocid, bidId).then().statusCode(404);
        given().header("Idempotency-Key", "b-2").delete("/api/tenders/{ocid}/bids/{bid}", ocid, bidId).then()
                .statusCode(404);

        Personas.supplier("supplier.acme.bids", "supplier-acme");
        given().contentType(ContentType.JSON).header("Idempotency-Key", "a-2").body(offer("950.00", null).toString())
                .put("/api/tenders/{ocid}/bids/{bid}", ocid, bidId).then().statusCode(200)
                .body("version", equalTo(2)).body("kind", equalTo("REPLACED"));
        given().header("Idempotency-Key", "a-3").delete("/api/tenders/{ocid}/bids/{bid}", ocid, bidId).then()
                .statusCode(200).body("kind", equalTo("WITHDRAWN")).body("version", equalTo(2));
        assertEquals(List.of("superseded", "withdrawn"), QuarkusTransaction.requiringNew().call(() ->
                SealedBid.<SealedBid>list("ocid = ?1 order by version", ocid).stream().map(b -> b.state).toList()));
    }

    @Test
    void bidsAreTakenUntilTheMillisecondBeforeTheDeadline() {
        String ocid = publishedTender();
        Personas.supplier("supplier.acme", "supplier-acme");

        clock.set(DEADLINE.minusMillis(1));
        submit(ocid, "last", offer("1000.00", null)).statusCode(201).body("receivedAt", equalTo("2026-12-30T11:59:59.999Z"));

        clock.set(DEADLINE);
        Personas.supplier("supplier.borealis", "supplier-borealis");
        submit(ocid, "late", offer("900.00", null)).statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("server time 2026-12-30T12:00:00Z"));
    }

    @Test
    void badOffersAreRefusedNamingTheField() {
        String ocid = publishedTender();
        Personas.supplier("supplier.acme", "supplier-acme");
        ObjectNode bad = offer("-5.00", "not a pdf".getBytes(StandardCharsets.UTF_8));
        ((ObjectNode) bad.get("lots").get(0)).put("lotId", "lot-9");
        ((ObjectNode) bad.get("lots").get(0).get("price")).put("currency", "EUX");

        submit(ocid, "bad", bad).statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("lots[0].lotId", "lots[0].amount", "lots[0].currency",
                        "documents[0].content")));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> SealedBid.count("ocid", ocid)));
    }

    /** What a database dump shows before the opening: ciphertext and hashes, no price and no document text. */
    @Test
    void aDumpOfTheBidTablesBeforeOpeningHoldsNeitherPricesNorDocumentText() throws IOException {
        String ocid = publishedTender();
        Personas.supplier("supplier.acme", "supplier-acme");
        submit(ocid, "dump", offer("98765.43", pdfSaying("Unique method statement ZQXJ"))).statusCode(201);

        // This tender's rows (the database is shared with tests whose tenders were opened).
        String dump = QuarkusTransaction.requiringNew().call(() -> String.join("\n",
                rows("select t::text from sealed_bid t where ocid = '" + ocid + "'"),
                rows("select t::text from bid_request t where receipt like '%" + ocid + "%'"),
                rows("select t::text from outbox_event t where record_key = '" + ocid + "'"),
                rows("select t::text from key_share t where ocid = '" + ocid + "'"),
                rows("select t::text from tender_key t where ocid = '" + ocid + "'")));
        assertTrue(dump.contains(ocid), "the dump holds this tender's rows");
        for (String secret : List.of("98765.43", "ZQXJ", "Unique method statement", "supplier-acme", "Night work")) {
            assertFalse(dump.contains(secret), "the dump must not contain '" + secret + "'");
        }
        // The price as a number of its own in any form, not five digits inside a hash or ciphertext.
        assertEquals(java.util.Optional.empty(), SealedText.number(dump, "98765"), "the dump must not contain the price");
    }

    /** Sealed to the tender's key: two key cards rebuild it and open the envelope, which holds the offer. */
    @Test
    void theEnvelopeOpensWithTwoKeyCardsAndHoldsTheOffer() throws Exception {
        String ocid = publishedTender();
        Personas.supplier("supplier.acme", "supplier-acme");
        String bidId = submit(ocid, "open", offer("98765.43", null)).statusCode(201).extract().path("bidId");

        byte[] content = QuarkusTransaction.requiringNew().call(() -> {
            List<KeyShareHolding> holdings = KeyShareHolding.list("key.ocid = ?1 order by key.index", ocid);
            byte[] key = ShamirSecretSharing.combine(holdings.subList(0, 2).stream()
                    .map(h -> KeyCard.parse(vault.unwrap(ocid, h.key.index, h.wrappedShare)).share()).toList());
            SealedBid bid = SealedBid.find("ocid", ocid).firstResult();
            return BidSealer.open(TenderKeys.privateKeyFrom(key), bid.envelope,
                    BidSubmissions.context(ocid, UUID.fromString(bidId), 1));
        });
        String opened = new String(content, StandardCharsets.UTF_8);
        assertTrue(opened.contains("98765.43") && opened.contains("supplier-acme"), opened);
        assertTrue(QuarkusTransaction.requiringNew().call(() -> ((TenderKey) TenderKey.findById(ocid)) != null));
    }

    @SuppressWarnings("unchecked")
    private String rows(String sql) {
        return String.join("\n", em.createNativeQuery(sql).getResultList());
    }

    private static String verification(JsonPath receipt, String receivedAt) {
        ObjectNode body = JSON.createObjectNode();
        for (String field : List.of("ocid", "bidId", "kind", "envelopeSha256", "signature")) {
            body.put(field, receipt.getString(field));
        }
        body.put("version", receipt.getInt("version"));
        body.put("receivedAt", receivedAt != null ? receivedAt : receipt.getString("receivedAt"));
        body.putArray("lotIds").add("lot-1");
        return body.toString();
    }

    private static byte[] pdfSaying(String text) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                stream.beginText();
                stream.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                stream.newLineAtOffset(72, 720);
                stream.showText(text);
                stream.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }
}
