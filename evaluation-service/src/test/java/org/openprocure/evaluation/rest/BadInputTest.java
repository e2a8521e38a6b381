package org.openprocure.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openprocure.events.EventTypes;
import org.openprocure.stack.PostgresTestResource;

/** Bad input gets a 400 problem naming the field, and changes nothing. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "evaluation"))
class BadInputTest extends EvaluationTestSupport {

    private static final Offer ACME = Offer.of("supplier-acme", "Acme Build Ltd", OPENED.minusSeconds(9000),
            Map.of("lot-1", "61800.00"));
    private static final Offer BOREALIS = Offer.of("supplier-borealis", "Borealis Roads AB",
            OPENED.minusSeconds(8000), Map.of("lot-1", "99000.00"));

    private static void refused(io.restassured.response.ValidatableResponse response, String field) {
        response.statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo(field));
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndChangesNothing() {
        String ocid = publish("ratedCriteria");
        open(ocid, ACME, BOREALIS);

        officer();
        String path = "/api/evaluations/{ocid}/committee";
        refused(put("{\"members\":[]}", path, ocid), "members");
        refused(put("{\"members\":[{\"username\":\"evaluator.dana\",\"name\":\"Dana\",\"chair\":false}]}", path, ocid),
                "members");
        refused(put("{\"members\":[{\"username\":\"evaluator.dana\",\"name\":\"Dana\",\"chair\":true},"
                + "{\"username\":\"evaluator.dana\",\"name\":\"Dana again\",\"chair\":false}]}", path, ocid),
                "members[1].username");
        refused(put("{\"members\":[{\"username\":\"evaluator.dana\",\"name\":\" \",\"chair\":true}]}", path, ocid),
                "members[0].name");
        refused(put("{\"members\":[{\"username\":\"evaluator.dana\",\"name\":\"Dana\",\"chair\":true,\"boss\":1}]}",
                path, ocid), "members[0].boss");
        auditor();
        given().get("/api/evaluations/{ocid}", ocid).then().body("committee.size()", equalTo(0));
        assertEquals(0, count(ocid, EventTypes.COMMITTEE_ASSIGNED));

        nameCommittee(ocid, "evaluator.ines");
        evaluator("evaluator.dana");
        String declare = "/api/evaluations/{ocid}/declarations/mine";
        refused(put("{\"declarations\":[{\"bidderId\":\"supplier-acme\",\"conflictOfInterest\":false}]}", declare,
                ocid), "declarations");
        refused(put("{\"declarations\":[{\"bidderId\":\"supplier-nobody\",\"conflictOfInterest\":false}]}", declare,
                ocid), "declarations[0].bidderId");
        refused(put("{\"declarations\":[{\"bidderId\":\"supplier-acme\",\"conflictOfInterest\":true},"
                + "{\"bidderId\":\"supplier-borealis\",\"conflictOfInterest\":false}]}", declare, ocid),
                "declarations[0].statement");
        refused(put("{\"declarations\":[{\"bidderId\":\"supplier-acme\"},"
                + "{\"bidderId\":\"supplier-borealis\",\"conflictOfInterest\":false}]}", declare, ocid),
                "declarations[0].conflictOfInterest");
        given().get("/api/evaluations/{ocid}/declarations", ocid).then().statusCode(200).body("size()", equalTo(0));
        given().get("/api/evaluations/{ocid}/bids", ocid).then().statusCode(403);

        declare(ocid, "evaluator.dana", null, ACME, BOREALIS).statusCode(200);
        String qualification = "/api/evaluations/{ocid}/bids/{bidId}/lots/lot-1/qualification";
        refused(put("{\"reason\":\"ok\"}", qualification, ocid, ACME.bidId()), "qualified");
        refused(put("{\"qualified\":true,\"reason\":\"\"}", qualification, ocid, ACME.bidId()), "reason");
        refused(put("{\"qualified\":true,\"reason\":\"ok\",\"documents\":[\"" + BOREALIS.document() + "\"]}",
                qualification, ocid, ACME.bidId()), "documents[0]");
        refused(put("{\"qualified\":\"perhaps\",\"reason\":\"ok\"}", qualification, ocid, ACME.bidId()), "qualified");
        put("{\"qualified\":true,\"reason\":\"ok\"}", "/api/evaluations/{ocid}/bids/{bidId}/lots/lot-9/qualification",
                ocid, ACME.bidId()).statusCode(404);

        String scores = "/api/evaluations/{ocid}/bids/{bidId}/scores/mine";
        refused(put("{\"scores\":[]}", scores, ocid, ACME.bidId()), "scores");
        refused(put("{\"scores\":[{\"criterion\":\"Price\",\"score\":10,\"reason\":\"cheap\"}]}", scores, ocid,
                ACME.bidId()), "scores[0].criterion");
        refused(put("{\"scores\":[{\"criterion\":\"Technical approach\",\"score\":31,\"reason\":\"great\"}]}", scores,
                ocid, ACME.bidId()), "scores[0].score");
        refused(put("{\"scores\":[{\"criterion\":\"Technical approach\",\"score\":-1,\"reason\":\"poor\"}]}", scores,
                ocid, ACME.bidId()), "scores[0].score");
        refused(put("{\"scores\":[{\"criterion\":\"Technical approach\",\"score\":12}]}", scores, ocid,
                ACME.bidId()), "scores[0].reason");
        refused(put("{\"scores\":[{\"criterion\":\"Technical approach\",\"score\":12,\"reason\":\"a\"},"
                + "{\"criterion\":\"Technical approach\",\"score\":13,\"reason\":\"b\"}]}", scores, ocid,
                ACME.bidId()), "scores[1].criterion");
        given().get("/api/evaluations/{ocid}/bids/{bidId}", ocid, ACME.bidId()).then().statusCode(200)
                .body("lots[0].qualification", equalTo(null))
                .body("myScores", equalTo(null));

        qualify(ocid, "evaluator.dana", ACME, "lot-1", true).statusCode(200);
        qualify(ocid, "evaluator.dana", BOREALIS, "lot-1", true).statusCode(200);
        evaluator("evaluator.dana");
        post("", "/api/evaluations/{ocid}/lots/lot-1/bids/{bidId}/justification-request", ocid, ACME.bidId())
                .statusCode(200);
        post("", "/api/evaluations/{ocid}/lots/lot-1/bids/{bidId}/justification-request", ocid, BOREALIS.bidId())
                .statusCode(409).body("detail", containsString("not abnormally low"));
        supplier("supplier-borealis");
        put("{\"text\":\"Not ours to justify.\"}", "/api/evaluations/{ocid}/lots/lot-1/bids/{bidId}/justification",
                ocid, ACME.bidId()).statusCode(403);
        supplier("supplier-acme");
        refused(put("{\"text\":\" \"}", "/api/evaluations/{ocid}/lots/lot-1/bids/{bidId}/justification", ocid,
                ACME.bidId()), "text");
        evaluator("evaluator.dana");
        String decision = "/api/evaluations/{ocid}/lots/lot-1/bids/{bidId}/justification-decision";
        refused(post("{\"reason\":\"fine\"}", decision, ocid, ACME.bidId()), "accepted");
        refused(post("{\"accepted\":false}", decision, ocid, ACME.bidId()), "reason");
        post("{\"accepted\":true,\"reason\":\"fine\"}", decision, ocid, ACME.bidId()).statusCode(409)
                .body("detail", containsString("not justified"));
        given().get("/api/evaluations/{ocid}/lots/lot-1/ranking", ocid).then().statusCode(200)
                .body("abnormallyLow[0].stage", equalTo("requested"));
        assertEquals(0, count(ocid, EventTypes.JUSTIFICATION_SUBMITTED));
        assertEquals(0, count(ocid, EventTypes.JUSTIFICATION_DECIDED));
        assertEquals(List.of(), published(ocid).stream().filter(e -> e.type().equals("QualityScoresSubmitted"))
                .toList());
    }
}
