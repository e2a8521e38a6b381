package org.openprocure.portal.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.openprocure.portal.rest.EvaluationFixtures.BID_ACME;
import static org.openprocure.portal.rest.EvaluationFixtures.BID_BOREK;
import static org.openprocure.portal.rest.EvaluationFixtures.CHAIR;
import static org.openprocure.portal.rest.EvaluationFixtures.DECLARED;
import static org.openprocure.portal.rest.EvaluationFixtures.DOC_SHA;
import static org.openprocure.portal.rest.EvaluationFixtures.RECUSED;
import static org.openprocure.portal.rest.EvaluationFixtures.UNDECLARED;
import static org.openprocure.portal.rest.TenderFixtures.OCID;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.ProcessingException;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.specification.RequestSpecification;

import org.openprocure.portal.client.ContractServiceClient;
import org.openprocure.portal.client.ComplaintDecision;
import org.openprocure.portal.client.DeclarationRequest;
import org.openprocure.portal.client.EvaluationServiceException;
import org.openprocure.portal.client.EvaluationServiceUserClient;
import org.openprocure.portal.client.JustificationDecision;
import org.openprocure.portal.client.Problem;
import org.openprocure.portal.client.QualificationRequest;
import org.openprocure.portal.client.ScoresRequest;

/**
 * The evaluation committee's pages: my evaluations; the declaration a member gives before reading any bid;
 * the notice a recused member gets instead; bids with their qualification and scoring forms; the other
 * members' scores held back until all have scored; each lot's ranking; the chair's decisions; refusals of
 * evaluation-service shown at the form they concern.
 */
@QuarkusTest
@TestSecurity(user = "evaluator.dana", roles = "evaluator")
class EvaluationPagesTest {

    private static final String PAGE = "/evaluations/" + OCID;

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
    void committeeMemberOfAnOpenedTender() {
        when(evaluations.overview(OCID)).thenReturn(EvaluationFixtures.overview(DECLARED));
        when(evaluations.bidders(OCID)).thenReturn(EvaluationFixtures.bidders());
        when(evaluations.bids(OCID)).thenReturn(List.of(EvaluationFixtures.acme(null), EvaluationFixtures.borek()));
        when(evaluations.ranking(eq(OCID), anyString())).thenAnswer(call -> EvaluationFixtures.ranking(call.getArgument(1)));
    }

    private static RequestSpecification post() {
        return given().redirects().follow(false);
    }

    private static Problem problem(int status, String detail, Problem.FieldError... errors) {
        return new Problem("Refused", status, detail, List.of(errors));
    }

    /** The HTML of one form on the page, by its id. */
    private static String form(String page, String id) {
        Matcher form = Pattern.compile("<form id=\"" + Pattern.quote(id) + "\"[\\s\\S]*?</form>").matcher(page);
        assertTrue(form.find(), "the page has the form " + id);
        return form.group();
    }

    @Test
    void myEvaluationsListTheCommitteesWithMySeatAndTheHeaderLinksThere() {
        when(evaluations.mine()).thenReturn(List.of(EvaluationFixtures.overview(UNDECLARED)));

        given().get("/evaluations").then().statusCode(200)
                .body(containsString("<a href=\"/evaluations\" id=\"nav-my-evaluations\">My evaluations</a>"),
                        containsString("<a href=\"/evaluations/" + OCID + "\">Road resurfacing — Zieliński Street</a>"),
                        containsString("Northvale City Council"),
                        containsString("Bids opened, being evaluated"),
                        containsString("<dd class=\"my-seat\">Not declared yet</dd>"));
    }

    @Test
    void myEvaluationsSayWhenEvaluationServiceCannotBeReached() {
        when(evaluations.mine()).thenThrow(new ProcessingException("Connection refused"));

        given().get("/evaluations").then().statusCode(200)
                .body(containsString("Your evaluations cannot be shown right now."));
    }

    @Test
    void anUndeclaredMemberSeesTheDeclarationAboutEveryBidderAndNoBid() {
        when(evaluations.overview(OCID)).thenReturn(EvaluationFixtures.overview(UNDECLARED));

        given().get(PAGE).then().statusCode(200)
                .body(containsString("<form id=\"declaration\" class=\"declaration-form\" method=\"post\" action=\"/evaluations/"
                                + OCID + "/declaration\""),
                        containsString("<legend>Acme Build Ltd</legend>"),
                        containsString("<legend>Borek Stavby s.r.o.</legend>"),
                        containsString("<input type=\"hidden\" name=\"declarations[1].bidderId\" value=\"supplier-borek\">"),
                        containsString("<input type=\"radio\" id=\"decl-supplier-acme-none\" class=\"declare-none\" "
                                + "name=\"declarations[0].conflictOfInterest\" value=\"false\"> No conflict of interest"),
                        containsString("<input type=\"radio\" id=\"decl-supplier-borek-conflict\" class=\"declare-conflict\" "
                                + "name=\"declarations[1].conflictOfInterest\" value=\"true\"> Conflict of interest"),
                        containsString("<label for=\"decl-supplier-acme-statement\">Statement</label>"),
                        containsString("<button type=\"submit\" id=\"declaration-submit\">Submit the declaration</button>"),
                        not(containsString("€61,800.00")),
                        not(containsString("Opened bids")),
                        not(containsString("qualify-form")));
        verify(evaluations, never()).bids(anyString());
    }

    @Test
    void theDeclarationNamesEveryBidderOnceAndComesBackConfirmed() {
        when(evaluations.overview(OCID)).thenReturn(EvaluationFixtures.overview(UNDECLARED));

        post().formParam("declarations[0].bidderId", "supplier-acme")
                .formParam("declarations[0].bidderName", "Acme Build Ltd")
                .formParam("declarations[0].conflictOfInterest", "false")
                .formParam("declarations[0].statement", "")
                .formParam("declarations[1].bidderId", "supplier-borek")
                .formParam("declarations[1].bidderName", "Borek Stavby s.r.o.")
                .formParam("declarations[1].conflictOfInterest", "true")
                .formParam("declarations[1].statement", "My brother-in-law is Borek's site manager.")
                .post(PAGE + "/declaration")
                .then().statusCode(303).header("Location", endsWith(PAGE + "?done=declared"));

        verify(evaluations).declare(OCID, new DeclarationRequest(List.of(
                new DeclarationRequest.Declaration("supplier-acme", false, null),
                new DeclarationRequest.Declaration("supplier-borek", true, "My brother-in-law is Borek's site manager."))));

        when(evaluations.overview(OCID)).thenReturn(EvaluationFixtures.overview(RECUSED));
        given().get(PAGE + "?done=declared").then().statusCode(200)
                .body(containsString("Your declaration has been recorded."));
    }

    @Test
    void aMissingChoiceOrAConflictWithoutStatementIsRefusedAtTheDeclarationWithoutAskingTheService() {
        when(evaluations.overview(OCID)).thenReturn(EvaluationFixtures.overview(UNDECLARED));

        given().formParam("declarations[0].bidderId", "supplier-acme")
                .formParam("declarations[0].bidderName", "Acme Build Ltd")
                .formParam("declarations[1].bidderId", "supplier-borek")
                .formParam("declarations[1].bidderName", "Borek Stavby s.r.o.")
                .formParam("declarations[1].conflictOfInterest", "true")
                .formParam("declarations[1].statement", " ")
                .post(PAGE + "/declaration")
                .then().statusCode(400)
                .body(containsString("id=\"decl-supplier-acme-error\">Choose no conflict or conflict of interest for Acme Build Ltd."),
                        containsString("id=\"decl-supplier-borek-error\">A conflict of interest with Borek Stavby s.r.o. needs a statement."),
                        containsString("name=\"declarations[1].conflictOfInterest\" value=\"true\" checked>"));
        verify(evaluations, never()).declare(anyString(), any());
    }

    @Test
    void aRecusedMemberSeesOnlyTheNotice() {
        when(evaluations.overview(OCID)).thenReturn(EvaluationFixtures.overview(RECUSED));

        given().get(PAGE).then().statusCode(200)
                .body(containsString("id=\"recused-notice\""),
                        containsString("You declared a conflict of interest and are recused from this evaluation"),
                        not(containsString("id=\"declaration\"")),
                        not(containsString("Opened bids")),
                        not(containsString("€61,800.00")),
                        not(containsString("Rankings and awards")));
        verify(evaluations, never()).bids(anyString());
        verify(evaluations, never()).ranking(anyString(), anyString());
    }

    @Test
    void aDeclaredMemberReadsTheBidsWithTheFormsToQualifyAndScoreThem() {
        String page = given().get(PAGE).then().statusCode(200)
                .body(containsString("<h3 class=\"bidder\">Acme Build Ltd</h3>"),
                        containsString("<span class=\"lot-title\">Carriageway</span>: <strong class=\"bid-price\">€61,800.00</strong>"),
                        containsString("<dt>Technical approach</dt><dd>Two crews working at night, lanes kept open.</dd>"),
                        containsString("Technical offer <span class=\"document-meta\">offer.pdf</span>"),
                        containsString("<p class=\"qualification-state\"><strong>Qualified</strong> — All certificates valid.</p>"),
                        containsString("Decided by evaluator.dana"),
                        not(containsString("id=\"declaration\"")))
                .extract().asString();

        String qualify = form(page, "qualify-" + BID_ACME + "-lot-1");
        assertTrue(qualify.contains("action=\"/evaluations/" + OCID + "/bids/" + BID_ACME + "/lots/lot-1/qualification\""));
        assertTrue(qualify.contains("<input type=\"radio\" id=\"qualify-" + BID_ACME + "-lot-1-qualified\" name=\"qualified\" value=\"true\"> Qualified"));
        assertTrue(qualify.contains("<input type=\"radio\" id=\"qualify-" + BID_ACME + "-lot-1-disqualified\" name=\"qualified\" value=\"false\"> Disqualified"));
        assertTrue(qualify.contains("<label for=\"qualify-" + BID_ACME + "-lot-1-reason\">Reason</label>"));
        assertTrue(qualify.contains("<input type=\"checkbox\" id=\"qualify-" + BID_ACME + "-lot-1-doc-1\" name=\"documents\" value=\""
                + DOC_SHA + "\"> Technical offer"));
        assertTrue(qualify.contains("<button type=\"submit\" id=\"qualify-" + BID_ACME + "-lot-1-submit\">Save the qualification</button>"));

        String score = form(page, "score-" + BID_ACME);
        assertTrue(score.contains("action=\"/evaluations/" + OCID + "/bids/" + BID_ACME + "/scores\""));
        assertTrue(score.contains("<input type=\"hidden\" name=\"scores[0].criterion\" value=\"Technical approach\">"));
        assertTrue(score.contains("<label for=\"score-" + BID_ACME + "-0\">Score (0 to 40)</label>"));
        assertTrue(score.contains("id=\"score-" + BID_ACME + "-0\" name=\"scores[0].score\" type=\"text\" value=\"\" inputmode=\"decimal\""));
        assertTrue(score.contains("<label for=\"score-" + BID_ACME + "-0-reason\">Reason for the score</label>"));
        assertTrue(score.contains("<button type=\"submit\" id=\"score-" + BID_ACME + "-submit\">Submit the scores</button>"));
    }

    @Test
    void aQualificationSendsTheDecisionTheReasonAndTheDocumentsReliedOn() {
        post().formParam("qualified", "false")
                .formParam("reason", "The insurance certificate has expired.")
                .formParam("documents", DOC_SHA)
                .post(PAGE + "/bids/" + BID_ACME + "/lots/lot-1/qualification")
                .then().statusCode(303).header("Location", endsWith(PAGE + "?done=qualified#bid-" + BID_ACME));

        verify(evaluations).qualify(OCID, BID_ACME, "lot-1",
                new QualificationRequest(false, "The insurance certificate has expired.", List.of(DOC_SHA)));
    }

    @Test
    void aQualificationRefusedByTheServiceShowsItsDetailAtThatFormKeepingWhatWasEntered() {
        doThrow(new EvaluationServiceException(problem(409,
                "Lot lot-1 is in standstill: qualifications are closed.")))
                .when(evaluations).qualify(eq(OCID), eq(BID_ACME), eq("lot-1"), any());

        String page = given().formParam("qualified", "true").formParam("reason", "Meets every requirement.")
                .formParam("documents", DOC_SHA)
                .post(PAGE + "/bids/" + BID_ACME + "/lots/lot-1/qualification")
                .then().statusCode(409)
                .body(containsString("<a href=\"#qualify-" + BID_ACME + "-lot-1\">"))
                .extract().asString();
        String form = form(page, "qualify-" + BID_ACME + "-lot-1");
        assertTrue(form.contains("<p class=\"problem-detail\">Lot lot-1 is in standstill: qualifications are closed.</p>"));
        assertTrue(form.contains("value=\"true\" checked>"));
        assertTrue(form.contains(">Meets every requirement.</textarea>"));
        assertTrue(form.contains("value=\"" + DOC_SHA + "\" checked>"));
        assertFalse(form(page, "score-" + BID_ACME).contains("problem-detail"), "only the refused form shows it");
    }

    @Test
    void aQualificationWithoutChoiceOrReasonIsRefusedAtItsFields() {
        given().formParam("reason", "")
                .post(PAGE + "/bids/" + BID_ACME + "/lots/lot-1/qualification")
                .then().statusCode(400)
                .body(containsString("<p class=\"error-message\">Choose qualified or disqualified.</p>"),
                        containsString("id=\"qualify-" + BID_ACME + "-lot-1-reason-error\">Give the reason."));
        verify(evaluations, never()).qualify(anyString(), anyString(), anyString(), any());
    }

    @Test
    void scoresGoToTheServiceAsNumbersWithTheirReasons() {
        post().formParam("scores[0].criterion", "Technical approach")
                .formParam("scores[0].score", "32,5")
                .formParam("scores[0].reason", "A careful phasing plan.")
                .post(PAGE + "/bids/" + BID_ACME + "/scores")
                .then().statusCode(303).header("Location", endsWith(PAGE + "?done=scored#bid-" + BID_ACME));

        verify(evaluations).score(OCID, BID_ACME, new ScoresRequest(List.of(
                new ScoresRequest.Score("Technical approach", new BigDecimal("32.5"), "A careful phasing plan."))));
    }

    @Test
    void aScoreThatIsNotANumberIsRefusedAtItsFieldAndKept() {
        given().formParam("scores[0].criterion", "Technical approach")
                .formParam("scores[0].score", "very good")
                .formParam("scores[0].reason", "")
                .post(PAGE + "/bids/" + BID_ACME + "/scores")
                .then().statusCode(400)
                .body(containsString("id=\"score-" + BID_ACME + "-0-error\">Give the score for Technical approach as a number, e.g. 12.5."),
                        containsString("id=\"score-" + BID_ACME + "-0-reason-error\">Give the reason for the score for Technical approach."),
                        containsString("value=\"very good\""));
        verify(evaluations, never()).score(anyString(), anyString(), any());
    }

    @Test
    void aScoreOutOfRangeRefusedByTheServiceIsShownAtItsField() {
        doThrow(new EvaluationServiceException(problem(400, "scores[0].score: from 0 to 40",
                new Problem.FieldError("scores[0].score", "from 0 to 40"))))
                .when(evaluations).score(eq(OCID), eq(BID_ACME), any());

        given().formParam("scores[0].criterion", "Technical approach")
                .formParam("scores[0].score", "45")
                .formParam("scores[0].reason", "Outstanding.")
                .post(PAGE + "/bids/" + BID_ACME + "/scores")
                .then().statusCode(400)
                .body(containsString("id=\"score-" + BID_ACME + "-0-error\">from 0 to 40"),
                        containsString("value=\"45\""));
    }

    @Test
    void afterScoringTheOthersScoresAreHeldBackUntilEveryMemberHasScored() {
        when(evaluations.bids(OCID)).thenReturn(List.of(EvaluationFixtures.acme(EvaluationFixtures.myScores())));
        when(evaluations.scores(OCID, BID_ACME)).thenReturn(EvaluationFixtures.waitingFor(1));

        given().get(PAGE).then().statusCode(200)
                .body(containsString("<h4>Your scores</h4>"),
                        containsString("<strong>Technical approach</strong>: <span class=\"my-score\">32.5 of 40</span> — A careful phasing plan."),
                        containsString("id=\"scores-" + BID_ACME + "\""),
                        containsString("Waiting for 1 evaluator: the scores of the others are shown once every member has submitted."),
                        not(containsString("id=\"score-" + BID_ACME + "\"")),
                        not(containsString("Олег Шевченко</td>")));
    }

    @Test
    void onceEveryMemberHasScoredAllScoresShow() {
        when(evaluations.bids(OCID)).thenReturn(List.of(EvaluationFixtures.acme(EvaluationFixtures.myScores())));
        when(evaluations.scores(OCID, BID_ACME)).thenReturn(EvaluationFixtures.allScored());

        given().get(PAGE).then().statusCode(200)
                .body(containsString("<tr><td>Олег Шевченко</td><td>Technical approach</td><td>28 of 40</td><td>Night work is only sketched.</td></tr>"),
                        containsString("<tr><td>Dana Novák</td><td>Technical approach</td><td>32.5 of 40</td>"),
                        not(containsString("Waiting for")));
    }

    @Test
    void eachLotShowsItsRankingWithWhatIsMissingWhoIsExcludedAndWhyAndTheAbnormallyLowPrices() {
        given().get(PAGE).then().statusCode(200)
                .body(containsString("<p class=\"ranking-status\">Provisional ranking: an abnormally low price is still to be decided</p>"),
                        containsString("<li>evaluator.oleh has not scored Acme Build Ltd</li>"),
                        containsString("<tr class=\"ranked-bid\"><td>1</td><td>Borek Stavby s.r.o.</td><td>€58,200.00</td><td>60</td><td>30.25</td><td><strong>90.25</strong></td></tr>"),
                        containsString("<strong>Acme Build Ltd</strong> (€61,800.00): disqualified: the insurance certificate has expired"),
                        containsString("Flagged: no justification asked yet"));
    }

    @Test
    void aMemberWhoIsNotTheChairGetsNoChairsButtons() {
        given().get(PAGE).then().statusCode(200)
                .body(not(containsString("Propose the award")),
                        not(containsString("Request justification")),
                        not(containsString("/proposal\"")));
    }

    @Test
    void theChairMayAskForAJustificationAndProposeEachLot() {
        when(evaluations.overview(OCID)).thenReturn(EvaluationFixtures.overview(CHAIR));

        String page = given().get(PAGE).then().statusCode(200).extract().asString();
        String propose = form(page, "propose-lot-1");
        assertTrue(propose.contains("action=\"/evaluations/" + OCID + "/lots/lot-1/proposal\""));
        assertTrue(propose.contains("<button type=\"submit\" id=\"propose-lot-1-submit\">Propose the award</button>"));
        String request = form(page, "requestJustification-lot-1-" + BID_BOREK);
        assertTrue(request.contains("action=\"/evaluations/" + OCID + "/lots/lot-1/bids/" + BID_BOREK + "/justification-request\""));
        assertTrue(request.contains(">Request justification</button>"));

        post().post(PAGE + "/lots/lot-1/proposal")
                .then().statusCode(303).header("Location", endsWith(PAGE + "?done=proposed#lot-lot-1"));
        verify(evaluations).propose(OCID, "lot-1");
        post().post(PAGE + "/lots/lot-1/bids/" + BID_BOREK + "/justification-request")
                .then().statusCode(303).header("Location", endsWith(PAGE + "?done=justificationRequested#lot-lot-1"));
        verify(evaluations).requestJustification(OCID, "lot-1", BID_BOREK);
    }

    @Test
    void theChairDecidesAJustificationOnceAnswered() {
        when(evaluations.overview(OCID)).thenReturn(EvaluationFixtures.overview(CHAIR));
        when(evaluations.ranking(eq(OCID), anyString())).thenAnswer(call -> EvaluationFixtures.justifiedRanking(call.getArgument(1)));

        String page = given().get(PAGE).then().statusCode(200)
                .body(containsString("<blockquote class=\"justification\">We own the asphalt plant next door.</blockquote>"))
                .extract().asString();
        String decide = form(page, "decideJustification-lot-1-" + BID_BOREK);
        assertTrue(decide.contains("name=\"accepted\" value=\"true\"> Accept: the bid stays in the ranking"));
        assertTrue(decide.contains("name=\"accepted\" value=\"false\"> Reject: the bid leaves the ranking"));

        post().formParam("accepted", "true").formParam("reason", "The plant's invoices support the price.")
                .post(PAGE + "/lots/lot-1/bids/" + BID_BOREK + "/justification-decision")
                .then().statusCode(303).header("Location", endsWith("?done=justificationDecided#lot-lot-1"));
        verify(evaluations).decideJustification(OCID, "lot-1", BID_BOREK,
                new JustificationDecision(true, "The plant's invoices support the price."));

        given().formParam("reason", "No choice made.")
                .post(PAGE + "/lots/lot-1/bids/" + BID_BOREK + "/justification-decision")
                .then().statusCode(400).body(containsString("Choose the decision."));
    }

    @Test
    void theChairDecidesComplaintsAndConfirmsAnAwardInStandstill() {
        when(evaluations.overview(OCID)).thenReturn(EvaluationFixtures.overview(CHAIR,
                EvaluationFixtures.lot("lot-1", "Carriageway", "suspended",
                        EvaluationFixtures.award("suspended", EvaluationFixtures.pendingComplaint())),
                EvaluationFixtures.lot("lot-2", "Pavements of Łódź Street", "standstill",
                        EvaluationFixtures.award("standstill"))));

        String page = given().get(PAGE).then().statusCode(200)
                .body(containsString("<dd class=\"award-supplier\">Borek Stavby s.r.o.</dd>"),
                        containsString("<blockquote>The winner&#39;s price cannot cover the asphalt alone.</blockquote>"),
                        containsString("<dd class=\"standstill-ends\"><time datetime=\"2027-01-18T09:00:00Z\">18 January 2027, 09:00 UTC</time>"),
                        not(containsString("id=\"propose-lot-1\"")),
                        not(containsString("id=\"confirm-lot-1\"")))
                .extract().asString();
        assertTrue(form(page, "decideComplaint-lot-1-1").contains("name=\"decision\" value=\"upheld\"> Upheld"));
        assertTrue(form(page, "confirm-lot-2").contains("<button type=\"submit\" id=\"confirm-lot-2-submit\">Confirm the award</button>"));

        post().formParam("decision", "dismissed").formParam("reason", "The price is justified by the plant's invoices.")
                .post(PAGE + "/lots/lot-1/complaints/1/decision")
                .then().statusCode(303).header("Location", endsWith("?done=complaintDecided#lot-lot-1"));
        verify(evaluations).decideComplaint(OCID, "lot-1", 1,
                new ComplaintDecision("dismissed", "The price is justified by the plant's invoices."));

        doThrow(new EvaluationServiceException(problem(409, "The standstill of lot lot-2 ends on 2027-01-18T09:00:00Z.")))
                .when(evaluations).confirm(OCID, "lot-2");
        String refused = given().post(PAGE + "/lots/lot-2/confirmation").then().statusCode(409).extract().asString();
        assertTrue(form(refused, "confirm-lot-2").contains("The standstill of lot lot-2 ends on 2027-01-18T09:00:00Z."));
    }

    @Test
    void aStepTheMemberMayNotTakeShowsTheServicesReasonNotAnErrorPage() {
        doThrow(new EvaluationServiceException(problem(403, "Only the chair may propose an award.")))
                .when(evaluations).propose(OCID, "lot-1");
        when(evaluations.overview(OCID)).thenReturn(EvaluationFixtures.overview(CHAIR));

        String page = given().post(PAGE + "/lots/lot-1/proposal").then().statusCode(403).extract().asString();
        assertTrue(form(page, "propose-lot-1").contains("<p class=\"problem-detail\">Only the chair may propose an award.</p>"));
    }

    @Test
    void anEvaluationTheServiceDoesNotKnowIsNotFoundAndAPartItCannotGiveIsSaidSo() {
        when(evaluations.overview("ocds-op7x2k-T-2026-999999")).thenThrow(new EvaluationServiceException(
                problem(404, "No evaluation for ocds-op7x2k-T-2026-999999.")));
        given().get("/evaluations/ocds-op7x2k-T-2026-999999").then().statusCode(404);

        when(evaluations.bids(OCID)).thenThrow(new ProcessingException("Connection refused"));
        when(evaluations.ranking(eq(OCID), anyString())).thenThrow(new ProcessingException("Connection refused"));
        given().get(PAGE).then().statusCode(200)
                .body(containsString("This part is temporarily unavailable."),
                        containsString("Evaluation committee"));
    }

    @Test
    @TestSecurity(user = "supplier.acme", roles = "supplier")
    void aSupplierGetsTheForbiddenPage() {
        given().get(PAGE).then().statusCode(403);
        given().post(PAGE + "/lots/lot-1/proposal").then().statusCode(403);
        verify(evaluations, never()).propose(anyString(), anyString());
    }

    @Test
    void theEvaluationPageFitsAPhone() {
        when(evaluations.overview(OCID)).thenReturn(EvaluationFixtures.overview(CHAIR));
        when(evaluations.bids(OCID)).thenReturn(List.of(EvaluationFixtures.acme(EvaluationFixtures.myScores())));
        when(evaluations.scores(OCID, BID_ACME)).thenReturn(EvaluationFixtures.allScored());

        String page = given().get(PAGE).then().statusCode(200).extract().asString();
        assertTrue(page.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"));
        assertFalse(page.contains("style="), "no inline widths");
        assertFalse(page.matches("(?s).*\\swidth=\"\\d+.*"), "no fixed width attributes");
        assertTrue(count(page, "<table") >= 2);
        assertEquals(count(page, "<table"), Pattern.compile("<div class=\"table-scroll\">\\s*<table").matcher(page)
                .results().count(), "every table scrolls inside its own box");
        String css = given().get("/css/portal.css").then().statusCode(200).extract().asString();
        Matcher widths = Pattern.compile("(?:^|[;{\\s])(?:min-)?width:\\s*(\\d+)px").matcher(css);
        while (widths.find()) {
            assertTrue(Integer.parseInt(widths.group(1)) <= 360, "a fixed width of " + widths.group(1) + "px");
        }
        assertTrue(css.contains(".table-scroll { overflow-x: auto;"));
    }

    private static long count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
