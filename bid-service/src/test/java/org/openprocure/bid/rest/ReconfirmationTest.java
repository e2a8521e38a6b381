package org.openprocure.bid.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openprocure.events.EventTypes;
import org.openprocure.events.GoldenFixtures;
import org.openprocure.stack.PostgresTestResource;

/**
 * An amendment that asks for it (the golden TenderAmended: notice version 3, deadline 7 January 2027)
 * leaves earlier bids counted only once re-confirmed; the opening record says which were not.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "bid"))
class ReconfirmationTest extends BidApiTestSupport {

    @Test
    void bidsMadeBeforeAnAmendmentThatRequiresItAreMarkedUntilReplaced() {
        String ocid = "ocds-op7x2k-T-2026-004001";
        List<String> chain = GoldenFixtures.chainFor(ocid, UUID.randomUUID().toString(), EventTypes.TENDER_PUBLISHED,
                EventTypes.ENQUIRY_ASKED, EventTypes.ENQUIRY_ANSWERED, EventTypes.SUBMISSION_DEADLINE_EXTENDED,
                EventTypes.TENDER_AMENDED);
        connector.source("tender-events").send(chain.get(0));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/tenders/{ocid}/sealing-key", ocid).then().statusCode(200));
        String anna = card(ocid, "officer.anna");
        String bruno = card(ocid, "officer.bruno");
        bid(ocid, "supplier.acme", "supplier-acme", "1000.00").statusCode(201);

        chain.subList(1, 5).forEach(connector.source("tender-events")::send);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/tenders/{ocid}/submission-window", ocid).then()
                        .body("bidsMustBeReconfirmedSince", equalTo(3)));
        clock.advance(Duration.ofDays(1));
        bid(ocid, "supplier.zielinski", "supplier-zielinski", "900.00").statusCode(201);

        clock.set(Instant.parse("2027-01-07T12:00:00Z"));
        handIn(ocid, "officer.anna", anna).statusCode(200);
        handIn(ocid, "officer.bruno", bruno).statusCode(200).body("opened", equalTo(true));

        given().get("/api/tenders/{ocid}/opening", ocid).then().statusCode(200)
                .body("bids.bidderId", equalTo(List.of("supplier-acme", "supplier-zielinski")))
                .body("bids.reconfirmed", equalTo(List.of(false, true)));
    }
}
