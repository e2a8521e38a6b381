package org.openprocure.portal.client;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A supplier's own bid for one tender (null once withdrawn) and every receipt issued for it, oldest first. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OwnBids(String ocid, CurrentBid current, List<Receipt> receipts) {

    public OwnBids {
        receipts = receipts == null ? List.of() : List.copyOf(receipts);
    }

    /** The latest receipt, or null. */
    public Receipt latest() {
        return receipts.isEmpty() ? null : receipts.get(receipts.size() - 1);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CurrentBid(String bidId, int version, List<String> lotIds, Instant receivedAt,
            String envelopeSha256) {
    }
}
