package org.openprocure.events;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** SHA-256 over the canonical envelope without {@code hash}, and the checks of a chain of them. */
public final class EventHashing {

    private EventHashing() {
    }

    /**
     * The SHA-256 of the canonical envelope without {@code hash}. The tree is put together here, field by
     * field as the event mapper writes an envelope (the payload's tree taken as it is), rather than by
     * serialising the envelope and reading it back: the same text, without a copy of the payload.
     */
    public static String hashOf(EventEnvelope envelope) {
        JsonNodeFactory nodes = EventJson.mapper().getNodeFactory();
        ObjectNode actor = nodes.objectNode();
        actor.put("role", envelope.actor().role());
        actor.put("id", envelope.actor().id());
        ObjectNode tree = nodes.objectNode();
        tree.put("eventId", envelope.eventId().toString());
        tree.put("type", envelope.type());
        tree.put("schemaVersion", envelope.schemaVersion());
        tree.put("ocid", envelope.ocid());
        tree.put("aggregateId", envelope.aggregateId());
        tree.put("sequence", envelope.sequence());
        tree.put("occurredAt", EventJson.INSTANT_FORMAT.format(envelope.occurredAt()));
        tree.put("producer", envelope.producer());
        tree.set("actor", actor);
        tree.put("prevHash", envelope.prevHash());
        tree.set("payload", envelope.payload());
        return sha256Hex(EventJson.canonical(tree).getBytes(StandardCharsets.UTF_8));
    }

    /** Fills in {@code hash}; the envelope's {@code prevHash} must already name its predecessor. */
    public static EventEnvelope seal(EventEnvelope unsealed) {
        return unsealed.withHash(hashOf(unsealed));
    }

    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * Checks the events of one aggregate, in sequence order: each hash matches its content, sequences
     * have no gap, and each {@code prevHash} is the hash of the event before.
     *
     * @return the first break, or empty when the chain is intact
     */
    public static Optional<ChainBreak> verifyChain(List<EventEnvelope> events) {
        EventEnvelope previous = null;
        for (EventEnvelope event : events) {
            if (!event.hashIsValid()) {
                return Optional.of(new ChainBreak(event.eventId(), event.sequence(), ChainBreak.Reason.CONTENT_ALTERED));
            }
            long expectedSequence = previous == null ? 1 : previous.sequence() + 1;
            if (event.sequence() != expectedSequence) {
                return Optional.of(new ChainBreak(event.eventId(), event.sequence(), ChainBreak.Reason.SEQUENCE_GAP));
            }
            String expectedPrev = previous == null ? null : previous.hash();
            if (!java.util.Objects.equals(expectedPrev, event.prevHash())) {
                return Optional.of(new ChainBreak(event.eventId(), event.sequence(), ChainBreak.Reason.LINK_BROKEN));
            }
            previous = event;
        }
        return Optional.empty();
    }

    /** Where and how a chain of events fails its check. */
    public record ChainBreak(java.util.UUID eventId, long sequence, Reason reason) {
        public enum Reason { CONTENT_ALTERED, SEQUENCE_GAP, LINK_BROKEN }
    }
}
