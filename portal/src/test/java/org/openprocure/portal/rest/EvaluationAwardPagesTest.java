package org.openprocure.portal.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.openprocure.portal.rest.TenderFixtures.OCID;
import static org.openprocure.portal.rest.TenderFixtures.SHA;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import jakarta.ws.rs.ProcessingException;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

import org.openprocure.portal.client.ContractServiceClient;
import org.openprocure.portal.client.BidServiceClient;
import org.openprocure.portal.client.BidServiceUserClient;
import org.openprocure.portal.client.EvaluationServiceClient;
import org.openprocure.portal.client.EvaluationServiceException;
import org.openprocure.portal.client.EvaluationServiceUserClient;
import org.openprocure.portal.client.OwnBids;
import org.openprocure.portal.client.Problem;
import org.openprocure.portal.client.PublicAwards;
import org.openprocure.portal.client.SubmissionWindow;
import org.openprocure.portal.client.TenderServiceClient;
import org.openprocure.portal.client.TextRequest;

/**
 * The tender page's evaluation parts: a bidder's "Result" (qualification with the reason, rank, the request to
 * justify a price with the form to answer, the award and the complaint form during the standstill) and the
 * public "Award" (supplier, value, standstill or confirmation, the evaluation report and award notice as PDFs
 * passed through the portal).
 */
@QuarkusTest
class EvaluationAwardPagesTest {

    private static final String PAGE = "/tenders/" + OCID;
    private static final String BID = "0b5e2c1a-4f3d-4e7a-9c2b-1d8e6f0a3b71";
    private static final byte[] PDF = "%PDF-1.7\n%award notice\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @InjectMock
    @RestClient
    TenderServiceClient tenderService;

    @InjectMock
    @RestClient
    BidServiceClient bidService;

    @InjectMock
    @RestClient
    BidServiceUserClient bids;

    @InjectMock
    @RestClient
    EvaluationServiceClient awards;

    @InjectMock
    @RestClient
    EvaluationServiceUserClient evaluations;

    /** The tender page asks contract-service for the OCDS record and the contracts; the bare mock gives neither. */
    @InjectMock
    @RestClient
    ContractServiceClient contractService;

    @BeforeAll
    static void formsInUtf8() {
        Utf8Forms.install();
    }

    @BeforeEach
    void tenderInEvaluation() {
        when(tenderService.notice(OCID)).thenReturn(TenderFixtures.tendering());
        when(tenderService.versions(OCID)).thenReturn(List.of());
        when(tenderService.comments(OCID)).thenReturn(List.of());
        when(tenderService.enquiries(OCID)).thenReturn(List.of());
        when(bidService.submissionWindow(OCID)).thenReturn(new SubmissionWindow(OCID,
                Instant.parse("2026-12-30T12:00:00Z"), Instant.parse("2026-12-30T12:30:00Z"),
                Instant.parse("2027-01-10T10:00:00Z"), false, 1, false, null));
        when(bids.ownBid(OCID)).thenReturn(new OwnBids(OCID,
                new OwnBids.CurrentBid(BID, 1, List.of("lot-1"), Instant.parse("2026-12-28T08:15:00Z"), SHA), List.of()));
        doThrow(notFound()).when(awards).awards(OCID);
        doThrow(notFound()).when(evaluations).myResult(OCID);
    }

    private static EvaluationServiceException notFound() {
        return new EvaluationServiceException(new Problem("Not Found", 404, "No evaluation for " + OCID + ".", List.of()));
    }

    @Test
    @TestSecurity(user = "supplier.acme", roles = "supplier")
    void aDisqualifiedBidderSeesWhyItsRankAndTheAwardWithTheComplaintForm() {
        doReturn(EvaluationFixtures.disqualifiedResult()).when(evaluations).myResult(OCID);

        given().get(PAGE).then().statusCode(200)
                .body(containsString("<section id=\"result\" class=\"result\" aria-labelledby=\"result-heading\">"),
                        containsString("<dd class=\"result-qualification\">Disqualified</dd>"),
                        containsString("<dd class=\"disqualification-reason\">The insurance certificate has expired.</dd>"),
                        containsString("<dd class=\"result-rank\">Not ranked (yet)</dd>"),
                        containsString("<dd class=\"award-supplier\">Borek Stavby s.r.o.</dd>"),
                        containsString("<dd class=\"award-value\">€58,200.00</dd>"),
                        containsString("<dd class=\"standstill-ends\"><time datetime=\"2027-01-18T09:00:00Z\">18 January 2027, 09:00 UTC</time>"),
                        containsString("<form id=\"complain-lot-1\" class=\"inline-form complaint-form\" method=\"post\" action=\"/tenders/"
                                + OCID + "/lots/lot-1/complaints\""),
                        containsString("<label for=\"complain-lot-1-text\">Your complaint</label>"),
                        containsString("<button type=\"submit\" id=\"complain-lot-1-submit\">File the complaint</button>"),
                        not(containsString("justify-form")));
    }

    @Test
    @TestSecurity(user = "supplier.acme", roles = "supplier")
    void aComplaintGoesToTheLotAndComesBackConfirmed() {
        doReturn(EvaluationFixtures.disqualifiedResult()).when(evaluations).myResult(OCID);

        given().redirects().follow(false).formParam("text", "Our certificate was renewed on 2 January; see the annex.")
                .post(PAGE + "/lots/lot-1/complaints")
                .then().statusCode(303).header("Location", endsWith(PAGE + "?sent=complaintFiled#result"));
        verify(evaluations).complain(OCID, "lot-1", new TextRequest("Our certificate was renewed on 2 January; see the annex."));

        given().get(PAGE + "?sent=complaintFiled").then().statusCode(200)
                .body(containsString("Your complaint has been filed: the standstill is suspended until it is decided."));
    }

    @Test
    @TestSecurity(user = "supplier.acme", roles = "supplier")
    void aComplaintRefusedByTheServiceShowsItsReasonAtTheFormAndKeepsTheText() {
        doReturn(EvaluationFixtures.disqualifiedResult()).when(evaluations).myResult(OCID);
        doThrow(new EvaluationServiceException(new Problem("Conflict", 409,
                "The standstill of lot lot-1 ended on 2027-01-18T09:00:00Z: no complaint is taken.", List.of())))
                .when(evaluations).complain(eq(OCID), eq("lot-1"), any());

        given().formParam("text", "Too late?").post(PAGE + "/lots/lot-1/complaints")
                .then().statusCode(409)
                .body(containsString("<p class=\"problem-detail\">The standstill of lot lot-1 ended on 2027-01-18T09:00:00Z: no complaint is taken.</p>"),
                        containsString(">Too late?</textarea>"));

        given().formParam("text", "  ").post(PAGE + "/lots/lot-1/complaints")
                .then().statusCode(400).body(containsString("id=\"complain-lot-1-text-error\">Write the text."));
    }

    @Test
    @TestSecurity(user = "supplier.acme", roles = "supplier")
    void aBidderAskedToJustifyItsPriceAnswersWithItsBid() {
        doReturn(EvaluationFixtures.askedToJustify()).when(evaluations).myResult(OCID);

        given().get(PAGE).then().statusCode(200)
                .body(containsString("<dd class=\"result-rank\">1 of 2</dd>"),
                        containsString("Your price was found abnormally low"),
                        containsString("<form id=\"justify-lot-1\" class=\"inline-form justify-form\" method=\"post\" action=\"/tenders/"
                                + OCID + "/lots/lot-1/justification\""),
                        containsString("<input type=\"hidden\" name=\"bidId\" value=\"" + BID + "\">"),
                        not(containsString("complaint-form")));

        given().redirects().follow(false).formParam("bidId", BID).formParam("text", "We own the asphalt plant next door.")
                .post(PAGE + "/lots/lot-1/justification")
                .then().statusCode(303).header("Location", endsWith("?sent=justificationSent#result"));
        verify(evaluations).justify(OCID, "lot-1", BID, new TextRequest("We own the asphalt plant next door."));
    }

    @Test
    @TestSecurity(user = "supplier.other", roles = "supplier")
    void aSupplierWithoutAnOpenedBidGetsNoResultPart() {
        given().get(PAGE).then().statusCode(200).body(not(containsString("id=\"result\"")));
    }

    @Test
    void anonymousVisitorsGetNoResultPartAndEvaluationServiceIsNotAskedForOne() {
        given().get(PAGE).then().statusCode(200).body(not(containsString("id=\"result\"")));
        verify(evaluations, never()).myResult(anyString());
    }

    @Test
    void thePublicSeesTheAwardWithSupplierValueAndThePdfs() {
        doReturn(EvaluationFixtures.confirmedAward()).when(awards).awards(OCID);

        given().get(PAGE).then().statusCode(200)
                .body(containsString("<section id=\"award\" class=\"award\" aria-labelledby=\"award-section-heading\">"),
                        containsString("<li class=\"lot award-lot\" id=\"award-lot-1\">"),
                        containsString("<dd class=\"award-supplier\">Borek Stavby s.r.o.</dd>"),
                        containsString("<dd class=\"award-value\">€58,200.00</dd>"),
                        containsString("<dd class=\"award-status\">Confirmed</dd>"),
                        containsString("<dd class=\"confirmed-at\"><time datetime=\"2027-01-19T09:00:00Z\">19 January 2027, 09:00 UTC</time>"),
                        containsString("<a class=\"award-report-link\" id=\"award-lot-1-report\" href=\"/tenders/" + OCID
                                + "/lots/lot-1/report.pdf\" type=\"application/pdf\">Evaluation report (PDF)</a>"),
                        containsString("<a class=\"award-notice-link\" id=\"award-lot-1-notice\" href=\"/tenders/" + OCID
                                + "/lots/lot-1/notice.pdf\" type=\"application/pdf\">Award notice (PDF)</a>"),
                        containsString("No bid met the requirements."),
                        not(containsString("id=\"award-lot-2-notice\"")));
    }

    @Test
    void thereIsNoAwardPartBeforeTheOpeningOrForATenderEvaluationServiceDoesNotKnow() {
        given().get(PAGE).then().statusCode(200).body(not(containsString("id=\"award\"")));

        doReturn(new PublicAwards(OCID, "Road resurfacing", "Northvale City Council",
                "awaiting_opening", List.of(new PublicAwards.PublicLot("lot-1", "Carriageway", "awaiting_opening", null,
                        null, null, null)))).when(awards).awards(OCID);
        given().get(PAGE).then().statusCode(200).body(not(containsString("id=\"award\"")));
    }

    @Test
    void anUnreachableEvaluationServiceIsSaidOnlyOnceTheTenderIsPastBidding() {
        doThrow(new ProcessingException("Connection refused")).when(awards).awards(OCID);
        given().get(PAGE).then().statusCode(200).body(not(containsString("id=\"award\"")));

        when(tenderService.notice(OCID)).thenReturn(TenderFixtures.inEvaluation());
        given().get(PAGE).then().statusCode(200)
                .body(containsString("The award cannot be shown right now."), containsString("Road resurfacing"));
    }

    @Test
    void theAwardNoticeAndTheEvaluationReportArePassedThroughAsPdf() {
        when(awards.noticePdf(OCID, "lot-1")).thenReturn(RestResponse.ResponseBuilder
                .ok((InputStream) new ByteArrayInputStream(PDF), "application/pdf").build());
        when(awards.reportPdf(OCID, "lot-1")).thenReturn(RestResponse.ResponseBuilder
                .ok((InputStream) new ByteArrayInputStream(PDF), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"evaluation-report-lot-1.pdf\"").build());

        byte[] notice = given().get(PAGE + "/lots/lot-1/notice.pdf").then().statusCode(200)
                .contentType(startsWith("application/pdf"))
                .header("Content-Disposition", "inline; filename=\"" + OCID + "-lot-1-award-notice.pdf\"")
                .extract().asByteArray();
        assertArrayEquals(PDF, notice);
        given().get(PAGE + "/lots/lot-1/report.pdf").then().statusCode(200)
                .contentType(startsWith("application/pdf"))
                .header("Content-Disposition", "inline; filename=\"evaluation-report-lot-1.pdf\"");
    }

    @Test
    void aNoticeNotYetIssuedIsNotFound() {
        when(awards.noticePdf(OCID, "lot-2")).thenThrow(new EvaluationServiceException(
                new Problem("Not Found", 404, "Lot lot-2 has no award notice.", List.of())));
        given().get(PAGE + "/lots/lot-2/notice.pdf").then().statusCode(404);
    }

    @Test
    void theAwardSpeaksUkrainian() {
        doReturn(EvaluationFixtures.confirmedAward()).when(awards).awards(OCID);
        given().header("Accept-Language", "uk").get(PAGE).then().statusCode(200)
                .body(containsString("Повідомлення про визначення переможця (PDF)"),
                        containsString("Звіт про оцінювання (PDF)"));
    }

    @Test
    @TestSecurity(user = "evaluator.dana", roles = "evaluator")
    void evaluatorsFindTheirEvaluationsInTheHeader() {
        given().get(PAGE).then().statusCode(200)
                .body(containsString("<a href=\"/evaluations\" id=\"nav-my-evaluations\">My evaluations</a>"));
    }

    @Test
    void visitorsHaveNoEvaluationsLink() {
        given().get(PAGE).then().statusCode(200).body(not(containsString("nav-my-evaluations")));
    }
}
