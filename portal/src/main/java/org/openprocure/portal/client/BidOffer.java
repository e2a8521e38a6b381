package org.openprocure.portal.client;

import java.util.List;

/** A bid as bid-service takes it: a price per lot, answers to the quality criteria, PDF documents. */
public record BidOffer(List<LotOffer> lots, List<BidAnswer> answers, List<BidDocument> documents) {

    public record LotOffer(String lotId, Value price) {
    }

    /** Sent as base64, as bid-service expects. */
    public record BidDocument(String title, String fileName, byte[] content) {
    }
}
