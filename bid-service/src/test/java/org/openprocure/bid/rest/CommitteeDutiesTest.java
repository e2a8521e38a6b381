package org.openprocure.bid.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openprocure.stack.PostgresTestResource;

/**
 * What committee members of the golden tender (Anna, Bruno, Chloé of Northvale, 2 of 3) see of their
 * duties: their shares across tenders, and how far an opening has come, never how many bids there are.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "bid"))
class CommitteeDutiesTest extends BidApiTestSupport {

    private static String mine(String ocid) {
        return "find { it.ocid == '" + ocid + "' }";
    }

    @Test
    void aMemberSeesTheirShareCollectedHandedInAndOpened() {
        String ocid = publishedTender();
        Personas.officer("officer.anna", NORTHVALE);
        given().get("/api/key-shares/mine").then().statusCode(200)
                .body(mine(ocid) + ".index", notNullValue())
                .body(mine(ocid) + ".threshold", equalTo(2))
                .body(mine(ocid) + ".holders", equalTo(3))
                .body(mine(ocid) + ".collectedAt", nullValue())
                .body(mine(ocid) + ".submissionDeadline", equalTo(DEADLINE.toString()))
                .body(mine(ocid) + ".handedIn", equalTo(false))
                .body(mine(ocid) + ".openedAt", nullValue());

        String anna = card(ocid, "officer.anna");
        String chloe = card(ocid, "officer.chloe");
        Personas.officer("officer.anna", NORTHVALE);
        given().get("/api/key-shares/mine").then().statusCode(200).body(mine(ocid) + ".collectedAt", notNullValue());

        clock.set(DEADLINE.plus(Duration.ofMinutes(1)));
        handIn(ocid, "officer.anna", anna).statusCode(200);
        Personas.officer("officer.anna", NORTHVALE);
        given().get("/api/key-shares/mine").then().statusCode(200).body(mine(ocid) + ".handedIn", equalTo(true));
        Personas.officer("officer.bruno", NORTHVALE);
        given().get("/api/key-shares/mine").then().statusCode(200)
                .body(mine(ocid) + ".collectedAt", nullValue()).body(mine(ocid) + ".handedIn", equalTo(false));

        handIn(ocid, "officer.chloe", chloe).statusCode(200).body("opened", equalTo(true));
        Personas.officer("officer.chloe", NORTHVALE);
        given().get("/api/key-shares/mine").then().statusCode(200)
                .body(mine(ocid) + ".handedIn", equalTo(true)).body(mine(ocid) + ".openedAt", notNullValue());
    }

    @Test
    void theProgressOfAnOpeningCountsCardsNotBids() {
        String ocid = publishedTender();
        String anna = card(ocid, "officer.anna");
        String bruno = card(ocid, "officer.bruno");
        bid(ocid, "supplier.acme", "supplier-acme", "104250.00").statusCode(201);

        Personas.officer("officer.chloe", NORTHVALE);
        given().get("/api/tenders/{ocid}/opening/progress", ocid).then().statusCode(200)
                .body("threshold", equalTo(2)).body("holders", equalTo(3)).body("sharesIn", equalTo(0))
                .body("handedInBy", equalTo(List.of())).body("openingAllowed", equalTo(false))
                .body("submissionDeadline", equalTo(DEADLINE.toString())).body("openedAt", nullValue());

        clock.set(DEADLINE.plus(Duration.ofMinutes(1)));
        handIn(ocid, "officer.bruno", bruno).statusCode(200);
        Personas.officer("officer.chloe", NORTHVALE);
        String halfway = given().get("/api/tenders/{ocid}/opening/progress", ocid).then().statusCode(200)
                .body("sharesIn", equalTo(1)).body("handedInBy", equalTo(List.of("officer.bruno")))
                .body("openingAllowed", equalTo(true)).body("serverTime", equalTo(clock.instant().toString()))
                .extract().asString();
        assertFalse(halfway.contains("bid"), "nothing about bids before the opening: " + halfway);

        handIn(ocid, "officer.anna", anna).statusCode(200).body("opened", equalTo(true));
        Personas.officer("officer.chloe", NORTHVALE);
        given().get("/api/tenders/{ocid}/opening/progress", ocid).then().statusCode(200)
                .body("sharesIn", equalTo(2)).body("handedInBy", equalTo(List.of("officer.anna", "officer.bruno")))
                .body("openingAllowed", equalTo(false)).body("openedAt", notNullValue());
    }

    @Test
    void onlyTheBuyersOfficersSeeSharesAndProgress() {
        String ocid = publishedTender();
        Personas.anonymous();
        given().get("/api/key-shares/mine").then().statusCode(401);
        given().get("/api/tenders/{ocid}/opening/progress", ocid).then().statusCode(401);
        Personas.supplier("supplier.acme", "supplier-acme");
        given().get("/api/key-shares/mine").then().statusCode(403);
        given().get("/api/tenders/{ocid}/opening/progress", ocid).then().statusCode(403);
        Personas.officer("officer.anna", "buyer-elsewhere");
        given().get("/api/key-shares/mine").then().statusCode(200).body("ocid", not(org.hamcrest.Matchers.hasItem(ocid)));
        given().get("/api/tenders/{ocid}/opening/progress", ocid).then().statusCode(404)
                .contentType("application/problem+json");
        Personas.officer("officer.zoe", NORTHVALE);
        given().get("/api/key-shares/mine").then().statusCode(200).body("ocid", not(org.hamcrest.Matchers.hasItem(ocid)));
        given().get("/api/tenders/{ocid}/opening/progress", "ocds-op7x2k-T-2026-999999").then().statusCode(404);
    }
}
