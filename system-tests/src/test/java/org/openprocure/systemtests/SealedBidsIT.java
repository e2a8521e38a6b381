package org.openprocure.systemtests;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * From sealed bids to a confirmed award across the platform, with real Keycloak tokens: two suppliers bid
 * on a published tender, the deadline passes on the platform's clocks, two of the three key holders open,
 * the opening record lists both bids with their prices, and evaluation- and tender-service take it from
 * BidsOpened. The buyer names the evaluation committee; both evaluators declare no conflict, the chair
 * qualifies both bids and proposes the lowest price; the lot without bids is declared unsuccessful; the
 * standstill passes on the clocks and the award is confirmed: tender-service shows the tender awarded, the
 * public sees the award notice, and contract-service's read model holds the award with its supplier and
 * value. The buyer signs the contract and pays it in two instalments, and the process's OCDS record
 * holds its tender, award, contract and payments in the compiled release.
 */
class SealedBidsIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void twoSuppliersBidTwoOfThreeKeyHoldersOpenAndTheCommitteeAwardsTheLowestPrice() {
        String title = "Sealed bids across the platform " + UUID.randomUUID();
        String ocid = Platform.publishDemoTender("officer.anna", title);
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

        String evaluations = Platform.url("evaluation-service");
        String dana = Platform.token("evaluator.dana");
        String ines = Platform.token("evaluator.ines");
        given().baseUri(evaluations).auth().oauth2(Platform.token("officer.anna")).contentType(ContentType.JSON)
                .body("{\"members\": [{\"username\": \"evaluator.dana\", \"name\": \"Dana Novák\", \"chair\": true},"
                        + " {\"username\": \"evaluator.ines\", \"name\": \"Inês Ferreira\", \"chair\": false}]}")
                .put("/api/evaluations/{ocid}/committee", ocid).then().statusCode(200);
        // Nothing of the bids before the declaration.
        given().baseUri(evaluations).auth().oauth2(dana).get("/api/evaluations/{ocid}/bids", ocid).then()
                .statusCode(403);
        String noConflict = "{\"declarations\": [{\"bidderId\": \"supplier-acme\", \"conflictOfInterest\": false},"
                + " {\"bidderId\": \"supplier-zielinski\", \"conflictOfInterest\": false}]}";
        for (String evaluator : List.of(dana, ines)) {
            given().baseUri(evaluations).auth().oauth2(evaluator).contentType(ContentType.JSON).body(noConflict)
                    .put("/api/evaluations/{ocid}/declarations/mine", ocid).then().statusCode(200)
                    .body("recused", equalTo(false));
        }
        List<String> bidIds = given().baseUri(evaluations).auth().oauth2(dana)
                .get("/api/evaluations/{ocid}/bids", ocid).then().statusCode(200)
                .body("bidderId", equalTo(List.of("supplier-acme", "supplier-zielinski")))
                .extract().path("bidId");
        for (String bidId : bidIds) {
            given().baseUri(evaluations).auth().oauth2(dana).contentType(ContentType.JSON)
                    .body("{\"qualified\": true, \"reason\": \"Turnover and two comparable contracts shown.\","
                            + " \"documents\": []}")
                    .put("/api/evaluations/{ocid}/bids/{bidId}/lots/lot-1/qualification", ocid, bidId).then()
                    .statusCode(200);
        }
        given().baseUri(evaluations).auth().oauth2(dana).post("/api/evaluations/{ocid}/lots/lot-1/proposal", ocid)
                .then().statusCode(201).body("supplier.id", equalTo("supplier-zielinski"))
                .body("value.amount", equalTo(99800.50f));
        given().baseUri(evaluations).auth().oauth2(dana).post("/api/evaluations/{ocid}/lots/lot-2/proposal", ocid)
                .then().statusCode(200);

        Platform.advanceClocks(Duration.ofDays(11));
        await("the standstill passes and the award is confirmed").atMost(PATIENCE).untilAsserted(() ->
                given().baseUri(evaluations).get("/api/awards/{ocid}", ocid).then().statusCode(200)
                        .body("lots[0].status", equalTo("awarded"))
                        .body("lots[0].award.supplier.name", equalTo("Zieliński i Synowie sp. z o.o."))
                        .body("lots[1].status", equalTo("unsuccessful")));
        given().baseUri(evaluations).get("/api/awards/{ocid}/lots/lot-1/notice.pdf", ocid).then().statusCode(200)
                .contentType("application/pdf");
        await("tender-service shows the tender awarded").atMost(PATIENCE).untilAsserted(() ->
                given().baseUri(Platform.url("tender-service")).get("/api/notices/{ocid}", ocid).then()
                        .statusCode(200).body("statusDetails", equalTo("awarded"))
                        .body("lots[0].award.status", equalTo("active"))
                        .body("lots[0].award.supplier.name", equalTo("Zieliński i Synowie sp. z o.o."))
                        .body("lots[0].award.value.amount", equalTo(99800.50f))
                        .body("lots[1].status", equalTo("unsuccessful")));
        await("contract-service's read model holds the award").atMost(PATIENCE).untilAsserted(() ->
                given().baseUri(Platform.url("contract-service")).auth().oauth2(auditor)
                        .get("/api/analytics/processes/{ocid}", ocid).then().statusCode(200)
                        .body("awards.find { it.lotId == 'lot-1' }.status", equalTo("active"))
                        .body("awards.find { it.lotId == 'lot-1' }.supplier.id", equalTo("supplier-zielinski"))
                        .body("awards.find { it.lotId == 'lot-1' }.value.amount", equalTo(99800.50f))
                        .body("awards.find { it.lotId == 'lot-1' }.value.currency", equalTo("EUR"))
                        .body("awards.find { it.lotId == 'lot-2' }.status", equalTo("unsuccessful")));

        // The contract: signed by the buyer, paid twice; then the process's OCDS record holds it all.
        String contracts = Platform.url("contract-service");
        String anna = Platform.token("officer.anna");
        String contractId = await("contract-service opens the award's contract").atMost(PATIENCE).until(() ->
                given().baseUri(contracts).queryParam("ocid", ocid).get("/api/contracts").then().statusCode(200)
                        .extract().path("items.find { it.lotId == 'lot-1' }.contractId"), id -> id != null);
        Instant now = Platform.serverTime();
        given().baseUri(contracts).auth().oauth2(anna).contentType(ContentType.JSON)
                .body("{\"dateSigned\": \"" + now + "\", \"value\": {\"amount\": 99800.50,"
                        + " \"currency\": \"EUR\"}, \"period\": {\"startDate\": \"" + now + "\", \"endDate\": \""
                        + now.plus(Duration.ofDays(90)) + "\"}, \"document\": {\"title\": \"Signed contract\","
                        + " \"fileName\": \"contract.pdf\", \"content\": \"" + Platform.onePagePdfBase64("Contract") + "\"}}")
                .post("/api/contracts/{id}/signature", contractId).then().log().ifValidationFails().statusCode(200).body("status", equalTo("active"));
        for (String amount : List.of("40000.00", "59800.50")) {
            given().baseUri(contracts).auth().oauth2(anna).contentType(ContentType.JSON)
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .body("{\"date\": \"" + Platform.serverTime() + "\", \"value\": {\"amount\": " + amount
                            + ", \"currency\": \"EUR\"}, \"milestoneId\": null, \"description\": \"Instalment\"}")
                    .post("/api/contracts/{id}/payments", contractId).then().log().ifValidationFails().statusCode(201);
        }
        await("the process's OCDS record holds tender, award, contract and payments").atMost(PATIENCE)
                .untilAsserted(() -> given().baseUri(contracts).get("/api/ocds/records/{ocid}", ocid).then()
                        .statusCode(200)
                        .body("records[0].ocid", equalTo(ocid))
                        .body("records[0].compiledRelease.tender.title", equalTo(title))
                        .body("records[0].compiledRelease.awards.find { it.status == 'active' }.suppliers[0].name",
                                equalTo("Zieliński i Synowie sp. z o.o."))
                        .body("records[0].compiledRelease.contracts[0].status", equalTo("active"))
                        .body("records[0].compiledRelease.contracts[0].value.amount", equalTo(99800.50f))
                        .body("records[0].compiledRelease.contracts[0].implementation.transactions.value.amount",
                                equalTo(List.of(40000.00f, 59800.50f))));
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
