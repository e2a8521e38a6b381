package org.openprocure.tender.rest;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Request bodies for the tender API, valid unless a test breaks them on purpose, and the few calls
 * that set a tender up for a test. The calls act as whoever the test made current ({@link Personas}
 * or {@code @TestSecurity}).
 */
final class TenderRequests {

    static final ObjectMapper JSON = new ObjectMapper();

    private TenderRequests() {
    }

    // ---- tender bodies ----

    /**
     * A lowest-price works tender of two lots (125 000 EUR): enquiries until +20 days, bids until +30
     * days, opening 30 minutes later. Items are {@code item-1} (lot-1) and {@code item-2} (lot-2).
     */
    static ObjectNode validDraft(Instant now, String title) {
        ObjectNode body = JSON.createObjectNode();
        body.put("title", title);
        body.put("description", "Milling and resurfacing of 1.2 km of carriageway, including markings.");
        body.put("procurementMethod", "open");
        body.put("mainProcurementCategory", "works");
        body.put("awardCriteria", "priceOnly");
        body.put("currency", "EUR");
        ArrayNode lots = body.putArray("lots");
        ObjectNode carriageway = lots.addObject().put("title", "Carriageway").put("description", "Milling and asphalt")
                .put("estimatedValue", new BigDecimal("100000.00"));
        carriageway.putArray("items").addObject().put("description", "Asphalt surfacing of the carriageway")
                .put("quantity", 8400).put("unit", "m2").put("classification", "45233252-0");
        ObjectNode markings = lots.addObject().put("title", "Road markings")
                .put("estimatedValue", new BigDecimal("25000.00"));
        markings.putArray("items").addObject().put("description", "Road-surface painting")
                .put("quantity", new BigDecimal("1.2")).put("unit", "km").put("classification", "45233221-4");
        body.put("enquiryDeadline", now.plus(Duration.ofDays(20)).toString());
        body.put("submissionDeadline", now.plus(Duration.ofDays(30)).toString());
        body.put("openingDate", now.plus(Duration.ofDays(30)).plus(Duration.ofMinutes(30)).toString());
        body.put("bidValidityDays", 90);
        ObjectNode committee = body.putObject("openingCommittee");
        committee.put("threshold", 2);
        ArrayNode members = committee.putArray("members");
        members.addObject().put("username", "officer.anna").put("name", "Anna Kowalczyk");
        members.addObject().put("username", "officer.bruno").put("name", "Bruno Díaz");
        members.addObject().put("username", "officer.chloe").put("name", "Chloé Martin");
        return body;
    }

    /** {@link #validDraft} weighing quality: price 60, technical approach 40. */
    static ObjectNode ratedDraft(Instant now, String title) {
        ObjectNode body = validDraft(now, title);
        body.put("awardCriteria", "ratedCriteria");
        ArrayNode criteria = body.putArray("criteria");
        criteria.add(criterion("Price", "price", 60));
        criteria.add(criterion("Technical approach", "quality", 40));
        return body;
    }

    /** {@link #validDraft} with a consultation until +7 days. */
    static ObjectNode consultationDraft(Instant now, String title) {
        return validDraft(now, title).put("consultationEnd", now.plus(Duration.ofDays(7)).toString());
    }

    static ObjectNode criterion(String name, String type, int weight) {
        return JSON.createObjectNode().put("name", name).put("type", type).put("weight", weight);
    }

    /** Moves the enquiry deadline and the submission deadline (the opening follows 30 minutes later). */
    static ObjectNode withSchedule(ObjectNode body, Instant enquiryDeadline, Instant submissionDeadline) {
        body.put("enquiryDeadline", enquiryDeadline.toString());
        body.put("submissionDeadline", submissionDeadline.toString());
        body.put("openingDate", submissionDeadline.plus(Duration.ofMinutes(30)).toString());
        return body;
    }

    static ObjectNode lot(ObjectNode body, int index) {
        return (ObjectNode) body.get("lots").get(index);
    }

    static ObjectNode item(ObjectNode body, int lot, int index) {
        return (ObjectNode) lot(body, lot).get("items").get(index);
    }

    // ---- small bodies ----

    static ObjectNode comment(String text) {
        return JSON.createObjectNode().put("text", text);
    }

    static ObjectNode comment(String text, ObjectNode target) {
        ObjectNode body = comment(text);
        body.set("target", target);
        return body;
    }

    static ObjectNode signedComment(String text, String name, String organisation) {
        ObjectNode body = comment(text);
        ObjectNode author = body.putObject("author");
        author.put("name", name);
        if (organisation != null) {
            author.put("organisation", organisation);
        }
        return body;
    }

    static ObjectNode target(String type) {
        return JSON.createObjectNode().put("type", type);
    }

    static ObjectNode sectionTarget(String section) {
        return target("section").put("section", section);
    }

    static ObjectNode lotTarget(String lotId) {
        return target("lot").put("lotId", lotId);
    }

    static ObjectNode itemTarget(String itemId) {
        return target("item").put("itemId", itemId);
    }

    static ObjectNode answer(String resolution, String text) {
        return JSON.createObjectNode().put("resolution", resolution).put("answer", text);
    }

    static ObjectNode reason(String text) {
        return JSON.createObjectNode().put("reason", text);
    }

    static ObjectNode enquiry(String question) {
        return JSON.createObjectNode().put("question", question);
    }

    static ObjectNode enquiry(String question, ObjectNode target) {
        ObjectNode body = enquiry(question);
        body.set("target", target);
        return body;
    }

    static ObjectNode enquiryAnswer(String text) {
        return JSON.createObjectNode().put("answer", text);
    }

    static ObjectNode amendment(String reason, JsonNode terms) {
        ObjectNode body = JSON.createObjectNode().put("reason", reason);
        body.set("terms", terms.deepCopy());
        return body;
    }

    static ObjectNode consultationEnd(Instant end) {
        return JSON.createObjectNode().put("end", end.toString());
    }

    /** A title nobody else's test uses, so searches and lists can be narrowed to one test's tenders. */
    static String unique(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    // ---- calls ----

    static ValidatableResponse postJson(String path, JsonNode body, Object... pathParams) {
        return given().contentType(ContentType.JSON).body(body.toString()).post(path, pathParams).then();
    }

    static ValidatableResponse putJson(String path, JsonNode body, Object... pathParams) {
        return given().contentType(ContentType.JSON).body(body.toString()).put(path, pathParams).then();
    }

    /** Drafts the tender; returns its id. */
    static String draft(ObjectNode body) {
        return postJson("/api/tenders", body).statusCode(201).extract().path("id");
    }

    /** Opens the consultation at the draft's {@code consultationEnd}; returns the ocid. */
    static String openConsultation(String id) {
        return given().contentType(ContentType.JSON).body("{}").post("/api/tenders/{id}/consultation", id).then()
                .statusCode(200).extract().path("ocid");
    }

    /** Publishes; returns the ocid. */
    static String publish(String id) {
        return given().post("/api/tenders/{id}/publish", id).then().statusCode(200).extract().path("ocid");
    }

    /** Posts a comment on the notice; returns its id. */
    static String postComment(String ocid, ObjectNode comment) {
        return postJson("/api/notices/{ocid}/comments", comment, ocid).statusCode(201).extract().path("id");
    }

    /** Asks a question; returns its id. */
    static String ask(String ocid, ObjectNode enquiry) {
        return postJson("/api/notices/{ocid}/enquiries", enquiry, ocid).statusCode(201).extract().path("id");
    }

    /** The public view of a notice, as JSON. */
    static JsonNode notice(String ocid) {
        return read(given().get("/api/notices/{ocid}", ocid).then().statusCode(200).extract().asString());
    }

    /** The terms of the latest version of a published tender, as a tender body (what an amendment starts from). */
    static ObjectNode currentTerms(String ocid) {
        List<Integer> versions = given().get("/api/notices/{ocid}/versions", ocid).then().statusCode(200)
                .extract().path("version");
        int latest = versions.get(versions.size() - 1);
        JsonNode version = read(given().get("/api/notices/{ocid}/versions/{n}", ocid, latest).then().statusCode(200)
                .extract().asString());
        return (ObjectNode) version.get("terms");
    }

    static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }
}
