package org.openprocure.portal.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.openprocure.portal.rest.TenderFixtures.OCID;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.io.InputStream;
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
import org.openprocure.portal.client.EvaluationServiceUserClient;
import org.openprocure.portal.client.EvaluationServiceClient;
import org.openprocure.portal.client.CommentAuthor;
import org.openprocure.portal.client.CommentRequest;
import org.openprocure.portal.client.CommentTarget;
import org.openprocure.portal.client.EnquiryRequest;
import org.openprocure.portal.client.EnquiryTarget;
import org.openprocure.portal.client.Problem;
import org.openprocure.portal.client.TenderServiceClient;
import org.openprocure.portal.client.TenderServiceException;
import org.openprocure.portal.client.TenderServiceUserClient;

@QuarkusTest
class TenderPageResourceTest {

    @InjectMock
    @RestClient
    TenderServiceClient tenderService;

    @InjectMock
    @RestClient
    TenderServiceUserClient asUser;

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
    void publishedTender() {
        when(tenderService.notice(OCID)).thenReturn(TenderFixtures.tendering());
        when(tenderService.versions(OCID)).thenReturn(TenderFixtures.versions());
        when(tenderService.version(OCID, 0)).thenReturn(TenderFixtures.version(0));
        when(tenderService.version(OCID, 1)).thenReturn(TenderFixtures.version(1));
        when(tenderService.comments(OCID)).thenReturn(TenderFixtures.comments());
        when(tenderService.enquiries(OCID)).thenReturn(TenderFixtures.enquiries());
    }

    private static Problem problem(int status, String detail, Problem.FieldError... errors) {
        return new Problem("Refused", status, detail, List.of(errors));
    }

    @Test
    void showsEverySectionOfAPublishedTender() {
        given().when().get("/tenders/" + OCID)
                .then()
                .statusCode(200)
                .body(containsString("<h1 id=\"tender-title\">Road resurfacing — Zieliński Street</h1>"),
                        containsString("Open for bids"),
                        containsString("Northvale City Council"),
                        containsString("<code>" + OCID + "</code>"),
                        containsString("€125,000.00"),
                        containsString("Milling and resurfacing of 1.2 km of carriageway."),
                        // schedule, in UTC
                        containsString("<time datetime=\"2026-12-20T12:00:00Z\">20 December 2026, 12:00 UTC</time>"),
                        containsString("<time datetime=\"2026-12-30T12:00:00Z\">30 December 2026, 12:00 UTC</time>"),
                        containsString("<time datetime=\"2026-12-30T12:30:00Z\">30 December 2026, 12:30 UTC</time>"),
                        containsString("7 December 2026, 12:00 UTC"),
                        containsString("90 days"),
                        // lots with items and CPV codes with their labels
                        containsString("Carriageway"),
                        containsString("Pavements of Łódź Street"),
                        containsString("Asphalt surfacing"),
                        containsString("8,400 m2"),
                        containsString("1.5 km"),
                        containsString("<code>45233252-0</code> Surfacing work for roads"),
                        containsString("<code>45233161-5</code> Footpath construction work"),
                        // award criteria
                        containsString("Best price–quality ratio (weighted criteria)"),
                        containsString("Price <span class=\"criterion-type\">(price)</span>"),
                        containsString("weight 60%"),
                        containsString("Technical approach"),
                        containsString("weight 40%"),
                        containsString("2 of its 3 members"),
                        containsString("Bruno Díaz"),
                        // documents, served through the portal
                        containsString("href=\"/tenders/" + OCID + "/notice.pdf\""),
                        containsString("href=\"/tenders/" + OCID + "/consultation-report.pdf\""),
                        containsString("href=\"/tenders/" + OCID + "/documents/doc-1\""),
                        containsString("Bill of quantities"),
                        containsString("47.1 kB"),
                        containsString(TenderFixtures.SHA),
                        // version history with changes
                        containsString("Version 0: Consulted draft"),
                        containsString("Version 1: Contract notice"),
                        containsString("Publication after the consultation"),
                        containsString("<code>enquiryDeadline</code>: <del>2026-12-18T12:00:00Z</del> → "
                                + "<ins>2026-12-20T12:00:00Z</ins>"),
                        // consultation comments with answers
                        containsString("Please keep one lane open during school hours."),
                        containsString("Chloé Martin, Cyclists of Northvale"),
                        containsString("About: Schedule"),
                        containsString("Partially accepted"),
                        containsString("One lane stays open from 07:30 to 09:00."),
                        // questions and answers
                        containsString("Is the 8,400 m2 measured before or after milling?"),
                        containsString("After milling."),
                        containsString("May a joint venture bid?"),
                        containsString("Not answered yet."),
                        containsString("Bidder A"),
                        not(containsString("action=\"/tenders/" + OCID + "/comments\"")));
    }

    @Test
    void aHiddenCommentShowsWhyItIsHiddenButNotItsText() {
        given().when().get("/tenders/" + OCID)
                .then()
                .statusCode(200)
                .body(containsString("This comment has been hidden by the buyer."),
                        containsString("<span class=\"hidden-reason\">"
                                + "Personal insults against a named officer.</span>"),
                        containsString("Not accepted"),
                        containsString("About: Pavements of Łódź Street"),
                        containsString("Anonymous"));
    }

    @Test
    void aCancelledTenderSaysWhy() {
        when(tenderService.notice(OCID)).thenReturn(TenderFixtures.cancelled());

        given().when().get("/tenders/" + OCID)
                .then()
                .statusCode(200)
                .body(containsString("This tender has been cancelled."),
                        containsString("The budget was withdrawn by the council."),
                        not(containsString("question-form")));
    }

    @Test
    void aTenderAddressTheServiceRefusesIsARefusalPageWithItsReasonNotABadGateway() {
        when(tenderService.notice("ocds-op7x2k-T-2026-\u0000"))
                .thenThrow(new TenderServiceException(problem(400, "ocid: must not contain control characters"
                        + " (found U+0000)")));

        given().urlEncodingEnabled(false).when().get("/tenders/ocds-op7x2k-T-2026-%00")
                .then()
                .statusCode(400)
                .contentType(startsWith("text/html"))
                .body(containsString("<h1>This request was refused</h1>"),
                        containsString("ocid: must not contain control characters (found U+0000)"),
                        not(containsString("Exception")));
    }

    @Test
    void anUnknownTenderIsNotFound() {
        when(tenderService.notice("ocds-op7x2k-T-2026-999999"))
                .thenThrow(new TenderServiceException(problem(404, "No such tender")));

        given().when().get("/tenders/ocds-op7x2k-T-2026-999999")
                .then()
                .statusCode(404)
                .body(containsString("<h1>Page not found</h1>"));
    }

    @Test
    void thePageStillShowsWhenCommentsCannotBeFetched() {
        when(tenderService.comments(OCID)).thenThrow(new ProcessingException("Connection refused"));

        given().when().get("/tenders/" + OCID)
                .then()
                .statusCode(200)
                .body(containsString("This part is temporarily unavailable."),
                        containsString("After milling."),
                        not(containsString("Connection refused")));
    }

    @Test
    void duringTheConsultationAnyoneGetsTheCommentForm() {
        when(tenderService.notice(OCID)).thenReturn(TenderFixtures.inConsultation());

        given().when().get("/tenders/" + OCID)
                .then()
                .statusCode(200)
                .body(containsString("Public consultation"),
                        containsString("<form class=\"comment-form\" method=\"post\" action=\"/tenders/" + OCID
                                + "/comments\""),
                        containsString("<option value=\"tender\" selected>The whole draft</option>"),
                        containsString("<option value=\"section:schedule\">Schedule</option>"),
                        containsString("<option value=\"lot:lot-2\">Pavements of Łódź Street</option>"),
                        containsString("Leave both empty to comment anonymously."),
                        not(containsString("notice.pdf")));
    }

    @Test
    void anAnonymousCommentIsSentWithoutAnAuthorAndConfirmed() {
        when(tenderService.notice(OCID)).thenReturn(TenderFixtures.inConsultation());

        given().redirects().follow(false)
                .formParam("text", "  The schedule clashes with the school run.  ")
                .formParam("target", "section:schedule")
                .formParam("name", "")
                .formParam("organisation", " ")
                .when().post("/tenders/" + OCID + "/comments")
                .then()
                .statusCode(303)
                .header("Location", endsWith("/tenders/" + OCID + "?sent=comment#comments"));

        verify(tenderService).comment(OCID, new CommentRequest("The schedule clashes with the school run.",
                new CommentTarget("section", "schedule", null), null));

        given().queryParam("sent", "comment")
                .when().get("/tenders/" + OCID)
                .then()
                .statusCode(200)
                .body(containsString("Thank you. Your comment has been received"));
    }

    @Test
    void aSignedCommentCarriesItsAuthorAndLot() {
        when(tenderService.notice(OCID)).thenReturn(TenderFixtures.inConsultation());

        given().redirects().follow(false)
                .formParam("text", "Lot 2 should include kerbs.")
                .formParam("target", "lot:lot-2")
                .formParam("name", "Eun-ji Park")
                .formParam("organisation", "Zieliński i Synowie")
                .when().post("/tenders/" + OCID + "/comments")
                .then()
                .statusCode(303);

        verify(tenderService).comment(OCID, new CommentRequest("Lot 2 should include kerbs.",
                new CommentTarget("lot", null, "lot-2"), new CommentAuthor("Eun-ji Park", "Zieliński i Synowie")));
    }

    @Test
    void anEmptyCommentIsNotSentAndTheFormSaysWhy() {
        when(tenderService.notice(OCID)).thenReturn(TenderFixtures.inConsultation());

        given().formParam("text", " ")
                .formParam("target", "tender")
                .formParam("name", "Chloé")
                .when().post("/tenders/" + OCID + "/comments")
                .then()
                .statusCode(400)
                .body(containsString("Write your comment."),
                        containsString("value=\"Chloé\""));

        verify(tenderService, never()).comment(anyString(), any());
    }

    @Test
    void aCommentTheServiceRefusesIsShownAgainWithTheReason() {
        when(tenderService.notice(OCID)).thenReturn(TenderFixtures.inConsultation());
        CommentRequest late = new CommentRequest("Too late?", new CommentTarget("tender", null, null), null);
        doThrow(new TenderServiceException(problem(409, "The consultation ended at 12:00 UTC.")))
                .when(tenderService).comment(OCID, late);

        given().formParam("text", "Too late?")
                .formParam("target", "tender")
                .when().post("/tenders/" + OCID + "/comments")
                .then()
                .statusCode(409)
                .body(containsString("The consultation ended at 12:00 UTC."),
                        containsString(">Too late?</textarea>"),
                        not(containsString("Exception")));
    }

    @Test
    void visitorsAreInvitedToLogInToAskQuestions() {
        given().when().get("/tenders/" + OCID)
                .then()
                .statusCode(200)
                .body(containsString("<a href=\"/login\">Log in as a supplier to ask a question</a>"),
                        not(containsString("question-form")));
    }

    @Test
    @TestSecurity(user = "supplier.eunji", roles = "supplier")
    void suppliersGetTheQuestionFormWhileEnquiriesAreOpen() {
        given().when().get("/tenders/" + OCID)
                .then()
                .statusCode(200)
                .body(containsString("<form class=\"question-form\" method=\"post\" action=\"/tenders/" + OCID
                                + "/enquiries\""),
                        containsString("<option value=\"item:lot-1:item-1\">"
                                + "Carriageway — Asphalt surfacing</option>"));
    }

    @Test
    @TestSecurity(user = "supplier.eunji", roles = "supplier")
    void aSuppliersQuestionGoesWithTheirTokenAndIsConfirmed() {
        given().redirects().follow(false)
                .formParam("question", "Which asphalt grade is required?")
                .formParam("target", "item:lot-1:item-1")
                .when().post("/tenders/" + OCID + "/enquiries")
                .then()
                .statusCode(303)
                .header("Location", endsWith("/tenders/" + OCID + "?sent=question#enquiries"));

        verify(asUser).ask(OCID, new EnquiryRequest("Which asphalt grade is required?",
                new EnquiryTarget("item", "lot-1", "item-1")));
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    void onlySuppliersMayAsk() {
        given().formParam("question", "Can I ask?")
                .formParam("target", "tender")
                .when().post("/tenders/" + OCID + "/enquiries")
                .then()
                .statusCode(403);

        verify(asUser, never()).ask(anyString(), any());
    }

    @Test
    void documentsAreStreamedThroughThePortalWithTheirDigest() {
        byte[] pdf = "%PDF-1.7 bill of quantities".getBytes(StandardCharsets.US_ASCII);
        when(tenderService.document(OCID, "doc-1")).thenReturn(RestResponse.ResponseBuilder
                .ok((InputStream) new ByteArrayInputStream(pdf), "application/pdf")
                .header("Digest", "sha-256=n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg=")
                .header("Content-Disposition", "attachment; filename=\"boq.pdf\"")
                .build());

        byte[] served = given().when().get("/tenders/" + OCID + "/documents/doc-1")
                .then()
                .statusCode(200)
                .contentType(startsWith("application/pdf"))
                .header("Digest", equalTo("sha-256=n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg="))
                .header("Content-Disposition", equalTo("attachment; filename=\"boq.pdf\""))
                .extract().asByteArray();

        assertArrayEquals(pdf, served);
    }

    @Test
    void theNoticePdfIsServedInline() {
        byte[] pdf = "%PDF-1.7 notice".getBytes(StandardCharsets.US_ASCII);
        when(tenderService.noticePdf(OCID)).thenReturn(RestResponse.ResponseBuilder
                .ok((InputStream) new ByteArrayInputStream(pdf), "application/pdf").build());

        given().when().get("/tenders/" + OCID + "/notice.pdf")
                .then()
                .statusCode(200)
                .contentType(startsWith("application/pdf"))
                .header("Content-Disposition", equalTo("inline; filename=\"" + OCID + "-notice.pdf\""));
    }

    @Test
    void theTenderPageSpeaksUkrainian() {
        given().header("Accept-Language", "uk")
                .when().get("/tenders/" + OCID)
                .then()
                .statusCode(200)
                .body(containsString("Приймання пропозицій"),
                        containsString("Запитання та відповіді"),
                        containsString("Історія версій"),
                        containsString("Враховано частково"),
                        containsString("20 грудня 2026, 12:00 UTC"));
    }
}
