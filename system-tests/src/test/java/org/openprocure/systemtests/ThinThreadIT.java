package org.openprocure.systemtests;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One tender through every service, with real Keycloak tokens, a real Kafka broker and a real
 * PostgreSQL: an officer publishes; bid-service learns the deadline; evaluation-service opens an
 * evaluation; contract-service's analytics show the process with an intact hash chain; the portal's
 * notice board lists it.
 */
class ThinThreadIT {

    @BeforeAll
    static void platform() {
        Platform.get();
    }

    @Test
    void aPublishedTenderReachesEveryService() {
        String title = "School meals — Łódź district " + Instant.now().toEpochMilli();
        String ocid = Platform.publishDemoTender("officer.anna", title);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().baseUri(Platform.url("bid-service")).get("/api/tenders/{ocid}/submission-window", ocid)
                        .then().statusCode(200).body("acceptingBids", equalTo(true)));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().baseUri(Platform.url("evaluation-service")).auth().oauth2(Platform.token("evaluator.dana"))
                        .get("/api/evaluations/{ocid}", ocid)
                        .then().statusCode(200).body("status", equalTo("awaiting_opening")));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().baseUri(Platform.url("contract-service")).auth().oauth2(Platform.token("auditor.farah"))
                        .get("/api/analytics/processes/{ocid}", ocid)
                        .then().statusCode(200)
                        .body("title", equalTo(title))
                        .body("buyer.id", equalTo("buyer-northvale"))
                        // bid-service's key ceremony answers the publication with the tender's sealing key.
                        .body("timeline.type", containsInAnyOrder("TenderPublished", "SealingKeyGenerated"))
                        .body("chain.status", equalTo("intact")));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().baseUri(Platform.portalUrl()).get("/")
                        .then().statusCode(200).body(containsString(title)).body(containsString(ocid)));
    }

    @Test
    void realTokensAreCheckedForRoleAndOrganisation() {
        String tender = Platform.url("tender-service");
        String body = Platform.draftJson("Role check", Platform.serverTime());

        given().baseUri(tender).contentType(ContentType.JSON).body(body).post("/api/tenders")
                .then().statusCode(401).contentType("application/problem+json");
        given().baseUri(tender).auth().oauth2(Platform.token("supplier.acme")).contentType(ContentType.JSON)
                .body(body).post("/api/tenders")
                .then().statusCode(403).contentType("application/problem+json");

        String draftId = given().baseUri(tender).auth().oauth2(Platform.token("officer.anna"))
                .contentType(ContentType.JSON).body(body).post("/api/tenders")
                .then().statusCode(201).body("buyer.id", equalTo("buyer-northvale")).extract().path("id");
        given().baseUri(tender).auth().oauth2(Platform.token("officer.dmitri"))
                .post("/api/tenders/{id}/publish", draftId)
                .then().statusCode(404).contentType("application/problem+json");
        given().baseUri(tender).auth().oauth2(Platform.token("officer.anna")).get("/api/tenders/{id}", draftId)
                .then().statusCode(200).body("status", equalTo("planning"));
    }
}
