package org.openprocure.contract;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openprocure.contract.flags.RedFlagService;
import org.openprocure.events.EventTypes;
import org.openprocure.events.Organization;
import org.openprocure.events.bid.BidsOpened;
import org.openprocure.events.tender.TenderPublished;
import org.openprocure.stack.PostgresTestResource;

/** The audit report PDF of one buyer over a period, as an auditor downloads it. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "contract"))
@TestSecurity(user = "auditor.farah", roles = "auditor")
@OidcSecurity(claims = @Claim(key = "org", value = "audit-office"))
class AuditReportTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final AtomicInteger NUMBERS = new AtomicInteger(new java.util.Random().nextInt(400_000));

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    RedFlagService redFlags;

    @Test
    void anAuditorGetsTheBuyersReportWithItsFiguresAndRedFlags() throws IOException {
        // A buyer of this test's own, so that the figures are this test's alone.
        String buyer = "buyer-audit-" + NUMBERS.incrementAndGet();
        String ocid = newOcid();
        send(new EventChain(ocid).next(EventTypes.TENDER_PUBLISHED, t -> withBuyer(t, buyer)));
        send(new EventChain(ocid).next(EventTypes.BIDS_OPENED, o -> new BidsOpened(o.tenderId(), o.openedAt(), 1,
                o.keyHolders(), o.bids().subList(0, 1), List.of())));
        EventChain evaluation = new EventChain(ocid);
        send(evaluation.next(EventTypes.AWARD_CONFIRMED));
        await().atMost(PATIENCE).untilAsserted(() -> given().get("/api/analytics/processes/{ocid}", ocid).then()
                .statusCode(200).body("timeline", hasSize(3)));
        redFlags.recompute();

        byte[] pdf = given().queryParam("buyer", buyer).queryParam("from", "2026-11-01").queryParam("to", "2027-06-30")
                .get("/api/analytics/audit-report").then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition",
                        equalTo("inline; filename=\"audit-report-" + buyer + "-2026-11-01-2027-06-30.pdf\""))
                .extract().asByteArray();
        String text = text(pdf);
        for (String expected : List.of("Audit report: Harbour Works Authority", "open 1", "2027-01 61800.00 EUR",
                "1 of 1 (100.0 %)", "Acme Build Ltd (supplier-acme) 61800.00 EUR 100.0 %", "10000 of 10000",
                "R018 · Single bid received", "Only one bid was received for", ocid)) {
            assertTrue(text.contains(expected), () -> "missing '" + expected + "' in:\n" + text);
        }
        byte[] again = given().queryParam("buyer", buyer).queryParam("from", "2026-11-01").queryParam("to", "2027-06-30")
                .get("/api/analytics/audit-report").then().statusCode(200).extract().asByteArray();
        assertArrayEquals(pdf, again);
    }

    @Test
    void badParametersAreRefusedByName() {
        String[][] cases = {
                {"buyer-northvale", "2027-13-01", "2027-12-31", "from"},
                {"buyer-northvale", "2027-01-01", "yesterday", "to"},
                {"buyer-northvale", "2027-06-01", "2027-01-01", "to"},
                {"buyer-northvale", null, "2027-01-01", "from"},
                {null, "2027-01-01", "2027-02-01", "buyer"},
                {"no such buyer", "2027-01-01", "2027-02-01", "buyer"}};
        for (String[] c : cases) {
            var request = given();
            if (c[0] != null) {
                request = request.queryParam("buyer", c[0]);
            }
            if (c[1] != null) {
                request = request.queryParam("from", c[1]);
            }
            request.queryParam("to", c[2]).get("/api/analytics/audit-report").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo(c[3]));
        }
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = "buyer-northvale"))
    void anOfficerIsRefusedTheReport() {
        given().queryParam("buyer", "buyer-northvale").queryParam("from", "2027-01-01").queryParam("to", "2027-12-31")
                .get("/api/analytics/audit-report").then().statusCode(403);
    }

    private static TenderPublished withBuyer(TenderPublished t, String buyerId) {
        return new TenderPublished(t.tenderId(), t.noticeVersion(), t.title(), t.description(),
                new Organization(buyerId, "Harbour Works Authority"), t.procurementMethod(),
                t.procurementMethodRationale(), t.mainProcurementCategory(), t.awardCriteria(), t.criteria(), t.value(),
                t.lots(), t.consultationPeriod(), t.tenderPeriod(), t.enquiryPeriod(), t.openingDate(),
                t.bidValidityDays(), t.openingCommittee(), t.documents(), t.publishedAt());
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String newOcid() {
        return "ocds-op7x2k-A-2027-" + String.format("%06d", 100_000 + NUMBERS.incrementAndGet());
    }

    private void send(String record) {
        connector.source("procurement-events").send(java.util.List.of(record));
    }
}
