package org.openprocure.portal.client;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The public opening record: who opened when, every bid opened, and the decoy envelopes the platform
 * sealed itself so that nobody could count the bids before the opening.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OpeningRecord(String tenderId, Instant openedAt, int bidCount, List<String> keyHolders,
        List<OpenedBid> bids, List<Decoy> decoys) {

    public OpeningRecord {
        keyHolders = keyHolders == null ? List.of() : List.copyOf(keyHolders);
        bids = bids == null ? List.of() : List.copyOf(bids);
        decoys = decoys == null ? List.of() : List.copyOf(decoys);
    }

    /** The decoy on the record with this id, version and envelope hash, or null. */
    public Decoy findDecoy(String bidId, Integer version, String envelopeSha256) {
        return decoys.stream().filter(d -> d.bidId() != null && d.bidId().equals(bidId) && version != null
                && d.version() == version && d.envelopeSha256() != null && d.envelopeSha256().equals(envelopeSha256))
                .findFirst().orElse(null);
    }

    /** An envelope that opened as a decoy. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Decoy(String bidId, int version, Instant receivedAt, String envelopeSha256) {
    }

    /** The bid on the record with this id, version and envelope hash, or null. */
    public OpenedBid find(String bidId, Integer version, String envelopeSha256) {
        return bids.stream().filter(b -> b.bidId() != null && b.bidId().equals(bidId) && version != null
                && b.version() == version && b.envelopeSha256() != null && b.envelopeSha256().equals(envelopeSha256))
                .findFirst().orElse(null);
    }

    /** One bid as opened; {@code readable} false with the {@code problem} when it could not be. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OpenedBid(String bidId, int version, String bidderId, String bidderName, Instant receivedAt,
            String envelopeSha256, List<OpenedLot> lots, List<BidAnswer> answers, List<OpenedDocument> documents,
            boolean reconfirmed, boolean readable, String problem) {

        public OpenedBid {
            lots = lots == null ? List.of() : List.copyOf(lots);
            answers = answers == null ? List.of() : List.copyOf(answers);
            documents = documents == null ? List.of() : List.copyOf(documents);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OpenedLot(String lotId, BigDecimal amount, String currency) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OpenedDocument(String title, String fileName, String sha256) {
    }
}
