package org.openprocure.bid.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySink;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;
import org.openprocure.bid.KeyShareHolding;
import org.openprocure.bid.TenderKey;
import org.openprocure.bid.sealing.KeyCard;
import org.openprocure.bid.sealing.ShamirSecretSharing;
import org.openprocure.bid.sealing.TenderKeys;
import org.openprocure.bid.service.ShareVault;
import org.openprocure.events.EventEnvelope;
import org.openprocure.events.EventJson;
import org.openprocure.events.EventShape;
import org.openprocure.events.EventTypes;
import org.openprocure.events.GoldenFixtures;
import org.openprocure.stack.PostgresTestResource;

/**
 * The key ceremony: a published tender gets a sealing key whose private half is split among its
 * committee (the golden TenderPublished: Anna, Bruno and Chloé of Northvale, 2 of 3) and never kept;
 * each member collects their card once.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "bid"))
class KeyCeremonyTest {

    private static final AtomicInteger NEXT = new AtomicInteger(500);

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    ShareVault vault;

    /** Publishes the golden tender under an ocid of its own and waits for its key. */
    private String publishedTender() {
        String ocid = "ocds-op7x2k-T-2026-%06d".formatted(NEXT.incrementAndGet());
        connector.source("tender-events").send(GoldenFixtures.chainFor(ocid, UUID.randomUUID().toString(),
                EventTypes.TENDER_PUBLISHED).get(0));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/tenders/{ocid}/sealing-key", ocid).then().statusCode(200));
        return ocid;
    }

    @Test
    void aPublishedTenderGetsAPublicKeyAndTheEventSaysWhoHoldsTheShares() {
        InMemorySink<String> out = connector.sink("events-out");
        String ocid = publishedTender();

        given().get("/api/tenders/{ocid}/sealing-key", ocid).then().statusCode(200)
                .body("threshold", equalTo(2))
                .body("publicKey.length()", equalTo(43))
                .body("fingerprint.length()", equalTo(64));
        EventEnvelope generated = await().atMost(Duration.ofSeconds(30)).until(() -> out.received().stream()
                .map(Message::getPayload).map(EventJson::parse)
                .filter(e -> ocid.equals(e.ocid()) && e.type().equals("SealingKeyGenerated")).findFirst(),
                java.util.Optional::isPresent).orElseThrow();
        EventShape.assertMatchesFixture(EventTypes.SEALING_KEY_GENERATED, generated);
        assertEquals(List.of("officer.anna", "officer.bruno", "officer.chloe"),
                generated.payloadAs(EventTypes.SEALING_KEY_GENERATED).holders().stream()
                        .map(h -> h.username()).toList());
    }

    @Test
    void theServiceKeepsNoPrivateKeyAndNoReadableShare() {
        String ocid = publishedTender();

        QuarkusTransaction.requiringNew().run(() -> {
            TenderKey key = TenderKey.findById(ocid);
            assertEquals(32, key.publicKey.length, "only the 32-byte public key is kept");
            List<KeyShareHolding> shares = KeyShareHolding.list("key.ocid", ocid);
            assertEquals(3, shares.size());
            for (KeyShareHolding share : shares) {
                String wrapped = new String(share.wrappedShare, StandardCharsets.ISO_8859_1);
                assertFalse(wrapped.contains("OPK1"), "the card text is not stored in the clear");
                assertFalse(wrapped.toUpperCase().contains(ocid.toUpperCase()), "nor any part of it");
            }
        });
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = "buyer-northvale"))
    void aMemberCollectsTheirCardOnceAsTextAndPdf() throws IOException {
        InMemorySink<String> out = connector.sink("events-out");
        String ocid = publishedTender();

        var card = given().post("/api/tenders/{ocid}/key-shares/mine", ocid).then().statusCode(200)
                .body("index", equalTo(1))
                .body("holderName", equalTo("Anna Kowalczyk"))
                .body("threshold", equalTo(2))
                .body("holders", equalTo(3))
                .body("text", startsWith("OPK1/"))
                .extract().jsonPath();
        KeyCard parsed = KeyCard.parse(card.getString("text"));
        assertTrue(parsed.isFor(ocid));
        String pdfText;
        try (PDDocument pdf = Loader.loadPDF(Base64.getDecoder().decode(card.getString("pdfBase64")))) {
            pdfText = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
        }
        assertTrue(pdfText.contains(card.getString("text").replaceAll("\\s+", "")), "the PDF carries the card's text");
        assertTrue(pdfText.contains("AnnaKowalczyk"));

        EventEnvelope collected = await().atMost(Duration.ofSeconds(30)).until(() -> out.received().stream()
                .map(Message::getPayload).map(EventJson::parse)
                .filter(e -> ocid.equals(e.ocid()) && e.type().equals("KeyShareCollected")).findFirst(),
                java.util.Optional::isPresent).orElseThrow();
        EventShape.assertMatchesFixture(EventTypes.KEY_SHARE_COLLECTED, collected);
        assertEquals("officer", collected.actor().role());

        given().post("/api/tenders/{ocid}/key-shares/mine", ocid).then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("only once"));
        given().get("/api/tenders/{ocid}/key-shares", ocid).then().statusCode(200)
                .body("find { it.username == 'officer.anna' }.collectedAt", org.hamcrest.Matchers.notNullValue())
                .body("find { it.username == 'officer.bruno' }.collectedAt", nullValue());
        QuarkusTransaction.requiringNew().run(() -> {
            KeyShareHolding anna = KeyShareHolding.find("key.ocid = ?1 and holderUsername = ?2", ocid, "officer.anna")
                    .firstResult();
            assertNull(anna.wrappedShare, "after collection the service keeps only the share's hash");
            assertEquals(parsed.shareHash(), anna.shareHash);
        });
    }

    /**
     * Any two cards rebuild the key bids are sealed to. The second card is read here from the vault,
     * as its holder would collect it.
     */
    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = "buyer-northvale"))
    void twoCardsRebuildTheTendersKey() {
        String ocid = publishedTender();
        KeyCard anna = KeyCard.parse(given().post("/api/tenders/{ocid}/key-shares/mine", ocid).then().statusCode(200)
                .extract().path("text"));
        KeyCard chloe = QuarkusTransaction.requiringNew().call(() -> {
            KeyShareHolding holding = KeyShareHolding.find("key.ocid = ?1 and holderUsername = ?2", ocid,
                    "officer.chloe").firstResult();
            return KeyCard.parse(vault.unwrap(ocid, holding.key.index, holding.wrappedShare));
        });

        byte[] rebuilt = ShamirSecretSharing.combine(List.of(anna.share(), chloe.share()));

        byte[] publicKey = Base64.getUrlDecoder().decode((String) given().get("/api/tenders/{ocid}/sealing-key", ocid)
                .then().extract().path("publicKey"));
        assertArrayEquals(publicKey, TenderKeys.rawPublicKeyOf(TenderKeys.privateKeyFrom(rebuilt)));
    }

    @Test
    @TestSecurity(user = "officer.zoe", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = "buyer-northvale"))
    void anOfficerOutsideTheCommitteeGetsNoCard() {
        String ocid = publishedTender();
        given().post("/api/tenders/{ocid}/key-shares/mine", ocid).then().statusCode(403)
                .contentType("application/problem+json");
        given().get("/api/tenders/{ocid}/key-shares", ocid).then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "officer.dmitri", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = "buyer-health"))
    void anotherBuyersOfficerDoesNotSeeTheTender() {
        String ocid = publishedTender();
        given().post("/api/tenders/{ocid}/key-shares/mine", ocid).then().statusCode(404);
        given().get("/api/tenders/{ocid}/key-shares", ocid).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "supplier.acme", roles = "supplier")
    @OidcSecurity(claims = @Claim(key = "org", value = "supplier-acme"))
    void aSupplierIsRefused() {
        String ocid = publishedTender();
        given().post("/api/tenders/{ocid}/key-shares/mine", ocid).then().statusCode(403);
        given().get("/api/tenders/{ocid}/key-shares", ocid).then().statusCode(403);
    }

    @Test
    void theAnonymousPublicSeesOnlyThePublicKey() {
        String ocid = publishedTender();
        given().post("/api/tenders/{ocid}/key-shares/mine", ocid).then().statusCode(401);
        given().get("/api/tenders/{ocid}/key-shares", ocid).then().statusCode(401);
        given().get("/api/tenders/{ocid}/sealing-key", "ocds-op7x2k-T-2026-999998").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
