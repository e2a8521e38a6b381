package org.openprocure.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openprocure.events.tender.TenderPublished;

/** The registry of every event type in the platform. Adding a type means adding a golden fixture too. */
public final class EventTypes {

    public static final EventType<TenderPublished> TENDER_PUBLISHED =
            new EventType<>("TenderPublished", 1, TenderPublished.class, Topics.TENDER);

    public static final List<EventType<?>> ALL = List.of(TENDER_PUBLISHED);

    private static final Map<String, EventType<?>> BY_NAME =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::name, Function.identity()));

    private EventTypes() {
    }

    public static Optional<EventType<?>> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }
}
