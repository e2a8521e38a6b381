package org.openprocure.portal.client;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The public opening record: who opened when, and every bid opened. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OpeningRecord(String tenderId, Instant openedAt, int bidCount, List<String> keyHolders,
        List<OpenedBid> bids) {

    public OpeningRecord {
        keyHolders = keyHolders == null ? List.of() : List.copyOf(keyHolders);
        bids = bids == null ? List.of() : List.copyOf(bids);
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
