package org.openprocure.portal.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.openprocure.portal.rest.TenderFixtures.ID;
import static org.openprocure.portal.rest.TenderFixtures.OCID;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.openprocure.portal.client.EvaluationServiceUserClient;
import org.openprocure.portal.client.BidServiceUserClient;
import org.openprocure.portal.client.KeyHolder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.specification.RequestSpecification;

import org.openprocure.portal.client.AmendmentRequest;
import org.openprocure.portal.client.Comment;
import org.openprocure.portal.client.CommentAnswerRequest;
import org.openprocure.portal.client.CommentTarget;
import org.openprocure.portal.client.CommitteeMember;
import org.openprocure.portal.client.ConsultationRequest;
import org.openprocure.portal.client.Criterion;
import org.openprocure.portal.client.EnquiryAnswerRequest;
import org.openprocure.portal.client.NoticePage;
import org.openprocure.portal.client.OpeningCommittee;
import org.openprocure.portal.client.Problem;
import org.openprocure.portal.client.ReasonRequest;
import org.openprocure.portal.client.TenderServiceClient;
import org.openprocure.portal.client.TenderServiceException;
import org.openprocure.portal.client.TenderServiceUserClient;
import org.openprocure.portal.client.TenderTerms;
import org.openprocure.portal.client.TenderTerms.ItemTerms;
import org.openprocure.portal.client.TenderTerms.LotTerms;

@QuarkusTest
class OfficerTenderResourceTest {

    private static final String MANAGE = "/officer/tenders/" + ID;

    @InjectMock
    @RestClient
    TenderServiceUserClient tenderService;

    @InjectMock
    @RestClient
    TenderServiceClient publicTenderService;

    @InjectMock
    @RestClient
    BidServiceUserClient bids;

    /** evaluation-service is never reached for real: the committee part says it is unavailable. */
    @InjectMock
    @RestClient
    EvaluationServiceUserClient evaluations;

    @Inject
    ObjectMapper json;

    @BeforeAll
    static void formsInUtf8() {
        Utf8Forms.install();
    }

    @BeforeEach
    void ownTenders() {
        when(tenderService.tender(ID)).thenReturn(TenderFixtures.tendering());
        when(tenderService.comments(OCID)).thenReturn(TenderFixtures.comments());
        when(tenderService.enquiries(OCID)).thenReturn(TenderFixtures.enquiries());
        when(bids.keyHolders(OCID)).thenReturn(List.of(
                new KeyHolder(1, "officer.anna", "Anna Kowalczyk", null),
                new KeyHolder(2, "officer.bruno", "Bruno Díaz", Instant.parse("2026-11-30T10:15:00.250Z")),
                new KeyHolder(3, "officer.chloe", "Chloé Martin", null)));
    }

    private static Problem problem(int status, String detail, Problem.FieldError... errors) {
        return new Problem("Refused", status, detail, List.of(errors));
    }

    private static RequestSpecification post() {
        return given().redirects().follow(false);
    }

    /** A draft as an officer fills it in: the second criterion row, the second lot and spare item rows left empty. */
    private static RequestSpecification draftForm(RequestSpecification request) {
        return request
                .formParam("title", "Road resurfacing — Zieliński Street")
                .formParam("description", "Milling and resurfacing of 1.2 km of carriageway.")
                .formParam("procurementMethod", "open")
                .formParam("procurementMethodRationale", "")
                .formParam("mainProcurementCategory", "works")
                .formParam("currency", "eur")
                .formParam("awardCriteria", "ratedCriteria")
                .formParam("criteria[0].name", "Price")
                .formParam("criteria[0].type", "price")
                .formParam("criteria[0].weight", "60")
                .formParam("criteria[1].name", "")
                .formParam("criteria[1].type", "price")
                .formParam("criteria[1].weight", "")
                .formParam("criteria[2].name", "Technical approach")
                .formParam("criteria[2].type", "quality")
                .formParam("criteria[2].weight", "40")
                .formParam("lots[0].title", "Carriageway")
                .formParam("lots[0].description", "")
                .formParam("lots[0].estimatedValue", "100000.00")
                .formParam("lots[0].items[0].description", "Asphalt surfacing")
                .formParam("lots[0].items[0].quantity", "8400")
                .formParam("lots[0].items[0].unit", "m2")
                .formParam("lots[0].items[0].classification", "45233252-0")
                .formParam("lots[0].items[1].description", "")
                .formParam("lots[0].items[1].quantity", "")
                .formParam("lots[0].items[1].unit", "")
                .formParam("lots[0].items[1].classification", "")
                .formParam("lots[1].title", "")
                .formParam("lots[1].description", "")
                .formParam("lots[1].estimatedValue", "")
                .formParam("lots[1].items[0].description", "")
                .formParam("lots[1].items[0].quantity", "")
                .formParam("lots[1].items[0].unit", "")
                .formParam("lots[1].items[0].classification", "")
                .formParam("lots[2].title", "Pavements of Łódź Street")
                .formParam("lots[2].description", "Footways on both sides.")
                .formParam("lots[2].estimatedValue", "25000")
                .formParam("lots[2].items[0].description", "")
                .formParam("lots[2].items[0].quantity", "")
                .formParam("lots[2].items[0].unit", "")
                .formParam("lots[2].items[0].classification", "")
                .formParam("lots[2].items[1].description", "Paving slabs")
                .formParam("lots[2].items[1].quantity", "1200,5")
                .formParam("lots[2].items[1].unit", "m2")
                .formParam("lots[2].items[1].classification", "4523316")
                .formParam("consultationEnd", "2026-12-07T12:00")
                .formParam("enquiryDeadline", "2026-12-20T12:00")
                .formParam("submissionDeadline", "2026-12-30T12:00")
                .formParam("openingDate", "2026-12-30T12:30")
                .formParam("bidValidityDays", "90")
                .formParam("openingCommittee.threshold", "2")
                .formParam("openingCommittee.members[0].username", "officer.anna")
                .formParam("openingCommittee.members[0].name", "Anna Kowalczyk")
                .formParam("openingCommittee.members[1].username", "")
                .formParam("openingCommittee.members[1].name", "")
                .formParam("openingCommittee.members[2].username", "officer.bruno")
                .formParam("openingCommittee.members[2].name", "Bruno Díaz");
    }

    private static TenderTerms draftTerms() {
        return new TenderTerms("Road resurfacing — Zieliński Street",
                "Milling and resurfacing of 1.2 km of carriageway.",
                "open", null, "works", "EUR", "ratedCriteria",
                List.of(new Criterion("Price", "price", new BigDecimal("60")),
                        new Criterion("Technical approach", "quality", new BigDecimal("40"))),
                List.of(new LotTerms("Carriageway", null, new BigDecimal("100000.00"),
                                List.of(new ItemTerms("Asphalt surfacing", new BigDecimal("8400"), "m2",
                                        "45233252-0"))),
                        new LotTerms("Pavements of Łódź Street", "Footways on both sides.", new BigDecimal("25000"),
                                List.of(new ItemTerms("Paving slabs", new BigDecimal("1200.5"), "m2", "4523316")))),
                Instant.parse("2026-12-07T12:00:00Z"), Instant.parse("2026-12-20T12:00:00Z"),
                Instant.parse("2026-12-30T12:00:00Z"), Instant.parse("2026-12-30T12:30:00Z"), 90,
                new OpeningCommittee(2, List.of(new CommitteeMember("officer.anna", "Anna Kowalczyk"),
                        new CommitteeMember("officer.bruno", "Bruno Díaz"))));
    }

    // Who may see the officer pages

    @Test
    @TestSecurity(user = "supplier.eunji", roles = "supplier")
    void suppliersAreForbidden() {
        given().when().get("/officer/tenders")
                .then()
                .statusCode(403)
                .body(containsString("<h1>Not allowed</h1>"));
        post().when().post(MANAGE + "/publish")
                .then()
                .statusCode(403);

        verifyNoInteractions(tenderService);
    }

    @Test
    void visitorsAreSentToLogIn() {
        given().redirects().follow(false)
                .when().get("/officer/tenders")
                .then()
                .statusCode(302)
                .header("Location",
                        startsWith("http://localhost:8180/realms/procurement/protocol/openid-connect/auth?"));
        post().formParam("reason", "Budget withdrawn")
                .when().post(MANAGE + "/cancel")
                .then()
                .statusCode(302);

        verifyNoInteractions(tenderService);
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = { @Claim(key = "org", value = "buyer-northvale"), @Claim(key = "name", value = "Anna Kowalczyk") })
    void officersSeeTheirOrganisationsTenders() {
        when(tenderService.tenders()).thenReturn(List.of(TenderFixtures.tendering(), TenderFixtures.draft()));

        given().when().get("/officer/tenders")
                .then()
                .statusCode(200)
                .body(containsString("<li><a href=\"/officer/tenders\">Your tenders</a></li>"),
                        containsString("<a href=\"/officer/tenders/" + ID + "\">"
                                + "Road resurfacing — Zieliński Street</a>"),
                        containsString("Open for bids"),
                        containsString("Draft"),
                        containsString("Assigned when the consultation opens or the tender is published"),
                        containsString("2 (1 unanswered)"),
                        containsString("href=\"/officer/tenders/new\""));
    }

    @Test
    @TestSecurity(user = "supplier.eunji", roles = "supplier")
    void onlyOfficersGetTheLinkInTheHeader() {
        when(publicTenderService.notices(any(), any(), any(), any(), any(), any(), any(), any(), anyInt(), anyInt()))
                .thenReturn(new NoticePage(List.of(), 0, 20, 0));

        given().when().get("/")
                .then()
                .statusCode(200)
                .body(not(containsString("href=\"/officer/tenders\"")));
    }

    // Drafting

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = "buyer-northvale"))
    void theDraftFormOffersFiveRowsOfEverything() {
        given().when().get("/officer/tenders/new")
                .then()
                .statusCode(200)
                .body(containsString("<form class=\"tender-form\" method=\"post\" action=\"/officer/tenders/new\""),
                        containsString("name=\"criteria[4].weight\""),
                        containsString("name=\"lots[4].items[4].classification\""),
                        not(containsString("name=\"lots[5].title\"")),
                        containsString("name=\"openingCommittee.members[4].username\""),
                        containsString("<label for=\"f-submissionDeadline\">Submission deadline (UTC)</label>"),
                        containsString("type=\"datetime-local\""),
                        containsString("<option value=\"open\" selected>Open</option>"),
                        containsString("value=\"EUR\""));
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = "buyer-northvale"))
    void aDraftIsSentAsTenderServicesJsonWithoutTheEmptyRows() throws Exception {
        UUID created = UUID.fromString("7b1e4d20-1111-4a2b-9c3d-4e5f60718293");
        when(tenderService.createTender(any()))
                .thenReturn(Response.created(URI.create("/api/tenders/" + created)).build());

        draftForm(post())
                .when().post("/officer/tenders/new")
                .then()
                .statusCode(303)
                .header("Location", endsWith("/officer/tenders/" + created + "?done=created"));

        ArgumentCaptor<TenderTerms> sent = ArgumentCaptor.forClass(TenderTerms.class);
        verify(tenderService).createTender(sent.capture());
        assertEquals(draftTerms(), sent.getValue());

        JsonNode body = json.valueToTree(sent.getValue());
        assertEquals("2026-12-20T12:00:00Z", body.get("enquiryDeadline").asText());
        assertEquals("45233252-0", body.at("/lots/0/items/0/classification").asText());
        assertEquals("Technical approach", body.at("/criteria/1/name").asText());
        assertEquals(40, body.at("/criteria/1/weight").asInt());
        assertEquals("officer.bruno", body.at("/openingCommittee/members/1/username").asText());
        assertEquals(false, body.has("procurementMethodRationale"));
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = "buyer-northvale"))
    void aRefusedDraftIsShownAgainWithTheServicesReasonsNextToTheFields() {
        when(tenderService.createTender(draftTerms())).thenThrow(new TenderServiceException(problem(400,
                "The draft has 2 errors.",
                new Problem.FieldError("lots[1].items[0].classification", "4523316 is not a CPV code."),
                new Problem.FieldError("criteria", "Weights must add up to 100."))));

        draftForm(given())
                .when().post("/officer/tenders/new")
                .then()
                .statusCode(400)
                .body(containsString("The draft has 2 errors."),
                        // the second filled lot moved up to row 2, so the service's index names its field
                        containsString("<p class=\"error-message\" id=\"f-lots-1-items-0-classification-error\">"
                                + "4523316 is not a CPV code.</p>"),
                        containsString("name=\"lots[1].items[0].classification\" type=\"text\" value=\"4523316\""),
                        containsString("name=\"lots[1].title\" type=\"text\" value=\"Pavements of Łódź Street\""),
                        containsString("Weights must add up to 100."),
                        containsString("value=\"Road resurfacing — Zieliński Street\""),
                        containsString("value=\"2026-12-30T12:30\""),
                        containsString("value=\"Bruno Díaz\""),
                        not(containsString("Exception")));
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = "buyer-northvale"))
    void numbersAndDatesThePortalCannotReadAreNotSent() {
        given().formParam("title", "Road works")
                .formParam("lots[0].title", "Carriageway")
                .formParam("lots[0].items[0].description", "Asphalt")
                .formParam("lots[0].items[0].quantity", "a lot")
                .formParam("submissionDeadline", "30.12.2026 12:00")
                .when().post("/officer/tenders/new")
                .then()
                .statusCode(400)
                .body(containsString("Enter a number, e.g. 1250.50."),
                        containsString("Enter a date and time as YYYY-MM-DDTHH:MM (UTC)."),
                        containsString("value=\"a lot\""));

        verify(tenderService, never()).createTender(any());
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = "buyer-northvale"))
    void editingADraftReplacesItsTerms() {
        when(tenderService.tender(ID)).thenReturn(TenderFixtures.draft());

        given().when().get(MANAGE + "/edit")
                .then()
                .statusCode(200)
                .body(containsString("action=\"" + MANAGE + "/edit\""),
                        containsString("name=\"lots[1].items[0].classification\" type=\"text\" value=\"45233161-5\""),
                        containsString("name=\"criteria[1].weight\" type=\"text\" value=\"40\" inputmode=\"decimal\""),
                        containsString("name=\"submissionDeadline\" type=\"datetime-local\" "
                                + "value=\"2026-12-30T12:00\""));

        draftForm(post())
                .when().post(MANAGE + "/edit")
                .then()
                .statusCode(303)
                .header("Location", endsWith(MANAGE + "?done=saved"));

        verify(tenderService).replaceTerms(ID, draftTerms());
    }

    // Managing a tender

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = "buyer-northvale"))
    void theManagePageShowsWhichKeyHoldersCollectedTheirCards() {
        given().when().get(MANAGE)
                .then()
                .statusCode(200)
                .body(containsString("<h2 id=\"key-holders-heading\">Key cards</h2>"),
                        containsString("2 of the 3 key holders must hand in their cards"),
                        containsString("Anna Kowalczyk <span class=\"document-meta\">officer.anna</span>: Not collected yet"),
                        containsString("Bruno Díaz <span class=\"document-meta\">officer.bruno</span>: Collected"
                                + " <time datetime=\"2026-11-30T10:15:00.250Z\">"));

        when(bids.keyHolders(OCID)).thenThrow(new jakarta.ws.rs.ProcessingException("bid-service is down"));
        given().when().get(MANAGE).then().statusCode(200)
                .body(containsString("<h2 id=\"key-holders-heading\">Key cards</h2>"),
                        containsString("This part is temporarily unavailable."));
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = "buyer-northvale"))
    void theManagePageOffersTheStepsOfTheStage() {
        given().when().get(MANAGE)
                .then()
                .statusCode(200)
                .body(containsString("<a href=\"/tenders/" + OCID + "\">Public page</a>"),
                        containsString("href=\"" + MANAGE + "/amend\""),
                        containsString("action=\"" + MANAGE + "/enquiries/e-2/answer\""),
                        not(containsString("action=\"" + MANAGE + "/enquiries/e-1/answer\"")),
                        containsString("action=\"" + MANAGE + "/lots/lot-2/cancel\""),
                        containsString("action=\"" + MANAGE + "/cancel\""),
                        not(containsString("action=\"" + MANAGE + "/publish\"")),
                        not(containsString("href=\"" + MANAGE + "/edit\"")),
                        containsString("Personal insults against a named officer."));
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = "buyer-northvale"))
    void inTheConsultationTheBuyerSeesHiddenTextAndAnswersComments() {
        when(tenderService.tender(ID)).thenReturn(TenderFixtures.inConsultation());
        when(tenderService.comments(OCID)).thenReturn(List.of(new Comment("c-3", 3,
                new CommentTarget("tender", null, null), null,
                "You are all idiots.", Instant.parse("2026-11-29T10:00:00Z"), true, "Abusive", null)));

        given().when().get(MANAGE)
                .then()
                .statusCode(200)
                .body(containsString("You are all idiots."),
                        containsString("Hidden from the public."),
                        containsString("action=\"" + MANAGE + "/comments/c-3/answer\""),
                        containsString("action=\"" + MANAGE + "/publish\""),
                        containsString("href=\"" + MANAGE + "/edit\""),
                        containsString("action=\"" + MANAGE + "/documents\" enctype=\"multipart/form-data\""));
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = "buyer-northvale"))
    void answeringACommentSendsTheResolutionAndTheAnswer() {
        post().formParam("resolution", "partiallyAccepted")
                .formParam("answer", " One lane stays open from 07:30 to 09:00. ")
                .when().post(MANAGE + "/comments/c-1/answer")
                .then()
                .statusCode(303)
                .header("Location", endsWith(MANAGE + "?done=commentAnswered"));

        verify(tenderService).answerComment(ID, "c-1",
                new CommentAnswerRequest("partiallyAccepted", "One lane stays open from 07:30 to 09:00."));

        given().queryParam("done", "commentAnswered")
                .when().get(MANAGE)
                .then()
                .body(containsString("The answer has been published."));
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = "buyer-northvale"))
    void aRefusedAnswerKeepsWhatWasTypedAtItsForm() {
        when(tenderService.tender(ID)).thenReturn(TenderFixtures.inConsultation());
        when(tenderService.comments(OCID)).thenReturn(List.of(new Comment("c-3", 3,
                new CommentTarget("tender", null, null), null, "Why lot 2?",
                Instant.parse("2026-11-29T10:00:00Z"), false, null, null)));
        doThrow(new TenderServiceException(problem(409, "This comment has already been answered.")))
                .when(tenderService).answerComment(ID, "c-3", new CommentAnswerRequest("rejected", "No."));

        given().formParam("resolution", "rejected")
                .formParam("answer", "No.")
                .when().post(MANAGE + "/comments/c-3/answer")
                .then()
                .statusCode(409)
                .body(containsString("This comment has already been answered."),
                        containsString(">No.</textarea>"),
                        containsString("value=\"rejected\" checked"));
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = "buyer-northvale"))
    void anAnswerWithoutAResolutionIsNotSent() {
        when(tenderService.tender(ID)).thenReturn(TenderFixtures.inConsultation());
        when(tenderService.comments(OCID)).thenReturn(List.of(new Comment("c-3", 3,
                new CommentTarget("tender", null, null), null, "Why lot 2?",
                Instant.parse("2026-11-29T10:00:00Z"), false, null, null)));

        given().formParam("answer", "Because.")
                .when().post(MANAGE + "/comments/c-3/answer")
                .then()
                .statusCode(400)
                .body(containsString("Choose whether the comment was accepted."),
                        containsString(">Because.</textarea>"));

        verify(tenderService, never()).answerComment(any(), anyString(), any());
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = "buyer-northvale"))
    void hidingACommentSendsTheReason() {
        post().formParam("reason", "Personal insults against a named officer.")
                .when().post(MANAGE + "/comments/c-2/hide")
                .then()
                .statusCode(303)
                .header("Location", endsWith(MANAGE + "?done=commentHidden"));

        verify(tenderService).hideComment(ID, "c-2", new ReasonRequest("Personal insults against a named officer."));
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = "buyer-northvale"))
    void openingTheConsultationSendsItsEndInUtc() {
        post().formParam("end", "2026-12-07T12:00")
                .when().post(MANAGE + "/consultation")
                .then()
                .statusCode(303)
                .header("Location", endsWith(MANAGE + "?done=consultationOpened"));

        verify(tenderService).openConsultation(ID, new ConsultationRequest(Instant.parse("2026-12-07T12:00:00Z")));
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = "buyer-northvale"))
    void publishing() {
        post().when().post(MANAGE + "/publish")
                .then()
                .statusCode(303)
                .header("Location", endsWith(MANAGE + "?done=published"));

        verify(tenderService).publish(ID);
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = "buyer-northvale"))
    void aRefusedPublicationSaysWhyAtThePublishButton() {
        when(tenderService.tender(ID)).thenReturn(TenderFixtures.inConsultation());
        doThrow(new TenderServiceException(problem(409, "2 comments are not answered yet.")))
                .when(tenderService).publish(ID);

        given().when().post(MANAGE + "/publish")
                .then()
                .statusCode(409)
                .body(containsString("2 comments are not answered yet."),
                        containsString("<a href=\"#form-publish\">This step could not be done"),
                        containsString("<form id=\"form-publish\" method=\"post\" action=\"" + MANAGE + "/publish\""));
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = "buyer-northvale"))
    void answeringAnEnquiry() {
        post().formParam("answer", "Yes, joint ventures may bid.")
                .when().post(MANAGE + "/enquiries/e-2/answer")
                .then()
                .statusCode(303)
                .header("Location", endsWith(MANAGE + "?done=enquiryAnswered"));

        verify(tenderService).answerEnquiry(ID, "e-2", new EnquiryAnswerRequest("Yes, joint ventures may bid."));
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = "buyer-northvale"))
    void amendingSendsTheReasonAndTheNewTerms() {
        given().when().get(MANAGE + "/amend")
                .then()
                .statusCode(200)
                .body(containsString("Reason for the amendment (public)"),
                        not(containsString("name=\"consultationEnd\"")));

        draftForm(post())
                .formParam("reason", "The enquiry deadline moves after a site visit.")
                .formParam("bidsMustBeReconfirmed", "false")
                .when().post(MANAGE + "/amend")
                .then()
                .statusCode(303)
                .header("Location", endsWith(MANAGE + "?done=amended"));

        verify(tenderService).amend(ID, new AmendmentRequest("The enquiry deadline moves after a site visit.",
                draftTerms(), false));
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = "buyer-northvale"))
    void anAmendmentWithoutAReasonIsNotSent() {
        draftForm(given())
                .formParam("reason", " ")
                .when().post(MANAGE + "/amend")
                .then()
                .statusCode(400)
                .body(containsString("Give the reason; it goes on the public record."));

        verify(tenderService, never()).amend(any(), any());
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = "buyer-northvale"))
    void anAmendmentRefusalNamesTheFormsFields() {
        AmendmentRequest amendment = new AmendmentRequest("Later deadline", draftTerms(), null);
        doThrow(new TenderServiceException(problem(400, "The amendment has errors.",
                new Problem.FieldError("terms.submissionDeadline", "Must be after the enquiry deadline."))))
                .when(tenderService).amend(ID, amendment);

        draftForm(given())
                .formParam("reason", "Later deadline")
                .formParam("bidsMustBeReconfirmed", "")
                .when().post(MANAGE + "/amend")
                .then()
                .statusCode(400)
                .body(containsString("<p class=\"error-message\" id=\"f-submissionDeadline-error\">"
                        + "Must be after the enquiry deadline.</p>"),
                        containsString(">Later deadline</textarea>"));
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = "buyer-northvale"))
    void cancellingTheTenderAndALotSendTheReasons() {
        post().formParam("reason", "Lot 2 is now covered by a framework agreement.")
                .when().post(MANAGE + "/lots/lot-2/cancel")
                .then()
                .statusCode(303)
                .header("Location", endsWith(MANAGE + "?done=lotCancelled"));
        post().formParam("reason", "The budget was withdrawn by the council.")
                .when().post(MANAGE + "/cancel")
                .then()
                .statusCode(303)
                .header("Location", endsWith(MANAGE + "?done=cancelled"));

        verify(tenderService).cancelLot(ID, "lot-2",
                new ReasonRequest("Lot 2 is now covered by a framework agreement."));
        verify(tenderService).cancel(ID, new ReasonRequest("The budget was withdrawn by the council."));
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = "buyer-northvale"))
    void cancellingWithoutAReasonIsNotSent() {
        given().formParam("reason", "")
                .when().post(MANAGE + "/cancel")
                .then()
                .statusCode(400)
                .body(containsString("<p class=\"error-message\" id=\"f-cancel-reason-error\">"
                        + "Give the reason; it goes on the public record.</p>"));

        verify(tenderService, never()).cancel(any(), any());
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = "buyer-northvale"))
    void anUploadedPdfIsForwardedAsThePdfItselfWithTitleAndFileName() {
        when(tenderService.tender(ID)).thenReturn(TenderFixtures.draft());
        byte[] pdf = "%PDF-1.7 bill of quantities".getBytes(StandardCharsets.US_ASCII);

        // As a browser sends it: the file name in UTF-8, which REST Assured's multipart builder cannot write.
        String boundary = "----portal-test-boundary";
        String multipart = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"title\"\r\n\r\n"
                + "Bill of quantities\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"Kosztorys Łódź.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n"
                + new String(pdf, StandardCharsets.US_ASCII) + "\r\n"
                + "--" + boundary + "--\r\n";

        post().contentType("multipart/form-data; boundary=" + boundary)
                .body(multipart.getBytes(StandardCharsets.UTF_8))
                .when().post(MANAGE + "/documents")
                .then()
                .statusCode(303)
                .header("Location", endsWith(MANAGE + "?done=uploaded"));

        ArgumentCaptor<byte[]> forwarded = ArgumentCaptor.forClass(byte[].class);
        verify(tenderService).uploadDocument(eq(ID), eq("Bill of quantities"),
                eq("attachment; filename=\"Kosztorys __d_.pdf\"; filename*=UTF-8''Kosztorys%20%C5%81%C3%B3d%C5%BA.pdf"),
                forwarded.capture());
        assertArrayEquals(pdf, forwarded.getValue());
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = "buyer-northvale"))
    void aPdfTheServiceRejectsIsExplainedAtTheUploadForm() {
        when(tenderService.tender(ID)).thenReturn(TenderFixtures.draft());
        doThrow(new TenderServiceException(problem(400, "The PDF contains JavaScript.",
                new Problem.FieldError("file", "PDFs with JavaScript are refused."))))
                .when(tenderService).uploadDocument(eq(ID), anyString(), anyString(), any());

        given().multiPart("title", "Drawings")
                .multiPart("file", "drawings.pdf", "%PDF-1.7 /JS".getBytes(StandardCharsets.US_ASCII),
                        "application/pdf")
                .when().post(MANAGE + "/documents")
                .then()
                .statusCode(400)
                .body(containsString("The PDF contains JavaScript."),
                        containsString("PDFs with JavaScript are refused."),
                        containsString("value=\"Drawings\""));
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = "buyer-northvale"))
    void anotherOrganisationsTenderIsNotFound() {
        UUID foreign = UUID.fromString("00000000-0000-4000-8000-000000000001");
        when(tenderService.tender(foreign)).thenThrow(new TenderServiceException(problem(404, "No such tender")));

        given().when().get("/officer/tenders/" + foreign)
                .then()
                .statusCode(404)
                .body(containsString("<h1>Page not found</h1>"));
    }

    @Test
    @TestSecurity(user = "officer.dmitri", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = "buyer-health"))
    void anotherBuyersOfficerFindsNeitherTheTendersPagesNorItsStepsAndNothingIsSent() {
        for (String page : List.of(MANAGE, MANAGE + "/edit", MANAGE + "/amend")) {
            given().when().get(page)
                    .then()
                    .statusCode(404)
                    .body(containsString("<h1>Page not found</h1>"), not(containsString("Road resurfacing")));
        }
        given().formParam("reason", "Budget withdrawn").when().post(MANAGE + "/cancel").then().statusCode(404);
        given().formParam("reason", "Budget withdrawn").when().post(MANAGE + "/lots/lot-1/cancel").then().statusCode(404);
        given().formParam("answer", "Yes.").when().post(MANAGE + "/enquiries/enquiry-1/answer").then().statusCode(404);
        given().formParam("resolution", "accepted").formParam("answer", "Yes.")
                .when().post(MANAGE + "/comments/comment-1/answer").then().statusCode(404);
        given().formParam("reason", "Abusive").when().post(MANAGE + "/comments/comment-1/hide").then().statusCode(404);
        given().formParam("end", "2026-12-20T12:00").when().post(MANAGE + "/consultation").then().statusCode(404);
        given().contentType("application/x-www-form-urlencoded").when().post(MANAGE + "/publish").then().statusCode(404);
        given().formParam("title", "Road resurfacing").when().post(MANAGE + "/edit").then().statusCode(404);
        given().formParam("title", "Road resurfacing").formParam("reason", "Longer period")
                .when().post(MANAGE + "/amend").then().statusCode(404);
        given().formParam("member", "evaluator.dana").when().post(MANAGE + "/committee").then().statusCode(404);

        verify(tenderService, never()).cancel(any(), any());
        verify(tenderService, never()).cancelLot(any(), any(), any());
        verify(tenderService, never()).answerEnquiry(any(), any(), any());
        verify(tenderService, never()).answerComment(any(), any(), any());
        verify(tenderService, never()).hideComment(any(), any(), any());
        verify(tenderService, never()).openConsultation(any(), any());
        verify(tenderService, never()).publish(any());
        verify(tenderService, never()).replaceTerms(any(), any());
        verify(tenderService, never()).amend(any(), any());
        verifyNoInteractions(evaluations);
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = "buyer-northvale"))
    void theOfficerPagesSpeakUkrainian() {
        given().header("Accept-Language", "uk")
                .when().get(MANAGE)
                .then()
                .statusCode(200)
                .body(containsString("Скасувати всю закупівлю"),
                        containsString("Відповісти на запитання 2"));
    }
}
