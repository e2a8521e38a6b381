package org.openprocure.events;

import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The shape comparison producers and consumers check events against their golden fixtures with. */
class EventShapeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text.replace('\'', '"'));
    }

    @Test
    void aNullOnEitherSideMatchesAnObjectOnTheOther() throws Exception {
        JsonNode withPeriod = json("{'period': {'startDate': 'a', 'endDate': 'b'}, 'id': 'x'}");
        JsonNode withoutPeriod = json("{'period': null, 'id': 'y'}");

        EventShape.assertSameShape(withoutPeriod, withPeriod);
        EventShape.assertSameShape(withPeriod, withoutPeriod);
    }

    @Test
    void aMissingOrAnExtraFieldStillFails() throws Exception {
        JsonNode fixture = json("{'period': null, 'id': 'x'}");

        assertThrows(AssertionError.class, () -> EventShape.assertSameShape(fixture, json("{'id': 'x'}")));
        assertThrows(AssertionError.class,
                () -> EventShape.assertSameShape(fixture, json("{'period': null, 'id': 'x', 'more': 1}")));
        assertThrows(AssertionError.class,
                () -> EventShape.assertSameShape(fixture, json("{'period': null, 'id': 7}")));
    }
}
