package org.openprocure.bid.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openprocure.stack.PostgresTestResource;

/** GET /api/me: who the service takes the caller to be, from their token. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "bid"))
class WhoAmITest {

    @AfterEach
    void nobody() {
        Personas.anonymous();
    }

    @Test
    void aSupplierSeesTheirNameRolesAndOrganisation() {
        Personas.act("supplier.acme", "supplier", "supplier-acme", "Acme Build Ltd");

        given().get("/api/me").then().statusCode(200)
                .body("username", equalTo("supplier.acme"))
                .body("roles", equalTo(List.of("supplier")))
                .body("organisation", equalTo("supplier-acme"))
                .body("organisationName", equalTo("Acme Build Ltd"));
    }

    @Test
    void anOrganisationWithoutAPublicNameIsShownByItsIdentifier() {
        Personas.officer("officer.anna", "buyer-northvale");

        given().get("/api/me").then().statusCode(200)
                .body("roles", equalTo(List.of("officer")))
                .body("organisation", equalTo("buyer-northvale"))
                .body("organisationName", equalTo("buyer-northvale"));
    }

    @Test
    void withoutATokenTheAnswerIs401() {
        given().get("/api/me").then().statusCode(401);
    }

    @Test
    void aTokenWithoutOrganisationHasNone() {
        Personas.act("auditor.farah", "auditor", "", null);

        given().get("/api/me").then().statusCode(200)
                .body("username", equalTo("auditor.farah"))
                .body("organisation", nullValue());
    }
}
