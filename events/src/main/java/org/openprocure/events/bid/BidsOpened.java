package org.openprocure.events.bid;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The opening committee opened a tender's sealed bids, after its deadline, with {@code keyHolders}
 * acting together: the public opening record, and what evaluation needs. {@code tenderId} is
 * tender-service's id of the tender. A bid that could not be opened or failed its hash is listed with
 * {@code readable} false and the {@code problem}, never dropped. {@code decoys} are the envelopes
 * bid-service sealed itself while bids were accepted, so that nobody could count the bids before the
 * opening; opened, they proved to be decoys. Bids and decoys together account for every current
 * envelope.
 */
public record BidsOpened(String tenderId, Instant openedAt, int bidCount, List<String> keyHolders, List<Bid> bids,
        List<Decoy> decoys) {

    /** One opened bid: who, what per lot, when it was received, its envelope hash. */
    public record Bid(String bidId, int version, String bidderId, String bidderName, Instant receivedAt,
            String envelopeSha256, List<LotPrice> lots, List<Answer> answers, List<Document> documents,
            boolean reconfirmed, boolean readable, String problem) {
    }

    public record LotPrice(String lotId, BigDecimal amount, String currency) {
    }

    /** An answer to a quality criterion. */
    public record Answer(String criterion, String text) {
    }

    /** An envelope that opened as a decoy: no bid, listed so that every envelope is accounted for. */
    public record Decoy(String bidId, int version, Instant receivedAt, String envelopeSha256) {
    }

    /** A document of the bid, by title, file name and SHA-256 (its bytes stay with bid-service). */
    public record Document(String title, String fileName, String sha256) {
    }
}
