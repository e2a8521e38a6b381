package org.openprocure.portal.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.openprocure.portal.rest.TenderFixtures.ID;
import static org.openprocure.portal.rest.TenderFixtures.OCID;

import java.util.List;

import jakarta.ws.rs.ProcessingException;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.quarkus.test.security.oidc.Claim;

import org.openprocure.portal.client.BidServiceUserClient;
import org.openprocure.portal.client.CommitteeRequest;
import org.openprocure.portal.client.EvaluationOverview;
import org.openprocure.portal.client.EvaluationServiceException;
import org.openprocure.portal.client.EvaluationServiceUserClient;
import org.openprocure.portal.client.Problem;
import org.openprocure.portal.client.TenderServiceUserClient;

/**
 * The officer's "Evaluation committee" part of a published tender's page: who sits on it, who has declared
 * and who recused, and the form that names it at evaluation-service until the first award is proposed.
 */
@QuarkusTest
@TestSecurity(user = "officer.anna", roles = "officer")
@OidcSecurity(claims = @Claim(key = "org", value = "buyer-northvale"))
class EvaluationCommitteeFormTest {

    private static final String MANAGE = "/officer/tenders/" + ID;

    @InjectMock
    @RestClient
    TenderServiceUserClient tenderService;

    @InjectMock
    @RestClient
    BidServiceUserClient bids;

    @InjectMock
    @RestClient
    EvaluationServiceUserClient evaluations;

    @BeforeAll
    static void formsInUtf8() {
        Utf8Forms.install();
    }

    @BeforeEach
    void publishedTender() {
        when(tenderService.tender(ID)).thenReturn(TenderFixtures.tendering());
        when(tenderService.comments(OCID)).thenReturn(List.of());
        when(tenderService.enquiries(OCID)).thenReturn(List.of());
        when(bids.keyHolders(OCID)).thenReturn(List.of());
        when(evaluations.overview(OCID)).thenReturn(EvaluationFixtures.overview(null));
    }

    @Test
    void theOfficerSeesTheCommitteeWithWhoDeclaredAndWhoRecusedAndTheFormFilledWithIt() {
        given().get(MANAGE).then().statusCode(200)
                .body(containsString("<h2 id=\"evaluation-committee-heading\">Evaluation committee</h2>"),
                        containsString("Dana Novák <span class=\"document-meta\">evaluator.dana</span> <strong>Chair</strong> · Declared: no conflict of interest"),
                        containsString("Inês Carvalho <span class=\"document-meta\">evaluator.ines</span> · Recused (conflict of interest)"),
                        containsString("Олег Шевченко <span class=\"document-meta\">evaluator.oleh</span> · Not declared yet"),
                        containsString("action=\"/officer/tenders/" + ID + "/committee\""),
                        containsString("name=\"members[0].username\" type=\"text\" value=\"evaluator.dana\""),
                        containsString("name=\"members[2].name\" type=\"text\" value=\"Олег Шевченко\""),
                        containsString("<input type=\"radio\" id=\"f-members-0-chair\" name=\"chair\" value=\"0\" checked> Chair of the committee"),
                        containsString("name=\"members[4].username\" type=\"text\" value=\"\""),
                        containsString("<button type=\"submit\" id=\"committee-submit\">Save the committee</button>"));
    }

    @Test
    void theCommitteeIsSentWithItsChairLeavingEmptyRowsOut() {
        given().redirects().follow(false)
                .formParam("members[0].username", "evaluator.dana").formParam("members[0].name", "Dana Novák")
                .formParam("members[1].username", "").formParam("members[1].name", "")
                .formParam("members[2].username", " evaluator.oleh ").formParam("members[2].name", "Олег Шевченко")
                .formParam("chair", "2")
                .post(MANAGE + "/committee")
                .then().statusCode(303).header("Location", endsWith(MANAGE + "?done=committeeNamed"));

        verify(evaluations).nameCommittee(OCID, new CommitteeRequest(List.of(
                new CommitteeRequest.Member("evaluator.dana", "Dana Novák", false),
                new CommitteeRequest.Member("evaluator.oleh", "Олег Шевченко", true))));

        given().get(MANAGE + "?done=committeeNamed").then().statusCode(200)
                .body(containsString("The evaluation committee has been named."));
    }

    @Test
    void aCommitteeWithoutChairOrWithAHalfFilledRowIsRefusedWithoutAskingTheService() {
        given().formParam("members[0].username", "evaluator.dana").formParam("members[0].name", "")
                .formParam("members[1].username", "").formParam("members[1].name", "Inês Carvalho")
                .post(MANAGE + "/committee")
                .then().statusCode(400)
                .body(containsString("id=\"f-chair\">Choose the chair among the members named."),
                        containsString("id=\"f-members-0-name-error\">Give the member&#39;s display name."),
                        containsString("id=\"f-members-1-username-error\">Give the member&#39;s user name."),
                        containsString("value=\"Inês Carvalho\""));
        verify(evaluations, never()).nameCommittee(anyString(), any());
    }

    @Test
    void theServicesRefusalIsShownAtTheCommitteeFormWithTheRowItNames() {
        doThrow(new EvaluationServiceException(new Problem("Invalid committee", 400,
                "members[1].username: evaluator.ghost is not an evaluator of Northvale City Council",
                List.of(new Problem.FieldError("members[1].username",
                        "evaluator.ghost is not an evaluator of Northvale City Council")))))
                .when(evaluations).nameCommittee(eq(OCID), any());

        given().formParam("members[0].username", "evaluator.dana").formParam("members[0].name", "Dana Novák")
                .formParam("members[1].username", "evaluator.ghost").formParam("members[1].name", "Ghost")
                .formParam("chair", "0")
                .post(MANAGE + "/committee")
                .then().statusCode(400)
                .body(containsString("<a href=\"#form-committee\">"),
                        containsString("id=\"f-members-1-username-error\">evaluator.ghost is not an evaluator of Northvale City Council"),
                        containsString("value=\"evaluator.ghost\""),
                        containsString("id=\"f-members-0-chair\" name=\"chair\" value=\"0\" checked>"));
    }

    @Test
    void aRenamingRefusedAfterTheFirstProposalIsShownNotAnErrorPage() {
        doThrow(new EvaluationServiceException(new Problem("Conflict", 409,
                "The committee cannot be renamed after the first award proposal.", List.of())))
                .when(evaluations).nameCommittee(eq(OCID), any());

        given().formParam("members[0].username", "evaluator.dana").formParam("members[0].name", "Dana Novák")
                .formParam("chair", "0")
                .post(MANAGE + "/committee")
                .then().statusCode(409)
                .body(containsString("The committee cannot be renamed after the first award proposal."));
    }

    @Test
    void afterTheFirstProposalTheCommitteeIsShownWithoutTheForm() {
        EvaluationOverview proposed = EvaluationFixtures.overview(null,
                EvaluationFixtures.lot("lot-1", "Carriageway", "standstill", EvaluationFixtures.award("standstill")));
        when(evaluations.overview(OCID)).thenReturn(proposed);

        given().get(MANAGE).then().statusCode(200)
                .body(containsString("Dana Novák"), not(containsString("committee-submit")));
    }

    @Test
    void whenEvaluationServiceCannotBeReachedTheRestOfThePageStillShows() {
        when(evaluations.overview(OCID)).thenThrow(new ProcessingException("Connection refused"));

        given().get(MANAGE).then().statusCode(200)
                .body(containsString("The evaluation cannot be shown right now"),
                        containsString("Road resurfacing — Zieliński Street"),
                        not(containsString("committee-submit")));
    }

    @Test
    void aDraftHasNoCommitteePartAndEvaluationServiceIsNotAsked() {
        when(tenderService.tender(ID)).thenReturn(TenderFixtures.draft());

        given().get(MANAGE).then().statusCode(200).body(not(containsString("Evaluation committee")));
        verify(evaluations, never()).overview(anyString());
    }
}
