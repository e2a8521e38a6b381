package org.openprocure.evaluation.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import org.openprocure.events.EventJson;
import org.openprocure.events.Money;

/** What the tender notice says that evaluation works from, kept as JSON on the evaluation. */
public final class TenderTerms {

    /** A lot of the notice; {@code status} is the notice's {@code active} or {@code cancelled}. */
    public record Lot(String id, String title, Money estimate, String status) {

        public boolean cancelled() {
            return "cancelled".equals(status);
        }

        public Lot cancelledNow() {
            return new Lot(id, title, estimate, "cancelled");
        }
    }

    /** An award criterion: {@code type} {@code price} or {@code quality}; the weight is the maximum score. */
    public record Criterion(String name, String type, int weight) {

        public boolean quality() {
            return "quality".equals(type);
        }
    }

    private TenderTerms() {
    }

    public static String json(Object value) {
        try {
            return EventJson.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("evaluation data always serialises", e);
        }
    }

    public static <T> T read(String json, TypeReference<T> type) {
        try {
            return EventJson.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored evaluation data does not read back: " + e.getMessage(), e);
        }
    }

    public static List<Lot> lots(String json) {
        return json == null ? List.of() : read(json, new TypeReference<List<Lot>>() { });
    }

    public static List<Criterion> criteria(String json) {
        return json == null ? List.of() : read(json, new TypeReference<List<Criterion>>() { });
    }
}
