package org.openprocure.portal.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.openprocure.portal.rest.TenderFixtures.OCID;
import static org.openprocure.portal.rest.TenderFixtures.SHA;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

import org.openprocure.portal.client.ContractServiceClient;
import org.openprocure.portal.client.EvaluationServiceUserClient;
import org.openprocure.portal.client.EvaluationServiceClient;
import org.openprocure.portal.client.BidAnswer;
import org.openprocure.portal.client.BidOffer;
import org.openprocure.portal.client.BidServiceClient;
import org.openprocure.portal.client.BidServiceException;
import org.openprocure.portal.client.BidServiceUserClient;
import org.openprocure.portal.client.OwnBids;
import org.openprocure.portal.client.Problem;
import org.openprocure.portal.client.Receipt;
import org.openprocure.portal.client.ReceiptCheck;
import org.openprocure.portal.client.SubmissionWindow;
import org.openprocure.portal.client.TenderServiceClient;
import org.openprocure.portal.client.TenderServiceUserClient;
import org.openprocure.portal.client.Value;

/**
 * The Bid part of the tender page and the supplier's pages: the form while bid-service takes bids (by
 * its clock), each rendering with its own Idempotency-Key, the signed receipt and its PDF, replace and
 * withdraw, refusals shown at the form, and "My bids".
 */
@QuarkusTest
class BidPagesTest {

    static final String BID = "3f1c9a52-8d0e-4b7a-9c61-2e5d7f8a0b13";
    static final Instant SERVER_TIME = Instant.parse("2026-12-01T10:00:05.250Z");
    static final Instant RECEIVED = Instant.parse("2026-12-01T09:58:12.120Z");
    static final String SIGNATURE = "c2lnbmVkIGJ5IHRoZSBwbGF0Zm9ybQ==";

    @InjectMock
    @RestClient
    TenderServiceClient tenderService;

    @InjectMock
    @RestClient
    TenderServiceUserClient tenderServiceAsUser;

    @InjectMock
    @RestClient
    BidServiceClient bidService;

    @InjectMock
    @RestClient
    BidServiceUserClient bids;

    /** evaluation-service is never reached for real: its parts of the page stay empty. */
    @InjectMock
    @RestClient
    EvaluationServiceClient evaluationService;

    @InjectMock
    @RestClient
    EvaluationServiceUserClient evaluationsAsUser;

    /** The tender page asks contract-service for the OCDS record and the contracts; the bare mock gives neither. */
    @InjectMock
    @RestClient
    ContractServiceClient contractService;

    @BeforeAll
    static void formsInUtf8() {
        Utf8Forms.install();
    }

    @BeforeEach
    void publishedTenderTakingBids() {
        when(tenderService.notice(OCID)).thenReturn(TenderFixtures.tendering());
        when(tenderService.versions(OCID)).thenReturn(List.of());
        when(tenderService.comments(OCID)).thenReturn(List.of());
        when(tenderService.enquiries(OCID)).thenReturn(List.of());
        when(bidService.submissionWindow(OCID)).thenReturn(window(true));
        when(bids.ownBid(OCID)).thenReturn(new OwnBids(OCID, null, List.of()));
    }

    static SubmissionWindow window(boolean accepting) {
        return new SubmissionWindow(OCID, Instant.parse("2026-12-30T12:00:00Z"), Instant.parse("2026-12-30T12:30:00Z"),
                accepting ? SERVER_TIME : Instant.parse("2026-12-30T12:00:00.001Z"), accepting, 1, false, null);
    }

    static Receipt receipt(String kind, int version) {
        return new Receipt(OCID, BID, version, List.of("lot-1"), kind, RECEIVED, SHA, SIGNATURE, "openprocure-receipt-v1\n");
    }

    static OwnBids withCurrentBid() {
        return new OwnBids(OCID, new OwnBids.CurrentBid(BID, 1, List.of("lot-1"), RECEIVED, SHA),
                List.of(receipt("SUBMITTED", 1)));
    }

    private static String key(String page, String formClass) {
        Matcher form = Pattern.compile("<form class=\"" + formClass + "\"[\\s\\S]*?name=\"idempotencyKey\" value=\"([^\"]+)\"")
                .matcher(page);
        return form.find() ? form.group(1) : null;
    }

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Test
    @TestSecurity(user = "supplier.acme", roles = "supplier")
    void aSupplierGetsTheBidFormWithItsOwnKeyEachTimeWhileBidsAreTaken() {
        String first = given().get("/tenders/" + OCID).then().statusCode(200)
                .body(containsString("<section id=\"bid\""),
                        containsString("action=\"/tenders/" + OCID + "/bid\" enctype=\"multipart/form-data\""),
                        containsString("Bids are taken until <time datetime=\"2026-12-30T12:00:00Z\">"
                                + "30 December 2026, 12:00 UTC</time>"),
                        containsString("Server time now: <time class=\"server-time\" datetime=\"" + SERVER_TIME + "\">"),
                        containsString("name=\"lot.lot-1.amount\""),
                        containsString("name=\"lot.lot-2.amount\""),
                        containsString("<label for=\"f-lot-lot-2-amount\">Pavements of Łódź Street</label>"),
                        containsString("name=\"currency\" type=\"text\" value=\"EUR\""),
                        containsString("<label for=\"f-answers-0-text\">Technical approach</label>"),
                        containsString("name=\"documents[0].file\" type=\"file\" accept=\"application/pdf,.pdf\""),
                        not(containsString("class=\"withdraw-form\"")))
                .extract().asString();
        String second = given().get("/tenders/" + OCID).then().statusCode(200).extract().asString();
        assertNotEquals(null, key(first, "bid-form"));
        assertNotEquals(key(first, "bid-form"), key(second, "bid-form"), "each rendering has a key of its own");
    }

    @Test
    @TestSecurity(user = "supplier.acme", roles = "supplier")
    void aBidGoesToBidServiceWithTheFormsKeyAndThePageThenShowsItsReceipt() {
        when(bids.submit(eq(OCID), anyString(), any())).thenReturn(receipt("SUBMITTED", 1));

        given().redirects().follow(false)
                .multiPart("idempotencyKey", "form-key-1")
                .multiPart("lot.lot-1.amount", "")
                .multiPart("lot.lot-2.amount", "24 950.50")
                .multiPart("currency", "EUR")
                .multiPart("answers[0].text", "Night work on the pavements, two crews.")
                .multiPart("documents[0].title", "Technical offer")
                .multiPart("documents[0].file", "offer.pdf", PDF, "application/pdf")
                .multiPart("documents[1].title", "")
                .multiPart("documents[1].file", "", new byte[0], "application/octet-stream")
                .post("/tenders/" + OCID + "/bid")
                .then().statusCode(303)
                .header("Location", endsWith("/tenders/" + OCID + "?sent=bidSubmitted#bid"));

        ArgumentCaptor<BidOffer> offer = ArgumentCaptor.forClass(BidOffer.class);
        verify(bids).submit(eq(OCID), eq("form-key-1"), offer.capture());
        assertEquals(List.of(new BidOffer.LotOffer("lot-2", new Value(new BigDecimal("24950.50"), "EUR"))),
                offer.getValue().lots());
        assertEquals(List.of(new BidAnswer("Technical approach", "Night work on the pavements, two crews.")),
                offer.getValue().answers());
        assertEquals(1, offer.getValue().documents().size());
        assertEquals("Technical offer", offer.getValue().documents().get(0).title());
        assertEquals("offer.pdf", offer.getValue().documents().get(0).fileName());
        assertArrayEquals(PDF, offer.getValue().documents().get(0).content());
    }

    @Test
    @TestSecurity(user = "supplier.acme", roles = "supplier")
    void theCurrentBidShowsItsSignedReceiptWithTheFormsToReplaceAndWithdraw() {
        when(bids.ownBid(OCID)).thenReturn(withCurrentBid());

        String page = given().get("/tenders/" + OCID + "?sent=bidSubmitted").then().statusCode(200)
                .body(containsString("Your bid was received and sealed."),
                        containsString("<code class=\"receipt-bid-id\">" + BID + "</code>"),
                        containsString("<time datetime=\"2026-12-01T09:58:12.120Z\">2026-12-01T09:58:12.120Z</time>"),
                        containsString("<code class=\"hash receipt-envelope\">" + SHA + "</code>"),
                        containsString("<code class=\"hash receipt-signature\">" + SIGNATURE + "</code>"),
                        containsString("Bid submitted"),
                        containsString("&quot;envelopeSha256&quot; : &quot;" + SHA + "&quot;"),
                        containsString("action=\"/bids/receipt.pdf\""),
                        containsString("Download receipt (PDF)"),
                        containsString("action=\"/tenders/" + OCID + "/bid/" + BID + "/replace\""),
                        containsString("action=\"/tenders/" + OCID + "/bid/" + BID + "/withdraw\""),
                        not(containsString("action=\"/tenders/" + OCID + "/bid\" ")))
                .extract().asString();
        assertNotEquals(key(page, "bid-form"), key(page, "withdraw-form"));
    }

    @Test
    @TestSecurity(user = "supplier.acme", roles = "supplier")
    void replacingAndWithdrawingSendTheirKeysAndComeBackToTheReceipt() {
        when(bids.ownBid(OCID)).thenReturn(withCurrentBid());
        when(bids.replace(eq(OCID), eq(BID), anyString(), any())).thenReturn(receipt("REPLACED", 2));
        when(bids.withdraw(OCID, BID, "withdraw-key")).thenReturn(receipt("WITHDRAWN", 2));

        given().redirects().follow(false)
                .multiPart("idempotencyKey", "replace-key")
                .multiPart("lot.lot-1.amount", "99000")
                .multiPart("currency", "EUR")
                .post("/tenders/" + OCID + "/bid/" + BID + "/replace")
                .then().statusCode(303).header("Location", endsWith("?sent=bidReplaced#bid"));
        verify(bids).replace(eq(OCID), eq(BID), eq("replace-key"), any());

        given().redirects().follow(false).formParam("idempotencyKey", "withdraw-key")
                .post("/tenders/" + OCID + "/bid/" + BID + "/withdraw")
                .then().statusCode(303).header("Location", endsWith("?sent=bidWithdrawn#bid"));
        verify(bids).withdraw(OCID, BID, "withdraw-key");
    }

    @Test
    @TestSecurity(user = "supplier.acme", roles = "supplier")
    void whatThePortalCannotReadIsRefusedAtTheFormWithoutAskingBidService() {
        given().multiPart("idempotencyKey", "k")
                .multiPart("lot.lot-1.amount", "about a hundred thousand")
                .multiPart("currency", "")
                .multiPart("documents[0].title", "Drawings")
                .post("/tenders/" + OCID + "/bid")
                .then().statusCode(400)
                .body(containsString("This could not be done."),
                        containsString("id=\"f-lot-lot-1-amount-error\">Give the price as a number, e.g. 99800.50."),
                        containsString("id=\"f-currency-error\">Give the currency of your prices."),
                        containsString("id=\"f-documents-0-file-error\">Choose the PDF file for this title."),
                        containsString("value=\"about a hundred thousand\""));
        verify(bids, never()).submit(anyString(), anyString(), any());
    }

    @Test
    @TestSecurity(user = "supplier.acme", roles = "supplier")
    void bidServicesRefusalIsShownAtTheFieldsOfTheForm() {
        when(bids.submit(eq(OCID), anyString(), any())).thenThrow(new BidServiceException(new Problem("Invalid bid",
                400, "lots[0].amount: a positive amount with at most 2 decimals",
                List.of(new Problem.FieldError("lots[0].amount", "a positive amount with at most 2 decimals"),
                        new Problem.FieldError("documents[0].content", "The file is not a PDF document.")))));

        String page = given().multiPart("idempotencyKey", "first-key")
                .multiPart("lot.lot-2.amount", "-5")
                .multiPart("currency", "EUR")
                .multiPart("documents[1].title", "Scan")
                .multiPart("documents[1].file", "scan.pdf", PDF, "application/pdf")
                .post("/tenders/" + OCID + "/bid")
                .then().statusCode(400)
                .body(containsString("id=\"f-lot-lot-2-amount-error\">a positive amount with at most 2 decimals"),
                        containsString("id=\"f-documents-1-file-error\">The file is not a PDF document."),
                        containsString("value=\"-5\""))
                .extract().asString();
        assertNotEquals("first-key", key(page, "bid-form"), "a refused form gets a new key");
    }

    @Test
    @TestSecurity(user = "supplier.acme", roles = "supplier")
    void aBidAfterTheDeadlineIsRefusedWithTheServerTime() {
        when(bids.submit(eq(OCID), anyString(), any())).thenThrow(new BidServiceException(new Problem("Conflict",
                409, "Bids for " + OCID + " are no longer accepted: the deadline was 2026-12-30T12:00:00Z; server time"
                + " 2026-12-30T12:00:00.001Z.", List.of())));

        given().multiPart("idempotencyKey", "k").multiPart("lot.lot-1.amount", "1000").multiPart("currency", "EUR")
                .post("/tenders/" + OCID + "/bid")
                .then().statusCode(409)
                .body(containsString("server time 2026-12-30T12:00:00.001Z"));
    }

    @Test
    void afterTheDeadlineThePageSaysBidsClosedByTheServersClockAndLinksTheRecord() {
        when(bidService.submissionWindow(OCID)).thenReturn(window(false));

        given().get("/tenders/" + OCID).then().statusCode(200)
                .body(containsString("Bids closed at <time datetime=\"2026-12-30T12:00:00Z\">30 December 2026, 12:00 UTC"
                                + "</time>. Server time now: <time class=\"server-time\" "
                                + "datetime=\"2026-12-30T12:00:00.001Z\">"),
                        containsString("href=\"/tenders/" + OCID + "/opening\""),
                        not(containsString("class=\"bid-form\"")));
    }

    @Test
    void visitorsAreAskedToLogInToBidAndBidServiceOutagesDoNotBreakThePage() {
        given().get("/tenders/" + OCID).then().statusCode(200)
                .body(containsString("Log in as a supplier to bid"), not(containsString("class=\"bid-form\"")));
        when(bidService.submissionWindow(OCID)).thenThrow(new jakarta.ws.rs.ProcessingException("refused"));
        given().get("/tenders/" + OCID).then().statusCode(200)
                .body(containsString("Whether bids are taken cannot be shown right now."),
                        containsString("Road resurfacing — Zieliński Street"));
    }

    @Test
    @TestSecurity(user = "supplier.acme", roles = "supplier")
    void myBidsListsEachTenderWithItsReceipts() {
        when(bids.ownBids()).thenReturn(List.of(new OwnBids(OCID, null,
                List.of(receipt("SUBMITTED", 1), receipt("WITHDRAWN", 1)))));

        given().get("/bids").then().statusCode(200)
                .body(containsString("<h1>My bids</h1>"),
                        containsString("href=\"/tenders/" + OCID + "#bid\">Road resurfacing — Zieliński Street</a>"),
                        containsString("Withdrawn"),
                        containsString("Bid submitted"),
                        containsString("Bid withdrawn"),
                        containsString("href=\"/bids\">My bids</a>"));
    }

    @Test
    @TestSecurity(user = "supplier.acme", roles = "supplier")
    void theReceiptPdfIsPrintedByBidServiceFromTheReceiptsFields() {
        when(bidService.receiptPdf(any())).thenReturn(RestResponse.ResponseBuilder
                .<InputStream> ok(new ByteArrayInputStream(PDF), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"receipt-" + BID + "-v1.pdf\"").build());

        byte[] pdf = given().formParam("ocid", OCID).formParam("bidId", BID).formParam("version", "1")
                .formParam("lotIds", "lot-1").formParam("lotIds", "lot-2").formParam("kind", "SUBMITTED")
                .formParam("receivedAt", RECEIVED.toString()).formParam("envelopeSha256", SHA)
                .formParam("signature", SIGNATURE)
                .post("/bids/receipt.pdf")
                .then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", "attachment; filename=\"receipt-" + BID + "-v1.pdf\"")
                .extract().asByteArray();
        assertArrayEquals(PDF, pdf);
        verify(bidService).receiptPdf(new ReceiptCheck(OCID, BID, 1, List.of("lot-1", "lot-2"), "SUBMITTED", RECEIVED,
                SHA, SIGNATURE));
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    void officersNeitherBidNorSeeSuppliersPages() {
        given().get("/bids").then().statusCode(403);
        given().multiPart("lot.lot-1.amount", "1").post("/tenders/" + OCID + "/bid").then().statusCode(403);
        given().get("/tenders/" + OCID).then().statusCode(200).body(not(containsString("class=\"bid-form\"")));
    }

    @Test
    void visitorsAreSentToLogInForSuppliersPages() {
        given().redirects().follow(false).get("/bids").then().statusCode(302);
    }

    @Test
    @TestSecurity(user = "supplier.acme", roles = "supplier")
    void theBidPartSpeaksUkrainian() {
        given().header("Accept-Language", "uk").get("/tenders/" + OCID).then().statusCode(200)
                .body(containsString("Тендерна пропозиція"), containsString("Подати пропозицію"),
                        containsString("Пропозиції приймаються до"));
    }

    @Test
    @TestSecurity(user = "supplier.acme", roles = "supplier")
    void theWithdrawFormShowsARefusal() {
        when(bids.ownBid(OCID)).thenReturn(withCurrentBid());
        when(bids.withdraw(eq(OCID), eq(BID), anyString())).thenThrow(new BidServiceException(new Problem("Conflict",
                409, "Bids for " + OCID + " are no longer accepted.", List.of())));
        given().formParam("idempotencyKey", "k").post("/tenders/" + OCID + "/bid/" + BID + "/withdraw")
                .then().statusCode(409).body(containsString("are no longer accepted."));
    }

    @Test
    @TestSecurity(user = "supplier.acme", roles = "supplier")
    void anUnknownBidIsNotFound() {
        when(bids.withdraw(eq(OCID), eq(BID), anyString())).thenThrow(new BidServiceException(new Problem("Not found",
                404, "No current bid.", List.of())));
        given().formParam("idempotencyKey", "k").post("/tenders/" + OCID + "/bid/" + BID + "/withdraw")
                .then().statusCode(404).body(containsString("Page not found"));
    }
}
