package org.openprocure.tender.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openprocure.stack.PostgresTestResource;

/** Looking up CPV codes, for anyone filling in a tender or a search. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "tender"))
class CpvApiTest extends TenderApiTestSupport {

    @Test
    void codesAreFoundByTheirLeadingDigitsInCodeOrder() {
        List<String> codes = given().queryParam("prefix", "4523").get("/api/cpv").then().statusCode(200)
                .contentType("application/json")
                .body("$", hasSize(20))
                .body("code", everyItem(startsWith("4523")))
                .body("label", everyItem(not(equalTo(""))))
                .extract().path("code");
        List<String> sorted = new ArrayList<>(codes);
        sorted.sort(null);
        assertEquals(sorted, codes, "in code order");

        given().queryParam("prefix", "4523").queryParam("limit", 200).get("/api/cpv").then()
                .body("$", hasSize(173));
        given().queryParam("prefix", "45233252-0").get("/api/cpv").then()
                .body("code", equalTo(List.of("45233252-0")))
                .body("[0].label", equalTo("Surface work for streets"));
    }

    @Test
    void codesAreFoundByTheirLabel() {
        given().queryParam("q", "asphalt").get("/api/cpv").then().statusCode(200)
                .body("code", equalTo(List.of("44113600-1", "44113620-7", "45233222-1")))
                .body("label", equalTo(List.of("Bitumen and asphalt", "Asphalt", "Paving and asphalting works")));
        given().queryParam("q", "ASPHALT").queryParam("prefix", "45").get("/api/cpv").then()
                .body("code", equalTo(List.of("45233222-1")));
        given().queryParam("q", "no such works anywhere").get("/api/cpv").then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void aBadLookUpIsRefusedNamingTheParameter() {
        given().queryParam("prefix", "45a").get("/api/cpv").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("prefix"));
        given().queryParam("limit", 0).get("/api/cpv").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        given().queryParam("q", "a".repeat(101)).get("/api/cpv").then().statusCode(400)
                .body("errors[0].field", equalTo("q"))
                .body("errors[0].message", containsString("100"));
    }
}
