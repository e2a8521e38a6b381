package org.openprocure.tender.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.openprocure.tender.rest.TenderRequests.draft;
import static org.openprocure.tender.rest.TenderRequests.item;
import static org.openprocure.tender.rest.TenderRequests.lot;
import static org.openprocure.tender.rest.TenderRequests.openConsultation;
import static org.openprocure.tender.rest.TenderRequests.postJson;
import static org.openprocure.tender.rest.TenderRequests.publish;
import static org.openprocure.tender.rest.TenderRequests.reason;
import static org.openprocure.tender.rest.TenderRequests.validDraft;
import static org.openprocure.tender.rest.TenderRequests.withSchedule;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openprocure.stack.PostgresTestResource;

/**
 * The public notice board. Each test publishes its own five tenders under a word of its own and
 * searches with that word, so that other tests' tenders in the shared database do not count.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "tender"))
class NoticeSearchApiTest extends TenderApiTestSupport {

    private String word;
    private String alpha;
    private String bravo;
    private String charlie;
    private String echo;
    private String charlieOcid;

    /**
     * Alpha: Northvale, tendering, 125 000, bids until +30 days, road works (CPV 4523...), public at +1h.
     * Bravo: Northvale, in consultation, 60 000, until +40 days, asphalt (44113620-7), public at +2h.
     * Charlie: Harbourside, tendering, 300 000, until +45 days, engineering consultancy (71311000-1), +3h.
     * Echo: Northvale, cancelled, 15 000, until +20 days, road works, public at +4h.
     * Delta: Northvale's draft, never public.
     */
    @BeforeEach
    void fiveTenders() {
        word = "Board" + UUID.randomUUID().toString().substring(0, 8);
        Personas.officer();
        clock.advance(Duration.ofHours(1));
        alpha = word + " Alpha road resurfacing";
        publish(draft(withSchedule(validDraft(now(), alpha), inDays(20), inDays(30))));

        clock.advance(Duration.ofHours(1));
        bravo = word + " Bravo asphalt supply";
        ObjectNode asphalt = withSchedule(validDraft(now(), bravo), inDays(20), inDays(40));
        asphalt.put("mainProcurementCategory", "goods").put("consultationEnd", inDays(8).toString());
        ((ArrayNode) asphalt.get("lots")).remove(1);
        lot(asphalt, 0).put("estimatedValue", new BigDecimal("60000.00"));
        item(asphalt, 0, 0).put("classification", "44113620-7").put("unit", "t").put("quantity", 900);
        openConsultation(draft(asphalt));

        Personas.otherOfficer();
        clock.advance(Duration.ofHours(1));
        charlie = word + " Charlie harbour design";
        ObjectNode design = withSchedule(validDraft(now(), charlie), inDays(30), inDays(45));
        design.put("mainProcurementCategory", "services");
        ((ArrayNode) design.get("lots")).remove(1);
        lot(design, 0).put("estimatedValue", new BigDecimal("300000.00"));
        item(design, 0, 0).put("classification", "71311000-1").put("unit", "job").put("quantity", 1);
        charlieOcid = publish(draft(design));

        Personas.officer();
        clock.advance(Duration.ofHours(1));
        echo = word + " Echo kerb repairs";
        ObjectNode kerbs = withSchedule(validDraft(now(), echo), inDays(16), inDays(20));
        ((ArrayNode) kerbs.get("lots")).remove(1);
        lot(kerbs, 0).put("estimatedValue", new BigDecimal("15000.00"));
        String echoId = draft(kerbs);
        publish(echoId);
        postJson("/api/tenders/{id}/cancel", reason("Repairs done under the maintenance contract."), echoId)
                .statusCode(200);

        draft(validDraft(now(), word + " Delta never published"));
        Personas.anonymous();
    }

    private RequestSpecification board() {
        return given().queryParam("q", word);
    }

    private List<String> titles(RequestSpecification request) {
        return request.get("/api/notices").then().statusCode(200).extract().path("items.title");
    }

    @Test
    void theTextFindsEveryPublicTenderAndNeverADraft() {
        board().get("/api/notices").then().statusCode(200)
                .body("total", equalTo(4))
                .body("page", equalTo(0))
                .body("size", equalTo(20))
                .body("items", hasSize(4));
        assertEquals(List.of(charlie), titles(given().queryParam("q", word.toLowerCase() + " charlie HARBOUR")));
        assertEquals(List.of(charlie), titles(given().queryParam("q", charlieOcid)), "the ocid is searched too");
        given().queryParam("q", "harbourside PORT authority").queryParam("size", 100).get("/api/notices").then()
                .body("items.title", hasItem(charlie));
        given().queryParam("q", word + " Delta").get("/api/notices").then().body("total", equalTo(0));
    }

    @Test
    void aNoticeShowsWhatTheBoardLists() {
        board().queryParam("sort", "title").get("/api/notices").then()
                .body("items[2].title", equalTo(charlie))
                .body("items[2].buyer.id", equalTo(Personas.HARBOURSIDE))
                .body("items[2].buyer.name", equalTo(Personas.HARBOURSIDE_NAME))
                .body("items[2].procurementMethod", equalTo("open"))
                .body("items[2].mainProcurementCategory", equalTo("services"))
                .body("items[2].value.amount", equalTo(300000.0f))
                .body("items[2].value.currency", equalTo("EUR"))
                .body("items[2].submissionDeadline", equalTo(inDays(45).toString()))
                .body("items[2].publishedAt", equalTo(inDays(0).plus(Duration.ofHours(3)).toString()))
                .body("items[2].status", equalTo("active"))
                .body("items[2].statusDetails", equalTo("tendering"))
                .body("items[1].publishedAt", equalTo(inDays(0).plus(Duration.ofHours(2)).toString()));
    }

    @Test
    void cpvCodesFilterByTheirLeadingDigits() {
        assertEquals(List.of(alpha, echo), titles(board().queryParam("cpv", "4523").queryParam("sort", "title")));
        assertEquals(List.of(bravo), titles(board().queryParam("cpv", "44113620-7")));
        assertEquals(List.of(charlie), titles(board().queryParam("cpv", "7")));
        assertEquals(List.of(), titles(board().queryParam("cpv", "4524")));
    }

    @Test
    void theBuyerFiltersByOrganisation() {
        assertEquals(List.of(charlie), titles(board().queryParam("buyer", Personas.HARBOURSIDE)));
        assertEquals(List.of(alpha, bravo, echo),
                titles(board().queryParam("buyer", Personas.NORTHVALE).queryParam("sort", "title")));
    }

    @Test
    void theStatusIsAnOcdsStatusOrAStage() {
        assertEquals(List.of(alpha, charlie), titles(board().queryParam("status", "active").queryParam("sort", "title")));
        assertEquals(List.of(alpha, charlie),
                titles(board().queryParam("status", "tendering").queryParam("sort", "title")));
        assertEquals(List.of(bravo), titles(board().queryParam("status", "planning")));
        assertEquals(List.of(bravo), titles(board().queryParam("status", "consultation")));
        assertEquals(List.of(echo), titles(board().queryParam("status", "cancelled")));
        assertEquals(List.of(alpha, bravo, charlie),
                titles(board().queryParam("status", "planning,active").queryParam("sort", "title")));
        assertEquals(List.of(), titles(board().queryParam("status", "complete")));
    }

    @Test
    void deadlinesAndValuesFilterByRanges() {
        assertEquals(List.of(alpha, bravo), titles(board().queryParam("deadlineFrom", "2026-12-30")
                .queryParam("deadlineTo", "2027-01-09").queryParam("sort", "deadline")));
        assertEquals(List.of(alpha), titles(board().queryParam("deadlineFrom", inDays(30).toString())
                .queryParam("deadlineTo", inDays(30).toString())));
        assertEquals(List.of(bravo, charlie),
                titles(board().queryParam("deadlineFrom", inDays(31).toString()).queryParam("sort", "deadline")));
        assertEquals(List.of(echo), titles(board().queryParam("deadlineTo", "2026-12-20")));
        assertEquals(List.of(bravo, alpha), titles(board().queryParam("valueMin", "50000")
                .queryParam("valueMax", "125000.00").queryParam("sort", "value")));
        assertEquals(List.of(charlie), titles(board().queryParam("valueMin", "125000.01")));
        assertEquals(List.of(echo), titles(board().queryParam("valueMax", "15000")));
    }

    @Test
    void everySortKeyOrdersBothWays() {
        Map<String, List<String>> ascending = Map.of(
                "published", List.of(alpha, bravo, charlie, echo),
                "deadline", List.of(echo, alpha, bravo, charlie),
                "value", List.of(echo, bravo, alpha, charlie),
                "title", List.of(alpha, bravo, charlie, echo));
        ascending.forEach((key, order) -> {
            assertEquals(order, titles(board().queryParam("sort", key)), "sort=" + key);
            List<String> descending = new ArrayList<>(order);
            Collections.reverse(descending);
            assertEquals(descending, titles(board().queryParam("sort", "-" + key)), "sort=-" + key);
        });
        assertEquals(List.of(echo, charlie, bravo, alpha), titles(board()), "newest first by default");
    }

    @Test
    void pagesCountTheWholeResult() {
        board().queryParam("sort", "title").queryParam("size", 3).get("/api/notices").then()
                .body("total", equalTo(4)).body("page", equalTo(0)).body("size", equalTo(3))
                .body("items.title", equalTo(List.of(alpha, bravo, charlie)));
        board().queryParam("sort", "title").queryParam("size", 3).queryParam("page", 1).get("/api/notices").then()
                .body("total", equalTo(4)).body("page", equalTo(1))
                .body("items.title", equalTo(List.of(echo)));
        board().queryParam("size", 3).queryParam("page", 2).get("/api/notices").then()
                .body("total", equalTo(4)).body("items", hasSize(0));
        board().queryParam("cpv", "4523").queryParam("size", 1).get("/api/notices").then()
                .body("total", equalTo(2)).body("items", hasSize(1));
    }

    @Test
    void aBadParameterIsRefusedNamingIt() {
        Map<String, String[]> bad = new LinkedHashMap<>();
        bad.put("cpv", new String[] {"45x", "a CPV code"});
        bad.put("status", new String[] {"draft", "neither an OCDS tender status"});
        bad.put("sort", new String[] {"price", "sort by published, deadline, value or title"});
        bad.put("deadlineFrom", new String[] {"tomorrow", "neither a date"});
        bad.put("deadlineTo", new String[] {"2026-13-01", "neither a date"});
        bad.put("valueMin", new String[] {"-5", "between 0"});
        bad.put("valueMax", new String[] {"lots", "not a number"});
        bad.put("size", new String[] {"0", "from 1 to 100"});
        bad.put("page", new String[] {"-1", "whole number"});
        bad.forEach((name, value) -> given().queryParam(name, value[0]).get("/api/notices").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo(name))
                .body("errors[0].message", containsString(value[1])));

        given().queryParam("status", "active,open").get("/api/notices").then().statusCode(400)
                .body("errors[0].field", equalTo("status"))
                .body("errors[0].message", containsString("'open'"));
        given().queryParam("valueMin", "500").queryParam("valueMax", "100").get("/api/notices").then()
                .statusCode(400).body("errors[0].field", equalTo("valueMin"));
        given().queryParam("deadlineFrom", "2027-01-02").queryParam("deadlineTo", "2027-01-01")
                .get("/api/notices").then().statusCode(400).body("errors[0].field", equalTo("deadlineFrom"));
    }
}
