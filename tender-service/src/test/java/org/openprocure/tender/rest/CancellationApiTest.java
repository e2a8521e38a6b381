package org.openprocure.tender.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openprocure.tender.rest.TenderRequests.consultationDraft;
import static org.openprocure.tender.rest.TenderRequests.draft;
import static org.openprocure.tender.rest.TenderRequests.openConsultation;
import static org.openprocure.tender.rest.TenderRequests.postJson;
import static org.openprocure.tender.rest.TenderRequests.publish;
import static org.openprocure.tender.rest.TenderRequests.reason;
import static org.openprocure.tender.rest.TenderRequests.unique;
import static org.openprocure.tender.rest.TenderRequests.validDraft;

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
import org.openprocure.events.tender.TenderCancelled;
import org.openprocure.stack.PostgresTestResource;

/** Cancelling a lot or the whole tender, with a reason, before award. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "tender"))
class CancellationApiTest extends TenderApiTestSupport {

    private String[] publishedTender(String title) {
        Personas.officer();
        String id = draft(validDraft(now(), unique(title)));
        return new String[] {id, publish(id)};
    }

    @Test
    void aLotIsCancelledOnceWithAReasonAndTheTenderGoesOn() {
        String[] tender = publishedTender("One lot cancelled");
        String id = tender[0];
        String ocid = tender[1];

        postJson("/api/tenders/{id}/lots/{lot}/cancel", reason("The council's road crew will do the markings."), id,
                "lot-2").statusCode(200)
                .body("lots[1].status", equalTo("cancelled"))
                .body("lots[1].cancellationReason", equalTo("The council's road crew will do the markings."))
                .body("lots[0].status", equalTo("active"))
                .body("statusDetails", equalTo("tendering"))
                .body("cancellation", nullValue());

        EventEnvelope cancelled = events.one(ocid, EventTypes.TENDER_CANCELLED);
        EventShape.assertMatchesFixture(EventTypes.TENDER_CANCELLED, cancelled);
        TenderCancelled payload = cancelled.payloadAs(EventTypes.TENDER_CANCELLED);
        assertEquals("lot-2", payload.lotId());
        assertFalse(payload.tenderCancelled());

        Map<String, Long> before = databaseState();
        postJson("/api/tenders/{id}/lots/{lot}/cancel", reason("Twice"), id, "lot-2").statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("already cancelled"));
        postJson("/api/tenders/{id}/lots/{lot}/cancel", reason("No such lot"), id, "lot-9").statusCode(404)
                .contentType("application/problem+json");
        postJson("/api/tenders/{id}/lots/{lot}/cancel", reason(" "), id, "lot-1").statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        assertEquals(before, databaseState(), "refused cancellations change nothing");

        Personas.anonymous();
        given().get("/api/notices/{ocid}", ocid).then().body("lots.status", equalTo(List.of("active", "cancelled")));
    }

    @Test
    void cancellingTheLastActiveLotCancelsTheTender() {
        String[] tender = publishedTender("Every lot cancelled");

        postJson("/api/tenders/{id}/lots/{lot}/cancel", reason("Markings dropped."), tender[0], "lot-2")
                .statusCode(200);
        postJson("/api/tenders/{id}/lots/{lot}/cancel", reason("Budget withdrawn."), tender[0], "lot-1")
                .statusCode(200)
                .body("status", equalTo("cancelled"))
                .body("cancellation.reason", equalTo("Budget withdrawn."));

        List<EventEnvelope> cancelled = events.await(tender[1], EventTypes.TENDER_CANCELLED, 2);
        assertTrue(cancelled.get(1).payloadAs(EventTypes.TENDER_CANCELLED).tenderCancelled());
    }

    @Test
    void theWholeTenderIsCancelledOnceAndThePublicSeesWhy() {
        String[] tender = publishedTender("Cancelled tender");
        String id = tender[0];
        String ocid = tender[1];
        clock.advance(Duration.ofDays(3));

        postJson("/api/tenders/{id}/cancel", reason("The road is to be rebuilt by the national agency."), id)
                .statusCode(200)
                .body("status", equalTo("cancelled"))
                .body("statusDetails", equalTo("cancelled"))
                .body("cancellation.reason", equalTo("The road is to be rebuilt by the national agency."))
                .body("cancellation.date", equalTo(now().toString()));

        Personas.anonymous();
        given().get("/api/notices/{ocid}", ocid).then().body("status", equalTo("cancelled"));
        EventEnvelope cancelled = events.one(ocid, EventTypes.TENDER_CANCELLED);
        EventShape.assertMatchesFixture(EventTypes.TENDER_CANCELLED, cancelled);
        assertNull(cancelled.payloadAs(EventTypes.TENDER_CANCELLED).lotId());
        assertTrue(cancelled.payloadAs(EventTypes.TENDER_CANCELLED).tenderCancelled());

        Personas.officer();
        Map<String, Long> before = databaseState();
        postJson("/api/tenders/{id}/cancel", reason("Again"), id).statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("already cancelled"));
        postJson("/api/tenders/{id}/lots/{lot}/cancel", reason("A lot of it"), id, "lot-1").statusCode(409)
                .contentType("application/problem+json");
        postJson("/api/tenders/{id}/cancel", reason(""), id).statusCode(400).body("errors[0].field", equalTo("reason"));
        assertEquals(before, databaseState(), "a tender is cancelled once");
    }

    @Test
    void aLotOfADraftIsNotCancelledButDrafted() {
        Personas.officer();
        String id = draft(validDraft(now(), unique("Draft lot")));
        Map<String, Long> before = databaseState();

        postJson("/api/tenders/{id}/lots/{lot}/cancel", reason("Not needed"), id, "lot-2").statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("change the draft"));

        assertEquals(before, databaseState());
    }

    @Test
    void aTenderInConsultationIsCancelledInPublic() {
        Personas.officer();
        String id = draft(consultationDraft(now(), unique("Consultation cancelled")));
        String ocid = openConsultation(id);

        postJson("/api/tenders/{id}/cancel", reason("The comments showed the project is not ready."), id)
                .statusCode(200).body("status", equalTo("cancelled"));

        assertTrue(events.one(ocid, EventTypes.TENDER_CANCELLED).payloadAs(EventTypes.TENDER_CANCELLED)
                .tenderCancelled());
    }

    @Test
    void aDraftThatWasNeverPublicIsCancelledWithoutAPublicTrace() {
        Personas.officer();
        String title = unique("Quietly dropped draft");
        String id = draft(validDraft(now(), title));

        postJson("/api/tenders/{id}/cancel", reason("Merged into another tender."), id).statusCode(200)
                .body("status", equalTo("cancelled"))
                .body("ocid", nullValue());
        given().get("/api/tenders/{id}", id).then().statusCode(200).body("status", equalTo("cancelled"));

        assertEquals(0, DatabaseState.outboxEventsOfTender(em, id), "no event tells of a draft never made public");
        Personas.anonymous();
        given().get("/api/tenders/{id}", id).then().statusCode(404);
        given().queryParam("q", title).get("/api/notices").then().statusCode(200)
                .body("items", hasSize(0))
                .body("total", equalTo(0));
        given().queryParam("status", "cancelled").queryParam("size", 100).get("/api/notices").then().statusCode(200)
                .body("items.tenderId", not(hasItem(id)));
        given().get("/api/notices/feed.atom").then().statusCode(200)
                .body(not(containsString(title)));
    }
}
