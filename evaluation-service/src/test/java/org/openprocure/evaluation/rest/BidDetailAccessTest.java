package org.openprocure.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openprocure.stack.PostgresTestResource;
import org.openprocure.support.testing.TestIdentities;

/**
 * Who reads bids and scores: only members who declared and did not recuse; nobody reads another's
 * scores of a bid before submitting their own, and only their own until every scoring member has.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "evaluation"))
class BidDetailAccessTest extends EvaluationTestSupport {

    private static final Offer ACME = Offer.of("supplier-acme", "Acme Build Ltd", OPENED.minusSeconds(9000),
            Map.of("lot-1", "90000.00"));
    private static final Offer BOREALIS = Offer.of("supplier-borealis", "Borealis Roads AB",
            OPENED.minusSeconds(8000), Map.of("lot-1", "95000.00"));

    /** Dana chairs, Inês and Omar are members; nobody has declared yet. */
    private String tenderWithCommittee() {
        String ocid = publish("ratedCriteria");
        open(ocid, ACME, BOREALIS);
        nameCommittee(ocid, "evaluator.ines", "evaluator.omar");
        return ocid;
    }

    private static void everyBidDetailIsRefused(String ocid, String member, String why) {
        evaluator(member);
        given().get("/api/evaluations/{ocid}/bids", ocid).then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString(why));
        given().get("/api/evaluations/{ocid}/bids/{bidId}", ocid, ACME.bidId()).then().statusCode(403)
                .body("detail", containsString(why));
        given().get("/api/evaluations/{ocid}/bids/{bidId}/scores", ocid, ACME.bidId()).then().statusCode(403)
                .body("detail", containsString(why));
        given().get("/api/evaluations/{ocid}/lots/lot-1/ranking", ocid).then().statusCode(403)
                .body("detail", containsString(why));
        qualify(ocid, member, ACME, "lot-1", true).statusCode(403).body("detail", containsString(why));
        score(ocid, member, ACME, "10").statusCode(403).body("detail", containsString(why));
    }

    @Test
    void aMemberWhoHasNotDeclaredOrWhoRecusedReadsNoBid() {
        String ocid = tenderWithCommittee();
        everyBidDetailIsRefused(ocid, "evaluator.omar", "has not declared");

        declare(ocid, "evaluator.omar", "supplier-borealis", ACME, BOREALIS).statusCode(200)
                .body("recused", equalTo(true));
        everyBidDetailIsRefused(ocid, "evaluator.omar", "recused");
        declare(ocid, "evaluator.omar", null, ACME, BOREALIS).statusCode(409);

        declare(ocid, "evaluator.ines", null, ACME, BOREALIS).statusCode(200);
        evaluator("evaluator.ines");
        given().get("/api/evaluations/{ocid}/bids", ocid).then().statusCode(200)
                .body("bidderName", equalTo(List.of("Acme Build Ltd", "Borealis Roads AB")))
                .body("[0].documents[0].sha256", equalTo(ACME.document()))
                .body("[0].myScores", equalTo(null));
        evaluator("evaluator.zoe");
        given().get("/api/evaluations/{ocid}/bids", ocid).then().statusCode(403)
                .body("detail", containsString("not on the evaluation committee"));
        TestIdentities.act("evaluator.ines", "evaluator", "buyer-health", null);
        given().get("/api/evaluations/{ocid}/bids", ocid).then().statusCode(404);
        supplier("supplier-acme");
        given().get("/api/evaluations/{ocid}/bids", ocid).then().statusCode(403);
        evaluator("evaluator.omar");
        given().get("/api/evaluations/mine").then().statusCode(200)
                .body("find { it.ocid == '" + ocid + "' }.me.recused", equalTo(true));
        TestIdentities.act("officer.dmitri", "officer", "buyer-health", null);
        put("{\"members\":[{\"username\":\"evaluator.x\",\"name\":\"X\",\"chair\":true}]}",
                "/api/evaluations/{ocid}/committee", ocid).statusCode(404);
        auditor();
        given().get("/api/evaluations/{ocid}/declarations", ocid).then().statusCode(200)
                .body("username", equalTo(List.of("evaluator.ines", "evaluator.omar")))
                .body("[1].declarations[1].statement", containsString("brother-in-law"));
    }

    @Test
    void nobodyReadsAnothersScoresBeforeSubmittingTheirOwnAndOnlyTheirOwnUntilAllHave() {
        String ocid = tenderWithCommittee();
        declare(ocid, "evaluator.dana", null, ACME, BOREALIS).statusCode(200);
        declare(ocid, "evaluator.omar", "supplier-acme", ACME, BOREALIS).statusCode(200);

        score(ocid, "evaluator.dana", ACME, "21").statusCode(200);
        // Inês has not declared yet: she is still to score, so Dana's scores are not "all" scores.
        evaluator("evaluator.dana");
        given().get("/api/evaluations/{ocid}/bids/{bidId}/scores", ocid, ACME.bidId()).then().statusCode(200)
                .body("complete", equalTo(false))
                .body("waitingFor", equalTo(List.of("evaluator.ines")));
        declare(ocid, "evaluator.ines", null, ACME, BOREALIS).statusCode(200);
        evaluator("evaluator.ines");
        given().get("/api/evaluations/{ocid}/bids/{bidId}/scores", ocid, ACME.bidId()).then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("Submit your own scores"));
        officer();
        given().get("/api/evaluations/{ocid}/bids/{bidId}/scores", ocid, ACME.bidId()).then().statusCode(200)
                .body("complete", equalTo(false))
                .body("waitingFor", equalTo(List.of("evaluator.ines")))
                .body("scores.size()", equalTo(0));

        evaluator("evaluator.dana");
        given().get("/api/evaluations/{ocid}/bids/{bidId}/scores", ocid, ACME.bidId()).then().statusCode(200)
                .body("complete", equalTo(false))
                .body("scores.username", equalTo(List.of("evaluator.dana")));
        given().get("/api/evaluations/{ocid}/bids/{bidId}", ocid, ACME.bidId()).then().statusCode(200)
                .body("myScores.scores[0].score", equalTo(21.0f));

        score(ocid, "evaluator.ines", ACME, "24").statusCode(200);
        score(ocid, "evaluator.ines", ACME, "25").statusCode(409);
        for (String member : List.of("evaluator.dana", "evaluator.ines")) {
            evaluator(member);
            given().get("/api/evaluations/{ocid}/bids/{bidId}/scores", ocid, ACME.bidId()).then().statusCode(200)
                    .body("complete", equalTo(true))
                    .body("scores.username", equalTo(List.of("evaluator.dana", "evaluator.ines")))
                    .body("scores.reason", equalTo(List.of(reasonOf("evaluator.dana", ACME),
                            reasonOf("evaluator.ines", ACME))));
        }
        evaluator("evaluator.omar");
        given().get("/api/evaluations/{ocid}/bids/{bidId}/scores", ocid, ACME.bidId()).then().statusCode(403)
                .body("detail", containsString("recused"));
        evaluator("evaluator.ines");
        given().get("/api/evaluations/{ocid}/bids/{bidId}/scores", ocid, BOREALIS.bidId()).then().statusCode(403);
    }
}
