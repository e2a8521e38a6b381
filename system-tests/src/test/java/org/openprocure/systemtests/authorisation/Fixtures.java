package org.openprocure.systemtests.authorisation;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openprocure.systemtests.Platform;

/**
 * The resources the matrix calls about, made through the APIs as people would: a Northvale tender (Anna's
 * organisation) consulted on (an anonymous comment, answered), with a document and a supplier's question
 * (Acme's, answered); bids by Acme and Borealis, opened by two key holders; the committee Dana (chair) and
 * Inês, who declare and qualify; Acme proposed, Borealis' complaint dismissed, the award confirmed after the
 * standstill; the contract signed by Anna with a milestone; and an anonymous integrity report about the tender
 * with an attachment; besides, a draft of Anna's, and two tenders still open for bids, each with a bid of Acme's.
 * Each value is named as the path variable it fills ({@code ocid}, {@code bidId}...).
 */
final class Fixtures {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    final Map<String, String> values = new LinkedHashMap<>();

    private Fixtures() {
    }

    String get(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalStateException("no fixture '" + name + "' among " + values.keySet());
        }
        return value;
    }

    static Fixtures create() {
        Fixtures f = new Fixtures();
        String tenders = Platform.url("tender-service");
        String bids = Platform.url("bid-service");
        String evaluations = Platform.url("evaluation-service");
        String contracts = Platform.url("contract-service");
        String anna = Platform.token("officer.anna");
        Instant start = Platform.serverTime();

        // A draft: public reads of a tender must not show it to anyone but its buyer's officers.
        f.values.put("draftId", as(anna, tenders).contentType(ContentType.JSON)
                .body(Platform.draftJson("Authorisation matrix — a draft " + UUID.randomUUID(), start))
                .post("/api/tenders").then().statusCode(201).extract().path("id"));
        String title = "Authorisation matrix — bus shelters " + UUID.randomUUID();
        String id = as(anna, tenders).contentType(ContentType.JSON)
                .body(Platform.draftJson(title, start.plus(Duration.ofDays(7))))
                .post("/api/tenders").then().statusCode(201).extract().path("id");
        f.values.put("tenderId", id);
        f.values.put("documentId", as(anna, tenders).contentType("application/pdf")
                .header("Content-Disposition", "attachment; filename=\"specification.pdf\"")
                .queryParam("title", "Technical specification")
                .body(java.util.Base64.getDecoder().decode(Platform.onePagePdfBase64("Specification")))
                .post("/api/tenders/{id}/documents", id).then().statusCode(201).extract().path("id"));
        String ocid = as(anna, tenders).contentType(ContentType.JSON)
                .body("{\"end\": \"" + start.plus(Duration.ofDays(6)) + "\"}")
                .post("/api/tenders/{id}/consultation", id).then().statusCode(200).extract().path("ocid");
        f.values.put("ocid", ocid);
        String commentId = given().baseUri(tenders).contentType(ContentType.JSON)
                .body("{\"text\": \"Please allow recycled steel.\", \"target\": {\"type\": \"tender\"}}")
                .post("/api/notices/{ocid}/comments", ocid).then().statusCode(201).extract().path("id");
        f.values.put("commentId", commentId);
        as(anna, tenders).contentType(ContentType.JSON)
                .body("{\"resolution\": \"accepted\", \"answer\": \"Recycled steel is allowed.\"}")
                .post("/api/tenders/{id}/comments/{commentId}/answer", id, commentId).then().statusCode(200);
        Platform.advanceClocks(Duration.ofDays(6).plusHours(1));
        as(anna, tenders).post("/api/tenders/{id}/publish", id).then().statusCode(200);

        String acme = Platform.token("supplier.acme");
        String enquiryId = as(acme, tenders).contentType(ContentType.JSON)
                .body("{\"question\": \"May the shelters be delivered in two batches?\", \"target\": {\"type\": \"tender\"}}")
                .post("/api/notices/{ocid}/enquiries", ocid).then().statusCode(201).extract().path("id");
        f.values.put("enquiryId", enquiryId);
        as(anna, tenders).contentType(ContentType.JSON).body("{\"answer\": \"Yes, two batches.\"}")
                .post("/api/tenders/{id}/enquiries/{enquiryId}/answer", id, enquiryId).then().statusCode(200);

        await("the tender's sealing key").atMost(PATIENCE).untilAsserted(() ->
                given().baseUri(bids).get("/api/tenders/{ocid}/sealing-key", ocid).then().statusCode(200));
        String annaCard = as(anna, bids).post("/api/tenders/{ocid}/key-shares/mine", ocid).then().statusCode(200)
                .extract().path("text");
        String chloe = Platform.token("officer.chloe");
        String chloeCard = as(chloe, bids).post("/api/tenders/{ocid}/key-shares/mine", ocid).then().statusCode(200)
                .extract().path("text");
        String acmeBid = bid(acme, ocid, "104250.00");
        f.values.put("bidId", acmeBid);
        String borealis = Platform.token("supplier.borealis");
        bid(borealis, ocid, "118900.00");

        Platform.advanceClocks(Duration.ofDays(32));
        for (Map.Entry<String, String> card : Map.of(anna, annaCard, chloe, chloeCard).entrySet()) {
            as(card.getKey(), bids).contentType(ContentType.JSON).body("{\"card\": \"" + card.getValue() + "\"}")
                    .post("/api/tenders/{ocid}/opening/shares", ocid).then().statusCode(200);
        }
        String farah = Platform.token("auditor.farah");
        await("evaluation-service receives BidsOpened").atMost(PATIENCE).untilAsserted(() ->
                as(farah, evaluations).get("/api/evaluations/{ocid}", ocid).then().statusCode(200)
                        .body("status", equalTo("bids_opened")));
        as(anna, evaluations).contentType(ContentType.JSON)
                .body("{\"members\": [{\"username\": \"evaluator.dana\", \"name\": \"Dana Novák\", \"chair\": true},"
                        + " {\"username\": \"evaluator.ines\", \"name\": \"Inês Ferreira\", \"chair\": false}]}")
                .put("/api/evaluations/{ocid}/committee", ocid).then().statusCode(200);
        String dana = Platform.token("evaluator.dana");
        String noConflict = "{\"declarations\": [{\"bidderId\": \"supplier-acme\", \"conflictOfInterest\": false},"
                + " {\"bidderId\": \"supplier-borealis\", \"conflictOfInterest\": false}]}";
        for (String evaluator : List.of(dana, Platform.token("evaluator.ines"))) {
            as(evaluator, evaluations).contentType(ContentType.JSON).body(noConflict)
                    .put("/api/evaluations/{ocid}/declarations/mine", ocid).then().statusCode(200);
        }
        List<String> bidIds = as(dana, evaluations).get("/api/evaluations/{ocid}/bids", ocid).then().statusCode(200)
                .extract().path("bidId");
        for (String bidId : bidIds) {
            as(dana, evaluations).contentType(ContentType.JSON)
                    .body("{\"qualified\": true, \"reason\": \"Turnover and references shown.\", \"documents\": []}")
                    .put("/api/evaluations/{ocid}/bids/{bidId}/lots/lot-1/qualification", ocid, bidId).then()
                    .statusCode(200);
        }
        as(dana, evaluations).post("/api/evaluations/{ocid}/lots/lot-1/proposal", ocid).then().statusCode(201)
                .body("supplier.id", equalTo("supplier-acme"));
        f.values.put("lotId", "lot-1");
        int complaint = as(borealis, evaluations).contentType(ContentType.JSON)
                .body("{\"text\": \"Acme's price cannot cover the steel.\"}")
                .post("/api/evaluations/{ocid}/lots/lot-1/complaints", ocid).then().statusCode(201)
                .extract().path("number");
        f.values.put("complaintNumber", Integer.toString(complaint));
        as(dana, evaluations).contentType(ContentType.JSON)
                .body("{\"decision\": \"dismissed\", \"reason\": \"The price was checked against the market.\"}")
                .post("/api/evaluations/{ocid}/lots/lot-1/complaints/{number}/decision", ocid, complaint).then()
                .statusCode(200);

        Platform.advanceClocks(Duration.ofDays(11));
        await("the award is confirmed").atMost(PATIENCE).untilAsserted(() ->
                given().baseUri(evaluations).get("/api/awards/{ocid}", ocid).then().statusCode(200)
                        .body("lots[0].status", equalTo("awarded")));
        String contractId = await("contract-service opens the contract").atMost(PATIENCE).until(() ->
                given().baseUri(contracts).queryParam("ocid", ocid).get("/api/contracts").then().statusCode(200)
                        .extract().path("items.find { it.lotId == 'lot-1' }.contractId"), c -> c != null);
        f.values.put("contractId", contractId);
        await("contract-service knows the buyer").atMost(PATIENCE).untilAsserted(() ->
                given().baseUri(contracts).get("/api/contracts/{id}", contractId).then().statusCode(200)
                        .body("buyer.id", equalTo("buyer-northvale")));
        Instant now = Platform.serverTime();
        as(anna, contracts).contentType(ContentType.JSON)
                .body("{\"dateSigned\": \"" + now + "\", \"value\": {\"amount\": 104250.00, \"currency\": \"EUR\"},"
                        + " \"period\": {\"startDate\": \"" + now + "\", \"endDate\": \"" + now.plus(Duration.ofDays(90))
                        + "\"}, \"document\": {\"title\": \"Signed contract\", \"fileName\": \"contract.pdf\","
                        + " \"content\": \"" + Platform.onePagePdfBase64("Contract") + "\"}}")
                .post("/api/contracts/{id}/signature", contractId).then().statusCode(200);
        as(anna, contracts).contentType(ContentType.JSON)
                .body("{\"title\": \"Delivery\", \"description\": \"All shelters delivered.\", \"dueDate\": \""
                        + now.plus(Duration.ofDays(30)) + "\", \"status\": \"scheduled\", \"dateMet\": null}")
                .put("/api/contracts/{id}/milestones/delivery", contractId).then().statusCode(200);
        f.values.put("milestoneId", "delivery");
        // Rendered once before the matrix asks for it eight times at once through the portal, whose calls to a
        // service give up after five seconds.
        given().baseUri(contracts).get("/api/contracts/{id}/summary.pdf", contractId).then().statusCode(200);

        var report = given().baseUri(contracts).contentType(ContentType.JSON)
                .body("{\"subject\": {\"type\": \"tender\", \"id\": \"" + ocid + "\"}, \"category\": \"bidRigging\","
                        + " \"description\": \"The two bids look coordinated.\", \"attachments\": [{\"content\": \""
                        + Platform.onePagePdfBase64("Evidence") + "\"}]}")
                .post("/api/integrity-reports").then().statusCode(201).extract();
        f.values.put("reference", report.path("reference"));
        f.values.put("followUpCode", report.path("followUpCode"));
        f.values.put("attachmentNumber", "1");
        f.values.put("releaseId", await("the process's releases").atMost(PATIENCE).until(() ->
                given().baseUri(contracts).get("/api/ocds/records/{ocid}", ocid).then().extract()
                        .path("records[0].releases[0].id"), r -> r != null));
        // Tenders still open for bids, one for the services' calls and one for the portal's, each with a bid of
        // Acme's that may be replaced and withdrawn.
        for (String prefix : List.of("open", "portalOpen")) {
            String open = Platform.publishDemoTender("officer.anna", "Authorisation matrix — open " + UUID.randomUUID());
            await("the open tender's sealing key").atMost(PATIENCE).untilAsserted(() ->
                    given().baseUri(bids).get("/api/tenders/{ocid}/sealing-key", open).then().statusCode(200));
            f.values.put(prefix + "Ocid", open);
            f.values.put(prefix + "BidId", bid(acme, open, "99000.00"));
        }
        f.values.put("version", "1");
        f.values.put("buyerId", "buyer-northvale");
        f.values.put("supplierId", "supplier-acme");
        return f;
    }

    private static RequestSpecification as(String token, String baseUri) {
        return given().baseUri(baseUri).auth().oauth2(token);
    }

    private static String bid(String token, String ocid, String amount) {
        return as(token, Platform.url("bid-service")).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"lots\": [{\"lotId\": \"lot-1\", \"price\": {\"amount\": " + amount
                        + ", \"currency\": \"EUR\"}}]}")
                .post("/api/tenders/{ocid}/bids", ocid).then().statusCode(201).extract().path("bidId");
    }
}
