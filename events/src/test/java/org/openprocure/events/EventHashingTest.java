package org.openprocure.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openprocure.events.EventHashing.ChainBreak;
import org.openprocure.events.tender.TenderPublished;

class EventHashingTest {

    private static final Instant T0 = Instant.parse("2026-11-30T09:00:00.123456Z");
    private final TenderPublished payload = GoldenFixtures.envelope(EventTypes.TENDER_PUBLISHED)
            .payloadAs(EventTypes.TENDER_PUBLISHED);

    @Test
    void canonicalFormSortsKeysAndDropsWhitespace() throws Exception {
        var tree = EventJson.mapper().readTree("{ \"b\" : [ 1, {\"z\":true, \"a\":null} ], \"a\" : 12.50, \"é\":\"x\" }");

        assertEquals("{\"a\":12.50,\"b\":[1,{\"a\":null,\"z\":true}],\"é\":\"x\"}", EventJson.canonical(tree));
    }

    @Test
    void instantsAreTruncatedToMillisecondsAndAlwaysWrittenWithThem() {
        EventEnvelope event = first();

        assertEquals(Instant.parse("2026-11-30T09:00:00.123Z"), event.occurredAt());
        assertTrue(EventJson.toJson(event).contains("\"occurredAt\":\"2026-11-30T09:00:00.123Z\""));
    }

    @Test
    void anIntactChainVerifies() {
        assertEquals(Optional.empty(), EventHashing.verifyChain(chainOf(3)));
    }

    @Test
    void alteredPayloadIsDetectedAtThatEvent() {
        List<EventEnvelope> chain = chainOf(3);
        EventEnvelope second = chain.get(1);
        ObjectNode tampered = second.payload().deepCopy();
        tampered.put("title", "Something else");
        chain.set(1, new EventEnvelope(second.eventId(), second.type(), second.schemaVersion(), second.ocid(),
                second.aggregateId(), second.sequence(), second.occurredAt(), second.producer(), second.actor(),
                second.prevHash(), second.hash(), tampered));

        assertEquals(Optional.of(new ChainBreak(second.eventId(), 2, ChainBreak.Reason.CONTENT_ALTERED)),
                EventHashing.verifyChain(chain));
    }

    @Test
    void aMissingEventIsASequenceGap() {
        List<EventEnvelope> chain = chainOf(3);
        EventEnvelope third = chain.get(2);
        chain.remove(1);

        assertEquals(Optional.of(new ChainBreak(third.eventId(), 3, ChainBreak.Reason.SEQUENCE_GAP)),
                EventHashing.verifyChain(chain));
    }

    @Test
    void aResealedReplacementBreaksTheLinkOfItsSuccessor() {
        List<EventEnvelope> chain = chainOf(3);
        EventEnvelope forged = EventEnvelope.seal(EventTypes.TENDER_PUBLISHED, "ocds-op7x2k-T-2026-000042", "agg", 2,
                chain.get(0).hash(), T0.plusSeconds(99), "tender-service", new Actor("officer", "p-x"), payload);
        chain.set(1, forged);

        assertEquals(Optional.of(new ChainBreak(chain.get(2).eventId(), 3, ChainBreak.Reason.LINK_BROKEN)),
                EventHashing.verifyChain(chain));
    }

    @Test
    void onlyTheFirstEventOfAnAggregateHasNoPredecessor() {
        assertThrows(IllegalArgumentException.class, () -> EventEnvelope.seal(EventTypes.TENDER_PUBLISHED, "o", "agg",
                2, null, T0, "tender-service", Actor.system("tender-service"), payload));
    }

    @Test
    void aTruncatedRecordIsMalformed() {
        String json = GoldenFixtures.json(EventTypes.TENDER_PUBLISHED);

        assertThrows(MalformedEventException.class, () -> EventJson.parse(json.substring(0, json.length() / 2)));
    }

    private EventEnvelope first() {
        return EventEnvelope.seal(EventTypes.TENDER_PUBLISHED, "ocds-op7x2k-T-2026-000042", "agg", 1, null, T0,
                "tender-service", new Actor("officer", "p-x"), payload);
    }

    private List<EventEnvelope> chainOf(int length) {
        List<EventEnvelope> chain = new ArrayList<>();
        chain.add(first());
        for (int i = 2; i <= length; i++) {
            chain.add(EventEnvelope.seal(EventTypes.TENDER_PUBLISHED, "ocds-op7x2k-T-2026-000042", "agg", i,
                    chain.get(i - 2).hash(), T0.plusSeconds(i), "tender-service", new Actor("officer", "p-x"),
                    payload));
        }
        return chain;
    }
}
