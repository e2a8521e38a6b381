package org.openprocure.tender.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.openprocure.tender.rest.TenderRequests.amendment;
import static org.openprocure.tender.rest.TenderRequests.ask;
import static org.openprocure.tender.rest.TenderRequests.currentTerms;
import static org.openprocure.tender.rest.TenderRequests.draft;
import static org.openprocure.tender.rest.TenderRequests.enquiry;
import static org.openprocure.tender.rest.TenderRequests.enquiryAnswer;
import static org.openprocure.tender.rest.TenderRequests.postJson;
import static org.openprocure.tender.rest.TenderRequests.publish;
import static org.openprocure.tender.rest.TenderRequests.unique;
import static org.openprocure.tender.rest.TenderRequests.validDraft;
import static org.openprocure.tender.rest.TenderRequests.withSchedule;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openprocure.events.EventEnvelope;
import org.openprocure.events.EventShape;
import org.openprocure.events.EventTypes;
import org.openprocure.events.tender.SubmissionDeadlineExtended;
import org.openprocure.events.tender.TenderingClosed;
import org.openprocure.stack.PostgresTestResource;

/**
 * The deadline watch, run by hand after the test clock moves (its scheduler is off in tests): the end of
 * the enquiry period and the close of tendering, each once.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "tender"))
class DeadlineWatchTest extends TenderApiTestSupport {

    /** Published by Northvale: enquiries until +25 days, bids until +30 days. */
    private String[] publishedTender(String title) {
        Personas.officer();
        String id = draft(withSchedule(validDraft(now(), unique(title)), inDays(25), inDays(30)));
        return new String[] {id, publish(id)};
    }

    @Test
    void atTheDeadlineTenderingClosesExactlyOnce() {
        String[] tender = publishedTender("Closing on time");
        String ocid = tender[1];

        clock.set(inDays(30).minusMillis(1));
        deadlineWatch.runOnce();
        assertEquals(0, outboxEvents(ocid, "TenderingClosed"), "not a millisecond early");
        Personas.anonymous();
        given().get("/api/notices/{ocid}", ocid).then().body("statusDetails", equalTo("tendering"));

        clock.set(inDays(30));
        deadlineWatch.runOnce();

        given().get("/api/notices/{ocid}", ocid).then()
                .body("status", equalTo("active"))
                .body("statusDetails", equalTo("tenderingClosed"));
        given().queryParam("status", "tenderingClosed").queryParam("q", ocid).get("/api/notices").then()
                .body("items.ocid", equalTo(List.of(ocid)));
        EventEnvelope closed = events.one(ocid, EventTypes.TENDERING_CLOSED);
        EventShape.assertMatchesFixture(EventTypes.TENDERING_CLOSED, closed);
        assertEquals("system", closed.actor().role());
        TenderingClosed payload = closed.payloadAs(EventTypes.TENDERING_CLOSED);
        assertEquals(inDays(30), payload.submissionDeadline());
        assertEquals(inDays(30).plus(Duration.ofMinutes(30)), payload.openingDate());

        Map<String, Long> before = databaseState();
        assertEquals(0, deadlineWatch.runOnce(), "a second run finds nothing to do");
        assertEquals(before, databaseState(), "and changes nothing");
        assertEquals(1, outboxEvents(ocid, "TenderingClosed"));

        Personas.officer();
        postJson("/api/tenders/{id}/amendments", amendment("After closing", currentTerms(ocid)), tender[0])
                .statusCode(409).body("detail", containsString("tenderingClosed"));
        Personas.supplierAcme();
        postJson("/api/notices/{ocid}/enquiries", enquiry("After closing?"), ocid).statusCode(409);
    }

    @Test
    void questionsLeftUnansweredAtTheEnquiryDeadlineMoveTheSubmissionDeadlineOnce() {
        String[] tender = publishedTender("Unanswered questions");
        String ocid = tender[1];
        clock.set(inDays(10));
        Personas.supplierAcme();
        ask(ocid, enquiry("Is the existing kerb to be kept?"));

        clock.set(inDays(25));
        deadlineWatch.runOnce();

        Personas.anonymous();
        given().get("/api/notices/{ocid}", ocid).then()
                .body("submissionDeadline", equalTo(inDays(31).toString()))
                .body("openingDate", equalTo(inDays(31).plus(Duration.ofMinutes(30)).toString()))
                .body("noticeVersion", equalTo(2))
                .body("statusDetails", equalTo("tendering"));
        given().get("/api/notices/{ocid}/versions", ocid).then()
                .body("label", hasItem("deadline extended"))
                .body("[1].reason", equalTo("1 enquiry(ies) unanswered when the enquiry period ended"));
        EventEnvelope extended = events.one(ocid, EventTypes.SUBMISSION_DEADLINE_EXTENDED);
        EventShape.assertMatchesFixture(EventTypes.SUBMISSION_DEADLINE_EXTENDED, extended);
        assertEquals("system", extended.actor().role());
        SubmissionDeadlineExtended payload = extended.payloadAs(EventTypes.SUBMISSION_DEADLINE_EXTENDED);
        assertEquals("unansweredEnquiries", payload.reason());
        assertEquals(inDays(30), payload.previousDeadline());
        assertEquals(inDays(31), payload.tenderPeriod().endDate());

        clock.advance(Duration.ofHours(1));
        deadlineWatch.runOnce();
        assertEquals(1, outboxEvents(ocid, "SubmissionDeadlineExtended"), "the enquiry period ends once");

        clock.set(inDays(30));
        deadlineWatch.runOnce();
        given().get("/api/notices/{ocid}", ocid).then().body("statusDetails", equalTo("tendering"));
        clock.set(inDays(31));
        deadlineWatch.runOnce();
        given().get("/api/notices/{ocid}", ocid).then().body("statusDetails", equalTo("tenderingClosed"));
    }

    @Test
    void answeredQuestionsLeaveTheDeadlineAlone() {
        String[] tender = publishedTender("Answered in time");
        clock.set(inDays(10));
        Personas.supplierBrightway();
        String enquiryId = ask(tender[1], enquiry("May we visit the site?"));
        Personas.officer();
        postJson("/api/tenders/{id}/enquiries/{e}/answer", enquiryAnswer("Yes, any weekday."), tender[0], enquiryId)
                .statusCode(200);

        clock.set(inDays(25));
        deadlineWatch.runOnce();

        Personas.anonymous();
        given().get("/api/notices/{ocid}", tender[1]).then()
                .body("submissionDeadline", equalTo(inDays(30).toString()))
                .body("noticeVersion", equalTo(1));
        assertEquals(0, outboxEvents(tender[1], "SubmissionDeadlineExtended"));
    }

    @Test
    void anAmendmentThatReopensEnquiriesHasTheirNewEndLookedAtAgain() {
        String[] tender = publishedTender("Enquiries reopened");
        String ocid = tender[1];
        clock.set(inDays(25));
        deadlineWatch.runOnce();
        assertEquals(0, outboxEvents(ocid, "SubmissionDeadlineExtended"), "nothing was left unanswered");

        Personas.officer();
        ObjectNode terms = currentTerms(ocid);
        terms.put("enquiryDeadline", inDays(28).toString());
        terms.put("submissionDeadline", inDays(33).toString());
        terms.put("openingDate", inDays(33).plus(Duration.ofMinutes(30)).toString());
        postJson("/api/tenders/{id}/amendments", amendment("Questions reopened for the new drawings", terms),
                tender[0]).statusCode(200);
        clock.set(inDays(26));
        Personas.supplierAcme();
        ask(ocid, enquiry("Do the new drawings replace sheet 4?"));

        clock.set(inDays(28));
        deadlineWatch.runOnce();

        Personas.anonymous();
        given().get("/api/notices/{ocid}", ocid).then()
                .body("submissionDeadline", equalTo(inDays(34).toString()));
        assertEquals(1, outboxEvents(ocid, "SubmissionDeadlineExtended"));
    }
}
