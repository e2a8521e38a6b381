package org.openprocure.portal.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.openprocure.portal.rest.TenderFixtures.OCID;
import static org.openprocure.portal.rest.TenderFixtures.SHA;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

import org.openprocure.portal.client.ContractServiceClient;
import org.openprocure.portal.client.BidServiceClient;
import org.openprocure.portal.client.BidServiceException;
import org.openprocure.portal.client.BidServiceUserClient;
import org.openprocure.portal.client.CardRequest;
import org.openprocure.portal.client.HandInResult;
import org.openprocure.portal.client.HeldShare;
import org.openprocure.portal.client.KeyCard;
import org.openprocure.portal.client.OpeningProgress;
import org.openprocure.portal.client.OpeningRecord;
import org.openprocure.portal.client.Problem;
import org.openprocure.portal.client.ReceiptCheck;
import org.openprocure.portal.client.ReceiptVerification;
import org.openprocure.portal.client.TenderServiceClient;
import org.openprocure.portal.client.TenderServiceUserClient;

/**
 * The opening committee's pages (key cards shown once, handing a card in, the progress in cards) and the
 * public opening record with its receipt check.
 */
@QuarkusTest
class OpeningPagesTest {

    static final Instant DEADLINE = Instant.parse("2026-12-30T12:00:00Z");
    static final Instant OPENED = Instant.parse("2026-12-30T12:31:04.500Z");
    static final String CARD = "OPK1/OCDS-OP7X2K-T-2026-000042/1/ABCD-EFGH-JKMN";
    static final String BID = "3f1c9a52-8d0e-4b7a-9c61-2e5d7f8a0b13";
    static final String DECOY = "7a0e4c1d-2b3f-4d5e-8f90-a1b2c3d4e5f6";

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

    /** The tender page asks contract-service for the OCDS record and the contracts; the bare mock gives neither. */
    @InjectMock
    @RestClient
    ContractServiceClient contractService;

    @BeforeAll
    static void formsInUtf8() {
        Utf8Forms.install();
    }

    @BeforeEach
    void publishedTender() {
        when(tenderService.notice(OCID)).thenReturn(TenderFixtures.tendering());
    }

    static OpeningProgress progress(int sharesIn, boolean allowed, Instant openedAt) {
        return new OpeningProgress(OCID, 2, 3, sharesIn, sharesIn == 0 ? List.of()
                : List.of("officer.anna", "officer.bruno").subList(0, sharesIn), DEADLINE,
                allowed ? DEADLINE.plusSeconds(60) : Instant.parse("2026-12-01T10:00:00Z"), allowed, false, openedAt);
    }

    static OpeningRecord record() {
        return new OpeningRecord("5f0c2b8e", OPENED, 2, List.of("officer.anna", "officer.bruno"), List.of(
                new OpeningRecord.OpenedBid(BID, 2, "supplier-acme", "Acme Roads Sp. z o.o.",
                        Instant.parse("2026-12-29T08:15:00.120Z"), SHA,
                        List.of(new OpeningRecord.OpenedLot("lot-1", new BigDecimal("104250.00"), "EUR")),
                        List.of(), List.of(new OpeningRecord.OpenedDocument("Technical offer", "offer.pdf",
                                "a".repeat(64))), false, true, null),
                new OpeningRecord.OpenedBid("9e2d", 1, null, null, Instant.parse("2026-12-29T09:00:00Z"),
                        "b".repeat(64), List.of(), List.of(), List.of(), true, false,
                        "the envelope's SHA-256 differs from the one on its receipt")),
                List.of(new OpeningRecord.Decoy(DECOY, 2, Instant.parse("2026-12-20T03:41:07.002Z"),
                        "d".repeat(64))));
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    void aMemberSeesTheirKeyCardsWithTheWayToCollectAndToOpen() {
        when(bids.keyShares()).thenReturn(List.of(
                new HeldShare(OCID, 1, 2, 3, null, DEADLINE, false, false, null),
                new HeldShare("ocds-op7x2k-T-2026-000043", 2, 2, 3, Instant.parse("2026-11-30T10:00:00Z"), DEADLINE,
                        false, true, OPENED)));
        when(tenderService.notice("ocds-op7x2k-T-2026-000043")).thenThrow(new jakarta.ws.rs.ProcessingException("down"));

        given().get("/committee/key-cards").then().statusCode(200)
                .body(containsString("<h1>My key cards</h1>"),
                        containsString("href=\"/tenders/" + OCID + "\">Road resurfacing — Zieliński Street</a>"),
                        containsString("Not collected yet"),
                        containsString("action=\"/committee/key-cards/" + OCID + "\""),
                        containsString("shown only once"),
                        containsString("href=\"/committee/openings/" + OCID + "\""),
                        containsString("ocds-op7x2k-T-2026-000043</a>"),
                        containsString("href=\"/tenders/ocds-op7x2k-T-2026-000043/opening\""),
                        not(containsString("action=\"/committee/key-cards/ocds-op7x2k-T-2026-000043\"")),
                        containsString("href=\"/committee/key-cards\">Key cards</a>"));
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    void aCollectedCardIsShownOnceAsTextAndPdfAndNeverCached() {
        String pdf = Base64.getEncoder().encodeToString("%PDF-1.7 card".getBytes());
        when(bids.collectKeyCard(OCID)).thenReturn(new KeyCard(OCID, 1, "Anna Kowalczyk", CARD, SHA, 2, 3, pdf));

        given().post("/committee/key-cards/" + OCID).then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body(containsString("This card is shown only this once. It cannot be shown again."),
                        containsString("<pre class=\"copyable key-card-text\" aria-labelledby=\"card-text-heading\" "
                                + "tabindex=\"0\">" + CARD + "</pre>"),
                        containsString("href=\"data:application/pdf;base64," + pdf + "\" download=\"key-card-" + OCID
                                + "-1.pdf\""),
                        containsString("2 of the 3 key holders"));
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    void aSecondCollectionIsRefusedOnTheListOfCards() {
        when(bids.collectKeyCard(OCID)).thenThrow(new BidServiceException(new Problem("Conflict", 409,
                "Your key card for " + OCID + " was collected at 2026-11-30T10:00:00Z; it is handed out only once.",
                List.of())));
        when(bids.keyShares()).thenReturn(List.of());

        given().post("/committee/key-cards/" + OCID).then().statusCode(409)
                .body(containsString("it is handed out only once."), containsString("<h1>My key cards</h1>"));
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    void theOpeningPageCountsCardsAndTakesOneAfterTheDeadline() {
        when(bids.openingProgress(OCID)).thenReturn(progress(1, true, null));
        when(bids.handIn(OCID, new CardRequest(CARD))).thenReturn(new HandInResult(OCID, 2, 2, true));

        given().get("/committee/openings/" + OCID).then().statusCode(200)
                .body(containsString("1 of 2 key cards handed in"),
                        containsString("Handed in by: Anna Kowalczyk"),
                        containsString("action=\"/committee/openings/" + OCID + "\""),
                        containsString("name=\"card\""));
        given().redirects().follow(false).formParam("card", "  " + CARD + "\n")
                .post("/committee/openings/" + OCID)
                .then().statusCode(303).header("Location", endsWith("/committee/openings/" + OCID + "?done=opened"));
        verify(bids).handIn(OCID, new CardRequest(CARD));
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    void aRefusedCardIsExplainedAtTheFormAndNotShownAgain() {
        when(bids.openingProgress(OCID)).thenReturn(progress(0, true, null));
        when(bids.handIn(eq(OCID), any())).thenThrow(new BidServiceException(new Problem("Refused", 400,
                "The card handed in by officer.anna is not the share issued to them. The attempt was recorded.",
                List.of())));

        given().formParam("card", CARD).post("/committee/openings/" + OCID).then().statusCode(400)
                .body(containsString("is not the share issued to them."), not(containsString(CARD)));
        given().formParam("card", "").post("/committee/openings/" + OCID).then().statusCode(400)
                .body(containsString("id=\"f-card-error\">Paste the text of your key card."));
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    void beforeTheDeadlineNoCardIsAskedFor() {
        when(bids.openingProgress(OCID)).thenReturn(progress(0, false, null));

        given().get("/committee/openings/" + OCID).then().statusCode(200)
                .body(containsString("0 of 2 key cards handed in"),
                        containsString("Key cards are handed in after the deadline:"),
                        not(containsString("name=\"card\"")));
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    void onceOpenedTheOpeningPageLinksTheRecord() {
        when(bids.openingProgress(OCID)).thenReturn(progress(2, false, OPENED));

        given().get("/committee/openings/" + OCID + "?done=opened").then().statusCode(200)
                .body(containsString("Your card completed the opening: the bids are open."),
                        containsString("href=\"/tenders/" + OCID + "/opening\""),
                        not(containsString("name=\"card\"")));
    }

    @Test
    @TestSecurity(user = "supplier.acme", roles = "supplier")
    void suppliersHaveNoCommitteePages() {
        given().get("/committee/key-cards").then().statusCode(403);
        given().post("/committee/key-cards/" + OCID).then().statusCode(403);
        verify(bids, never()).collectKeyCard(any());
    }

    @Test
    void theOpeningRecordIsPublic() {
        when(bidService.openingRecord(OCID)).thenReturn(record());

        given().get("/tenders/" + OCID + "/opening").then().statusCode(200)
                .body(containsString("<h1 id=\"record-title\">Opening record</h1>"),
                        containsString("<time datetime=\"" + OPENED + "\">" + OPENED + "</time>"),
                        containsString("Anna Kowalczyk, Bruno Díaz"),
                        containsString("<h3 class=\"bidder\">Acme Roads Sp. z o.o.</h3>"),
                        containsString("<span class=\"lot-title\">Carriageway</span>: <strong class=\"bid-price\">"
                                + "€104,250.00</strong>"),
                        containsString("<code class=\"hash\">" + SHA + "</code>"),
                        containsString("Technical offer"),
                        containsString("a".repeat(64)),
                        containsString("No: made before an amendment that required bids to be confirmed again"),
                        containsString("A bid that could not be opened"),
                        containsString("the envelope&#39;s SHA-256 differs from the one on its receipt"),
                        containsString("<h2 id=\"decoys-heading\">Decoy envelopes</h2>"),
                        containsString("sealed 1 decoy envelope(s)"),
                        containsString("<code>" + DECOY + "</code> · Version 2"),
                        containsString("d".repeat(64)),
                        containsString("action=\"/tenders/" + OCID + "/opening/check\""));
    }

    @Test
    void aReceiptOfADecoyIsSaidToBeOne() {
        when(bidService.openingRecord(OCID)).thenReturn(record());
        ReceiptCheck decoy = new ReceiptCheck(OCID, DECOY, 2, List.of("lot-2"), "REPLACED",
                Instant.parse("2026-12-20T03:41:07.002Z"), "d".repeat(64), "c2ln");
        when(bidService.verify(decoy)).thenReturn(new ReceiptVerification(true, "signed"));

        given().formParam("receipt", """
                {"ocid": "%s", "bidId": "%s", "version": 2, "lotIds": ["lot-2"], "kind": "REPLACED",
                 "receivedAt": "2026-12-20T03:41:07.002Z", "envelopeSha256": "%s", "signature": "c2ln"}"""
                        .formatted(OCID, DECOY, "d".repeat(64)))
                .post("/tenders/" + OCID + "/opening/check").then().statusCode(200)
                .body(containsString("The signature is valid"),
                        containsString("This receipt is of a decoy envelope"),
                        not(containsString("This version of the bid is not on the record")));
    }

    @Test
    void beforeTheOpeningTheRecordPageSaysTheBidsAreSealed() {
        when(bidService.openingRecord(OCID)).thenThrow(new BidServiceException(new Problem("Not found", 404,
                "The bids of " + OCID + " have not been opened.", List.of())));

        given().get("/tenders/" + OCID + "/opening").then().statusCode(200)
                .body(containsString("The bids are sealed until the opening committee opens them."),
                        not(containsString("class=\"opened-bids\"")));
    }

    @Test
    void aReceiptIsCheckedBySignatureAndFoundOnTheRecord() {
        when(bidService.openingRecord(OCID)).thenReturn(record());
        ReceiptCheck receipt = new ReceiptCheck(OCID, BID, 2, List.of("lot-1"), "REPLACED",
                Instant.parse("2026-12-29T08:15:00.120Z"), SHA, "c2ln");
        when(bidService.verify(receipt)).thenReturn(new ReceiptVerification(true, "signed"));
        String pasted = """
                {"ocid": "%s", "bidId": "%s", "version": 2, "lotIds": ["lot-1"], "kind": "REPLACED",
                 "receivedAt": "2026-12-29T08:15:00.120Z", "envelopeSha256": "%s", "signature": "c2ln",
                 "signedText": "openprocure-receipt-v1"}""".formatted(OCID, BID, SHA);

        given().formParam("receipt", pasted).post("/tenders/" + OCID + "/opening/check").then().statusCode(200)
                .body(containsString("The signature is valid: this platform signed this receipt."),
                        containsString("This bid is on the record, with the same envelope hash"),
                        containsString("Bidder: Acme Roads Sp. z o.o."));

        ReceiptCheck older = new ReceiptCheck(OCID, BID, 1, List.of("lot-1"), "SUBMITTED",
                Instant.parse("2026-12-28T08:15:00Z"), "c".repeat(64), "c2ln");
        when(bidService.verify(older)).thenReturn(new ReceiptVerification(true, "signed"));
        given().formParam("receipt", """
                {"ocid": "%s", "bidId": "%s", "version": 1, "lotIds": ["lot-1"], "kind": "SUBMITTED",
                 "receivedAt": "2026-12-28T08:15:00Z", "envelopeSha256": "%s", "signature": "c2ln"}"""
                        .formatted(OCID, BID, "c".repeat(64)))
                .post("/tenders/" + OCID + "/opening/check").then().statusCode(200)
                .body(containsString("This version of the bid is not on the record"));
    }

    @Test
    void aForgedOrUnreadableReceiptIsSaidSo() {
        when(bidService.openingRecord(OCID)).thenReturn(record());
        when(bidService.verify(any())).thenReturn(new ReceiptVerification(false, "no match"));

        given().formParam("receipt", "{\"ocid\": \"" + OCID + "\", \"bidId\": \"" + BID + "\", \"version\": 2,"
                + " \"lotIds\": [\"lot-1\"], \"kind\": \"REPLACED\", \"receivedAt\": \"2026-12-29T08:15:00.120Z\","
                + " \"envelopeSha256\": \"" + SHA + "\", \"signature\": \"Zm9yZ2Vk\"}")
                .post("/tenders/" + OCID + "/opening/check").then().statusCode(200)
                .body(containsString("The signature does not match"), not(containsString("This bid is on the record")));
        given().formParam("receipt", "my receipt number is 42").post("/tenders/" + OCID + "/opening/check")
                .then().statusCode(400)
                .body(containsString("id=\"f-receipt-error\">This is not the text of a receipt"),
                        containsString("my receipt number is 42"));
        when(bidService.verify(any())).thenThrow(new BidServiceException(new Problem("Bad Request", 400,
                "version: must not be null", List.of(new Problem.FieldError("version", "must not be null")))));
        given().formParam("receipt", "{\"ocid\": \"" + OCID + "\"}").post("/tenders/" + OCID + "/opening/check")
                .then().statusCode(400).body(containsString("version: must not be null"));
    }

    @Test
    void theRecordSpeaksUkrainian() {
        when(bidService.openingRecord(OCID)).thenReturn(record());
        given().header("Accept-Language", "uk").get("/tenders/" + OCID + "/opening").then().statusCode(200)
                .body(containsString("Протокол розкриття"), containsString("Перевірте свою квитанцію"));
    }
}
