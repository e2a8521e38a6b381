package org.openprocure.systemtests;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Sealed bids across the platform with real Keycloak tokens: two suppliers bid on a published tender,
 * the deadline passes on the platform's clocks, two of the three key holders open, the opening record
 * lists both bids with their prices, and evaluation- and tender-service take it from BidsOpened.
 */
class SealedBidsIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void twoSuppliersBidTwoOfThreeKeyHoldersOpenAndEvaluationReceivesTheRecord() {
        String ocid = Platform.publishDemoTender("officer.anna", "Sealed bids across the platform " + UUID.randomUUID());
        String bids = Platform.url("bid-service");
        await("the tender's sealing key").atMost(PATIENCE).untilAsserted(() ->
                given().baseUri(bids).get("/api/tenders/{ocid}/sealing-key", ocid).then().statusCode(200));

        String annaCard = collect(ocid, "officer.anna");
        String chloeCard = collect(ocid, "officer.chloe");
        String acmeReceipt = bid(ocid, "supplier.acme", "104250.00");
        String zielinskiReceipt = bid(ocid, "supplier.zielinski", "99800.50");

        given().baseUri(bids).get("/api/tenders/{ocid}/bids", ocid).then().statusCode(409);

        Platform.advanceClocks(Duration.ofDays(31));
        handIn(ocid, "officer.anna", annaCard).statusCode(200).body("opened", equalTo(false));
        handIn(ocid, "officer.chloe", chloeCard).statusCode(200).body("opened", equalTo(true));

        given().baseUri(bids).get("/api/tenders/{ocid}/opening", ocid).then().statusCode(200)
                .body("bidCount", equalTo(2))
                .body("bids.bidderId", equalTo(List.of("supplier-acme", "supplier-zielinski")))
                .body("bids.lots.flatten().amount", equalTo(List.of(104250.00f, 99800.50f)))
                .body("bids.envelopeSha256", equalTo(List.of(acmeReceipt, zielinskiReceipt)))
                .body("keyHolders", equalTo(List.of("officer.anna", "officer.chloe")));
        String auditor = Platform.token("auditor.farah");
        await("evaluation-service receives BidsOpened").atMost(PATIENCE).untilAsserted(() ->
                given().baseUri(Platform.url("evaluation-service")).auth().oauth2(auditor)
                        .get("/api/evaluations/{ocid}", ocid).then().statusCode(200)
                        .body("status", equalTo("bids_opened")).body("bidCount", equalTo(2)));
        await("tender-service moves the tender to evaluation").atMost(PATIENCE).untilAsserted(() ->
                given().baseUri(Platform.url("tender-service")).get("/api/notices/{ocid}", ocid).then()
                        .statusCode(200).body("statusDetails", equalTo("evaluation")));
    }

    private static String collect(String ocid, String officer) {
        return given().baseUri(Platform.url("bid-service")).auth().oauth2(Platform.token(officer))
                .post("/api/tenders/{ocid}/key-shares/mine", ocid).then().statusCode(200).extract().path("text");
    }

    /** Submits a bid for lot 1; returns its envelope hash from the signed receipt, after checking the signature. */
    private static String bid(String ocid, String supplier, String amount) {
        String receipt = given().baseUri(Platform.url("bid-service")).auth().oauth2(Platform.token(supplier))
                .contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"lots\": [{\"lotId\": \"lot-1\", \"price\": {\"amount\": " + amount
                        + ", \"currency\": \"EUR\"}}]}")
                .post("/api/tenders/{ocid}/bids", ocid).then().statusCode(201).extract().asString();
        java.util.Map<String, Object> fields = new java.util.HashMap<>(io.restassured.path.json.JsonPath.from(receipt)
                .getMap(""));
        fields.remove("signedText");
        given().baseUri(Platform.url("bid-service")).contentType(ContentType.JSON).body(fields)
                .post("/api/receipts/verify").then().statusCode(200).body("valid", equalTo(true));
        return io.restassured.path.json.JsonPath.from(receipt).getString("envelopeSha256");
    }

    private static io.restassured.response.ValidatableResponse handIn(String ocid, String officer, String card) {
        return given().baseUri(Platform.url("bid-service")).auth().oauth2(Platform.token(officer))
                .contentType(ContentType.JSON).body("{\"card\": \"" + card + "\"}")
                .post("/api/tenders/{ocid}/opening/shares", ocid).then();
    }
}
