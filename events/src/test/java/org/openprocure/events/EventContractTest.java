package org.openprocure.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every event type has a golden fixture that is a valid, sealed envelope of that type. */
class EventContractTest {

    static Stream<EventType<?>> eventTypes() {
        return EventTypes.ALL.stream();
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void fixtureIsASealedEnvelopeOfItsType(EventType<?> type) {
        EventEnvelope envelope = GoldenFixtures.envelope(type);

        assertEquals(type.name(), envelope.type());
        assertEquals(type.schemaVersion(), envelope.schemaVersion());
        assertTrue(envelope.hashIsValid(), "the fixture's hash matches its content");
        assertNotNull(envelope.payloadAs(type));
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void payloadRecordCoversEveryFieldOfTheFixture(EventType<?> type) {
        EventEnvelope envelope = GoldenFixtures.envelope(type);
        Object payload = envelope.payloadAs(type);

        JsonNode roundTripped = EventJson.toTree(payload);

        assertEquals(EventJson.canonical(envelope.payload()), EventJson.canonical(roundTripped),
                "reading the payload into its record and back loses or adds nothing");
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void wireFormRoundTripsToTheSameHash(EventType<?> type) {
        EventEnvelope envelope = GoldenFixtures.envelope(type);

        EventEnvelope reread = EventJson.parse(EventJson.toJson(envelope));

        assertEquals(envelope, reread);
        assertTrue(reread.hashIsValid());
    }
}
