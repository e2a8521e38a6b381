package org.openprocure.tender.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openprocure.tender.rest.TenderRequests.consultationDraft;
import static org.openprocure.tender.rest.TenderRequests.comment;
import static org.openprocure.tender.rest.TenderRequests.criterion;
import static org.openprocure.tender.rest.TenderRequests.draft;
import static org.openprocure.tender.rest.TenderRequests.item;
import static org.openprocure.tender.rest.TenderRequests.lot;
import static org.openprocure.tender.rest.TenderRequests.openConsultation;
import static org.openprocure.tender.rest.TenderRequests.postJson;
import static org.openprocure.tender.rest.TenderRequests.publish;
import static org.openprocure.tender.rest.TenderRequests.postComment;
import static org.openprocure.tender.rest.TenderRequests.putJson;
import static org.openprocure.tender.rest.TenderRequests.ratedDraft;
import static org.openprocure.tender.rest.TenderRequests.read;
import static org.openprocure.tender.rest.TenderRequests.unique;
import static org.openprocure.tender.rest.TenderRequests.validDraft;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openprocure.stack.PostgresTestResource;

/** Drafting a tender: the rules its terms must follow, who sees a draft, and changing it before publication. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "tender"))
class DraftApiTest extends TenderApiTestSupport {

    @Test
    void anOfficerDraftsATenderThatOnlyTheirOrganisationSees() {
        Personas.officer();
        String title = unique("Resurfacing of Harbour Road");
        String id = postJson("/api/tenders", validDraft(now(), title)).statusCode(201)
                .header("Location", containsString("/api/tenders/"))
                .body("status", equalTo("planning"))
                .body("statusDetails", equalTo("draft"))
                .body("ocid", nullValue())
                .body("noticeVersion", nullValue())
                .body("buyer.id", equalTo(Personas.NORTHVALE))
                .body("buyer.name", equalTo(Personas.NORTHVALE_NAME))
                .body("value.amount", equalTo(125000.0f))
                .body("value.currency", equalTo("EUR"))
                .body("lots.id", equalTo(List.of("lot-1", "lot-2")))
                .body("lots[0].items[0].id", equalTo("item-1"))
                .body("lots[1].items[0].id", equalTo("item-2"))
                .body("lots[0].items[0].classification.scheme", equalTo("CPV"))
                .body("lots[0].items[0].classification.id", equalTo("45233252-0"))
                .body("lots[0].items[0].classification.description", equalTo("Surface work for streets"))
                .body("lots.status", everyItem(equalTo("active")))
                .body("openingCommittee.threshold", equalTo(2))
                .body("openingCommittee.members", hasSize(3))
                .body("consultationPeriod", nullValue())
                .body("documents", hasSize(0))
                .extract().path("id");

        given().get("/api/tenders/{id}", id).then().statusCode(200).body("title", equalTo(title));
        given().get("/api/tenders").then().statusCode(200).body("id", hasItem(id));

        Personas.anonymous();
        given().get("/api/tenders/{id}", id).then().statusCode(404).contentType("application/problem+json");
        Personas.supplierAcme();
        given().get("/api/tenders/{id}", id).then().statusCode(404).contentType("application/problem+json");
        Personas.otherOfficer();
        given().get("/api/tenders/{id}", id).then().statusCode(404).contentType("application/problem+json");
        given().get("/api/tenders").then().statusCode(200).body("id", not(hasItem(id)));
    }

    @Test
    void theOfficersListShowsEachTenderExactlyAsItsOwnViewDoes() {
        Personas.officer();
        String plain = draft(validDraft(now(), unique("Street trees planting")));
        String consulted = draft(consultationDraft(now(), unique("Park lighting")));
        String ocid = openConsultation(consulted);
        Personas.anonymous();
        postComment(ocid, comment("Split lot 1 into two smaller lots."));
        postComment(ocid, comment("A longer deadline would help small firms."));

        Personas.officer();
        JsonNode list = read(given().get("/api/tenders").then().statusCode(200).extract().asString());
        List<String> ids = new java.util.ArrayList<>();
        for (JsonNode entry : list) {
            String id = entry.get("id").asText();
            ids.add(id);
            assertEquals(read(given().get("/api/tenders/{id}", id).then().statusCode(200).extract().asString()), entry,
                    "the list entry of " + id);
        }
        assertTrue(ids.containsAll(List.of(plain, consulted)), ids.toString());
        JsonNode consultedEntry = list.get(ids.indexOf(consulted));
        assertEquals(2, consultedEntry.at("/comments/total").asInt());
        assertEquals(2, consultedEntry.at("/comments/unanswered").asInt());
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = "buyer-northvale"))
    void theOrganisationsTendersAreListedNewestFirst() {
        String older = draft(validDraft(now(), unique("Older draft")));
        clock.advance(Duration.ofHours(1));
        String newer = draft(validDraft(now(), unique("Newer draft")));

        List<String> ids = given().get("/api/tenders").then().statusCode(200)
                .body("buyer.id", everyItem(equalTo(Personas.NORTHVALE)))
                .extract().path("id");
        assertTrue(ids.indexOf(newer) >= 0 && ids.indexOf(newer) < ids.indexOf(older),
                "the newer draft comes first");
    }

    /** Each rule of a tender's terms, broken on purpose, and the field the refusal names. */
    enum BrokenRule {
        CPV_MALFORMED("lots[0].items[0].classification", "must be 8 digits, a dash and a check digit",
                body -> item(body, 0, 0).put("classification", "4523325-0")),
        CPV_WRONG_CHECK_DIGIT("lots[0].items[0].classification", "check digit of 45233252 is 0, not 7",
                body -> item(body, 0, 0).put("classification", "45233252-7")),
        CPV_UNKNOWN("lots[1].items[0].classification", "is not in the CPV 2008 vocabulary",
                body -> item(body, 1, 0).put("classification", "12345678-9")),
        PRICE_ONLY_WITH_CRITERIA("criteria", "priceOnly",
                body -> body.putArray("criteria").add(criterion("Price", "price", 100))),
        WEIGHTS_NOT_SUMMING_TO_100("criteria", "the weights must sum to 100, not 90", body -> {
            body.put("awardCriteria", "ratedCriteria");
            body.putArray("criteria").add(criterion("Price", "price", 60))
                    .add(criterion("Technical approach", "quality", 30));
        }),
        NO_PRICE_CRITERION("criteria", "exactly one price criterion", body -> {
            body.put("awardCriteria", "ratedCriteria");
            body.putArray("criteria").add(criterion("Method statement", "quality", 50))
                    .add(criterion("Technical approach", "quality", 50));
        }),
        WEIGHT_OUT_OF_RANGE("criteria[1].weight", "must be between 1 and 99", body -> {
            body.put("awardCriteria", "ratedCriteria");
            body.putArray("criteria").add(criterion("Price", "price", 100))
                    .add(criterion("Technical approach", "quality", 0));
        }),
        DUPLICATE_CRITERION_NAMES("criteria[2].name", "is named twice", body -> {
            body.put("awardCriteria", "ratedCriteria");
            body.putArray("criteria").add(criterion("Price", "price", 40))
                    .add(criterion("Technical approach", "quality", 30))
                    .add(criterion("technical approach ", "quality", 30));
        }),
        LOT_WITHOUT_ITEMS("lots[1].items", "", body -> lot(body, 1).putArray("items")),
        ITEM_QUANTITY_ZERO("lots[0].items[0].quantity", "must be greater than 0",
                body -> item(body, 0, 0).put("quantity", 0)),
        ITEM_QUANTITY_NEGATIVE("lots[1].items[0].quantity", "must be greater than 0",
                body -> item(body, 1, 0).put("quantity", new BigDecimal("-1.5"))),
        CONSULTATION_END_AFTER_ENQUIRY_DEADLINE("consultationEnd", "must be before the enquiry deadline",
                body -> body.put("consultationEnd", body.get("submissionDeadline").asText()));

        final String field;
        final String message;
        final Consumer<ObjectNode> breakIt;

        BrokenRule(String field, String message, Consumer<ObjectNode> breakIt) {
            this.field = field;
            this.message = message;
            this.breakIt = breakIt;
        }
    }

    @ParameterizedTest
    @EnumSource(BrokenRule.class)
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = "buyer-northvale"))
    void aDraftBreakingARuleIsRefusedNamingTheFieldAndNothingIsStored(BrokenRule rule) {
        ObjectNode body = validDraft(now(), unique("Broken " + rule));
        rule.breakIt.accept(body);
        Map<String, Long> before = databaseState();

        postJson("/api/tenders", body).statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem(rule.field))
                .body("errors.find { it.field == '" + rule.field + "' }.message", containsString(rule.message));

        assertEquals(before, databaseState(), "a refused draft stores nothing");
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = "buyer-northvale"))
    void aValidRatedCriteriaDraftKeepsItsWeights() {
        postJson("/api/tenders", ratedDraft(now(), unique("Rated"))).statusCode(201)
                .body("awardCriteria", equalTo("ratedCriteria"))
                .body("criteria.name", equalTo(List.of("Price", "Technical approach")))
                .body("criteria.type", equalTo(List.of("price", "quality")))
                .body("criteria.weight", equalTo(List.of(60, 40)));
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = "buyer-northvale"))
    void aDraftsTermsAreReplacedAndItsLotsAndItemsRenumbered() {
        String id = draft(validDraft(now(), unique("To be replaced")));
        ObjectNode replacement = validDraft(now(), unique("Replaced"));
        ArrayNode lots = (ArrayNode) replacement.get("lots");
        lots.remove(0);
        lot(replacement, 0).put("estimatedValue", new BigDecimal("30000.00"));

        putJson("/api/tenders/{id}", replacement, id).statusCode(200)
                .body("title", equalTo(replacement.get("title").asText()))
                .body("lots.id", equalTo(List.of("lot-1")))
                .body("lots[0].title", equalTo("Road markings"))
                .body("lots[0].items[0].id", equalTo("item-1"))
                .body("value.amount", equalTo(30000.0f));
        given().get("/api/tenders/{id}", id).then().statusCode(200).body("lots", hasSize(1));
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = "buyer-northvale"))
    void replacingTermsIsHeldToTheSameRules() {
        String id = draft(validDraft(now(), unique("Kept as it was")));
        ObjectNode broken = validDraft(now(), unique("Broken replacement"));
        item(broken, 0, 0).put("classification", "45233252-7");
        Map<String, Long> before = databaseState();

        putJson("/api/tenders/{id}", broken, id).statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("lots[0].items[0].classification"));

        assertEquals(before, databaseState());
        given().get("/api/tenders/{id}", id).then().body("lots[0].items[0].classification.id", equalTo("45233252-0"));
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = "buyer-northvale"))
    void duringTheConsultationTheTextMayChangeButNotTheConsultationsEnd() {
        String id = draft(consultationDraft(now(), unique("Consulted")));
        openConsultation(id);
        String end = given().get("/api/tenders/{id}", id).then().extract().path("consultationPeriod.endDate");
        ObjectNode changed = consultationDraft(now(), unique("Consulted, revised"));
        changed.put("description", "Milling, resurfacing and new kerbs.");
        changed.put("consultationEnd", now().plus(Duration.ofDays(6)).toString());

        putJson("/api/tenders/{id}", changed, id).statusCode(200)
                .body("statusDetails", equalTo("consultation"))
                .body("description", equalTo("Milling, resurfacing and new kerbs."))
                .body("consultationPeriod.endDate", equalTo(end));
    }

    @Test
    @TestSecurity(user = "officer.anna", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = "buyer-northvale"))
    void aPublishedTenderIsNotReplacedButAmended() {
        String id = draft(validDraft(now(), unique("Published as is")));
        publish(id);
        Map<String, Long> before = databaseState();

        putJson("/api/tenders/{id}", validDraft(now(), unique("Too late to replace")), id).statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("amendment"));

        assertEquals(before, databaseState());
    }
}
