package org.openprocure.tender.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;

/** Request bodies for the tender API, valid unless a test breaks them on purpose. */
final class TenderRequests {

    static final ObjectMapper JSON = new ObjectMapper();

    private TenderRequests() {
    }

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
                .put("estimatedValue", new java.math.BigDecimal("100000.00"));
        carriageway.putArray("items").addObject().put("description", "Asphalt surfacing of the carriageway")
                .put("quantity", 8400).put("unit", "m2").put("classification", "45233252-0");
        ObjectNode markings = lots.addObject().put("title", "Road markings")
                .put("estimatedValue", new java.math.BigDecimal("25000.00"));
        markings.putArray("items").addObject().put("description", "Road-surface painting")
                .put("quantity", new java.math.BigDecimal("1.2")).put("unit", "km").put("classification", "45233221-4");
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
}
