package org.openprocure.tender.rest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a refused request must leave as it was: how many rows each table holds, the optimistic-lock
 * versions of tenders, comments and enquiries (any update raises them), the removed documents, and
 * the outbox (no event).
 */
final class DatabaseState {

    private static final Map<String, String> QUERIES = new LinkedHashMap<>();

    static {
        for (String table : new String[] {"tender", "tender_lot", "tender_item", "tender_criterion",
                "tender_committee_member", "tender_document", "tender_version", "consultation_comment", "enquiry",
                "tender_award", "outbox_event"}) {
            QUERIES.put(table, "select count(*) from " + table);
        }
        QUERIES.put("tender updates", "select coalesce(sum(row_version), 0) from tender");
        QUERIES.put("comment updates", "select coalesce(sum(row_version), 0) from consultation_comment");
        QUERIES.put("enquiry updates", "select coalesce(sum(row_version), 0) from enquiry");
        QUERIES.put("removed documents", "select count(*) from tender_document where removed_at is not null");
    }

    private DatabaseState() {
    }

    static Map<String, Long> snapshot(EntityManager em) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Long> state = new LinkedHashMap<>();
            QUERIES.forEach((name, sql) -> state.put(name,
                    ((Number) em.createNativeQuery(sql).getSingleResult()).longValue()));
            return state;
        });
    }

    /** How many events of the type the outbox holds for the process (sent or not). */
    static long outboxEvents(EntityManager em, String ocid, String type) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "select count(*) from outbox_event where record_key = :ocid and type = :type")
                .setParameter("ocid", ocid).setParameter("type", type).getSingleResult()).longValue());
    }

    /** How many events the outbox holds for the tender, whatever their key. */
    static long outboxEventsOfTender(EntityManager em, String tenderId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "select count(*) from outbox_event where aggregate_id = :id")
                .setParameter("id", tenderId).getSingleResult()).longValue());
    }
}
