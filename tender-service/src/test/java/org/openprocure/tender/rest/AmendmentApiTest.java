package org.openprocure.tender.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openprocure.tender.rest.TenderRequests.amendment;
import static org.openprocure.tender.rest.TenderRequests.currentTerms;
import static org.openprocure.tender.rest.TenderRequests.draft;
import static org.openprocure.tender.rest.TenderRequests.item;
import static org.openprocure.tender.rest.TenderRequests.lot;
import static org.openprocure.tender.rest.TenderRequests.postJson;
import static org.openprocure.tender.rest.TenderRequests.publish;
import static org.openprocure.tender.rest.TenderRequests.unique;
import static org.openprocure.tender.rest.TenderRequests.validDraft;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openprocure.events.EventEnvelope;
import org.openprocure.events.EventShape;
import org.openprocure.events.EventTypes;
import org.openprocure.events.tender.TenderAmended;
import org.openprocure.stack.PostgresTestResource;

/** Amendments of a published tender: each a new notice version with its reason and its changes. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "tender"))
class AmendmentApiTest extends TenderApiTestSupport {

    /** Publishes a tender of Northvale (bids until +30 days) as its officer; returns id and ocid. */
    private String[] publishedTender(String title) {
        Personas.officer();
        String id = draft(validDraft(now(), unique(title)));
        return new String[] {id, publish(id)};
    }

    @Test
    void anAmendmentIsANewNoticeVersionShowingItsReasonAndChanges() {
        String[] tender = publishedTender("Amended value");
        String id = tender[0];
        String ocid = tender[1];
        clock.set(inDays(5));
        ObjectNode terms = currentTerms(ocid);
        lot(terms, 0).put("estimatedValue", new BigDecimal("110000.00"));

        postJson("/api/tenders/{id}/amendments", amendment("Quantities corrected after the site survey.", terms), id)
                .statusCode(200)
                .body("noticeVersion", equalTo(2))
                .body("lots[0].value.amount", equalTo(110000.0f))
                .body("value.amount", equalTo(135000.0f))
                .body("submissionDeadline", equalTo(inDays(30).toString()));

        Personas.anonymous();
        given().get("/api/notices/{ocid}/versions", ocid).then().statusCode(200)
                .body("version", equalTo(List.of(1, 2)))
                .body("[1].label", equalTo("amendment"))
                .body("[1].reason", equalTo("Quantities corrected after the site survey."))
                .body("[1].createdAt", equalTo(inDays(5).toString()));
        given().get("/api/notices/{ocid}/versions/2", ocid).then().statusCode(200)
                .body("version", equalTo(2))
                .body("reason", equalTo("Quantities corrected after the site survey."))
                .body("terms.lots[0].estimatedValue", equalTo(110000.0f))
                .body("changes.field", equalTo(List.of("lots[0].estimatedValue")))
                .body("changes[0].before", equalTo("100000"))
                .body("changes[0].after", equalTo("110000"));
        given().get("/api/notices/{ocid}/versions/1", ocid).then()
                .body("terms.lots[0].estimatedValue", equalTo(100000.0f));
        String notice = TestPdfs.textOf(given().get("/api/notices/{ocid}/notice.pdf", ocid).then().statusCode(200)
                .extract().asByteArray());
        assertTrue(notice.contains("110,000.00 EUR") && notice.contains("notice version 2"), notice);

        EventEnvelope amended = events.one(ocid, EventTypes.TENDER_AMENDED);
        EventShape.assertMatchesFixture(EventTypes.TENDER_AMENDED, amended);
        TenderAmended payload = amended.payloadAs(EventTypes.TENDER_AMENDED);
        assertEquals(2, payload.noticeVersion());
        assertEquals("Quantities corrected after the site survey.", payload.reason());
        assertTrue(payload.bidsMustBeReconfirmed(), "a lot's value changed: bids made so far may no longer fit");
        assertFalse(payload.deadlineExtended());
        assertEquals(2, payload.notice().noticeVersion());
    }

    @Test
    void withFewerThanSevenDaysLeftTheDeadlineMovesOutAndADescriptionChangeNeedsNoReconfirmation() {
        String[] tender = publishedTender("Late amendment");
        String ocid = tender[1];
        clock.set(inDays(26));
        ObjectNode terms = currentTerms(ocid);
        terms.put("description", "Milling and resurfacing of 1.2 km of carriageway; markings in cold plastic.");

        postJson("/api/tenders/{id}/amendments", amendment("Marking material clarified.", terms), tender[0])
                .statusCode(200)
                .body("submissionDeadline", equalTo(inDays(33).toString()))
                .body("openingDate", equalTo(inDays(33).plus(Duration.ofMinutes(30)).toString()));

        Personas.anonymous();
        given().get("/api/notices/{ocid}/versions/2", ocid).then()
                .body("changes.field", equalTo(List.of("description", "submissionDeadline", "openingDate")))
                .body("changes[1].before", equalTo(inDays(30).toString()))
                .body("changes[1].after", equalTo(inDays(33).toString()));
        TenderAmended payload = events.one(ocid, EventTypes.TENDER_AMENDED).payloadAs(EventTypes.TENDER_AMENDED);
        assertFalse(payload.bidsMustBeReconfirmed(), "only texts and dates changed");
        assertTrue(payload.deadlineExtended());
    }

    @Test
    void theOfficerMayRequireReconfirmationExplicitly() {
        String[] tender = publishedTender("Explicit reconfirmation");
        ObjectNode terms = currentTerms(tender[1]);
        terms.put("description", "A description that changes the meaning of the works.");
        ObjectNode body = amendment("Scope clarified.", terms).put("bidsMustBeReconfirmed", true);

        postJson("/api/tenders/{id}/amendments", body, tender[0]).statusCode(200);

        assertTrue(events.one(tender[1], EventTypes.TENDER_AMENDED).payloadAs(EventTypes.TENDER_AMENDED)
                .bidsMustBeReconfirmed());
    }

    @Test
    void whatTheBidOpeningReliesOnStaysAsPublished() {
        String[] tender = publishedTender("Fixed committee");
        String id = tender[0];
        ObjectNode committee = currentTerms(tender[1]);
        ((ArrayNode) committee.get("openingCommittee").get("members")).remove(2);
        ObjectNode fewerLots = currentTerms(tender[1]);
        ((ArrayNode) fewerLots.get("lots")).remove(1);
        ObjectNode otherMethod = currentTerms(tender[1]);
        otherMethod.put("procurementMethod", "limited").put("procurementMethodRationale", "Urgency");
        ObjectNode earlier = currentTerms(tender[1]);
        earlier.put("submissionDeadline", inDays(29).toString());
        ObjectNode badCode = currentTerms(tender[1]);
        item(badCode, 0, 0).put("classification", "45233252-7");
        Map<String, Long> before = databaseState();

        postJson("/api/tenders/{id}/amendments", amendment("Smaller committee", committee), id).statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("terms.openingCommittee"));
        postJson("/api/tenders/{id}/amendments", amendment("One lot less", fewerLots), id).statusCode(400)
                .body("errors.field", hasItem("terms.lots"))
                .body("errors.find { it.field == 'terms.lots' }.message", containsString("cancel a lot instead"));
        postJson("/api/tenders/{id}/amendments", amendment("Other procedure", otherMethod), id).statusCode(400)
                .body("errors.field", hasItem("terms.procurementMethod"));
        postJson("/api/tenders/{id}/amendments", amendment("Sooner", earlier), id).statusCode(400)
                .body("errors.field", hasItem("terms.submissionDeadline"));
        postJson("/api/tenders/{id}/amendments", amendment("Bad code", badCode), id).statusCode(400)
                .body("errors.field", hasItem("terms.lots[0].items[0].classification"));
        postJson("/api/tenders/{id}/amendments", amendment("  ", currentTerms(tender[1])), id).statusCode(400)
                .body("errors.field", hasItem("reason"));
        postJson("/api/tenders/{id}/amendments", TenderRequests.JSON.createObjectNode().put("reason", "No terms"), id)
                .statusCode(400).body("errors.field", hasItem("terms"));

        assertEquals(before, databaseState(), "refused amendments change nothing");
        assertEquals(0, outboxEvents(tender[1], "TenderAmended"));
    }

    @Test
    void onlyATenderOpenForBidsIsAmended() {
        String[] tender = publishedTender("Amended too late");
        ObjectNode terms = currentTerms(tender[1]);
        terms.put("description", "Too late");
        String draftId = draft(validDraft(now(), unique("Never published")));
        clock.set(inDays(30));
        Map<String, Long> before = databaseState();

        postJson("/api/tenders/{id}/amendments", amendment("After the deadline", terms), tender[0]).statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("has passed"));
        postJson("/api/tenders/{id}/amendments", amendment("A draft", terms), draftId).statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("draft"));

        assertEquals(before, databaseState());
    }

    @Test
    void anUnknownOrMalformedVersionIsRefused() {
        String ocid = publishedTender("Versions")[1];
        Personas.anonymous();

        given().get("/api/notices/{ocid}/versions/7", ocid).then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("no version 7"));
        given().get("/api/notices/{ocid}/versions/0", ocid).then().statusCode(404);
        given().get("/api/notices/{ocid}/versions/second", ocid).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("version"));
        given().get("/api/notices/{ocid}/versions", "ocds-op7x2k-T-2026-999999").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/notices/{ocid}/versions/1", "ocds-op7x2k-T-2026-999999").then().statusCode(404);
    }
}
