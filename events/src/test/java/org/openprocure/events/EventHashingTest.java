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

    /** The hash as first defined: the envelope serialised to a tree by the event mapper, without its hash. */
    private static String referenceHash(EventEnvelope envelope) {
        ObjectNode tree = EventJson.mapper().valueToTree(envelope);
        tree.remove("hash");
        return EventHashing.sha256Hex(EventJson.canonical(tree).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void theHashOfEveryGoldenEventIsTheOneItCarriesAndTheOneFirstDefined() {
        for (EventType<?> type : EventTypes.ALL) {
            EventEnvelope golden = GoldenFixtures.envelope(type);
            assertEquals(golden.hash(), EventHashing.hashOf(golden), type.name());
            assertEquals(referenceHash(golden), EventHashing.hashOf(golden), type.name());
        }
    }

    @Test
    void theHashEqualsTheFirstDefinitionForAwkwardPayloadsAndNullFields() throws Exception {
        java.util.Random random = new java.util.Random(20261130);
        String[] texts = {"", "plain", "quote \" and backslash \\", "tab\tnew\nline\u0001", "é ü ł 中文 😀",
                "</script>", "\u2028\u2029"};
        String[] numbers = {"0", "-0", "12.50", "1E+3", "0.000001", "123456789012345678901234567890",
                "-9223372036854775808", "99800.50", "1e-7", "2147483648"};
        for (int i = 0; i < 500; i++) {
            StringBuilder json = new StringBuilder("{");
            int fields = random.nextInt(6);
            for (int f = 0; f < fields; f++) {
                json.append(f == 0 ? "" : ",").append(quoted(texts[random.nextInt(texts.length)] + f)).append(':');
                switch (random.nextInt(6)) {
                    case 0 -> json.append(quoted(texts[random.nextInt(texts.length)]));
                    case 1 -> json.append(numbers[random.nextInt(numbers.length)]);
                    case 2 -> json.append("null");
                    case 3 -> json.append("[true,false,{\"b\":1,\"a\":[]},").append(numbers[random.nextInt(numbers.length)])
                            .append(']');
                    case 4 -> json.append("{\"z\":{\"y\":").append(quoted(texts[random.nextInt(texts.length)]))
                            .append(",\"a\":").append(numbers[random.nextInt(numbers.length)]).append("}}");
                    default -> json.append("{}");
                }
            }
            json.append('}');
            var payload = EventJson.mapper().readTree(json.toString());
            EventEnvelope event = new EventEnvelope(java.util.UUID.randomUUID(), "Type" + i, 1 + random.nextInt(3),
                    random.nextBoolean() ? null : "ocds-x-" + texts[random.nextInt(texts.length)], "agg-" + i,
                    1 + random.nextInt(1000), T0.plusNanos(random.nextInt(1_000_000_000)),
                    "producer", new Actor(texts[random.nextInt(texts.length)], "p-" + i),
                    random.nextBoolean() ? null : "ab" + i, random.nextBoolean() ? null : "cd", payload);
            assertEquals(referenceHash(event), EventHashing.hashOf(event), json.toString());
            // Read back from the wire, as a consumer does.
            EventEnvelope sealed = EventHashing.seal(event);
            EventEnvelope read = EventJson.parse(EventJson.toJson(sealed));
            assertEquals(referenceHash(read), EventHashing.hashOf(read), json.toString());
            assertTrue(read.hashIsValid(), json.toString());
        }
        // Payload trees made from records, as producers make them.
        for (EventType<?> type : EventTypes.ALL) {
            EventEnvelope golden = GoldenFixtures.envelope(type);
            EventEnvelope resealed = reseal(type, golden);
            assertEquals(referenceHash(resealed), resealed.hash(), type.name());
        }
    }

    private static String quoted(String text) throws Exception {
        return EventJson.mapper().writeValueAsString(text);
    }

    private static <P> EventEnvelope reseal(EventType<P> type, EventEnvelope golden) {
        return EventEnvelope.seal(type, golden.ocid(), golden.aggregateId(), golden.sequence(), golden.prevHash(),
                golden.occurredAt(), golden.producer(), golden.actor(), golden.payloadAs(type));
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
