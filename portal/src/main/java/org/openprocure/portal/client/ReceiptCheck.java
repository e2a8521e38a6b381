package org.openprocure.portal.client;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A receipt's fields and signature, as a supplier keeps them and as bid-service checks and prints them. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReceiptCheck(String ocid, String bidId, Integer version, List<String> lotIds, String kind,
        Instant receivedAt, String envelopeSha256, String signature) {
}
