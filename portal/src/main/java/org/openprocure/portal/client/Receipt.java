package org.openprocure.portal.client;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A receipt bid-service signed: which bid and version, what happened to it, when, the hash of the
 * sealed envelope, the platform's signature and the exact text signed.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Receipt(String ocid, String bidId, int version, List<String> lotIds, String kind,
        Instant receivedAt, String envelopeSha256, String signature, String signedText) {

    public Receipt {
        lotIds = lotIds == null ? List.of() : List.copyOf(lotIds);
    }

    /** What a receipt check sends: the fields and the signature. */
    public ReceiptCheck check() {
        return new ReceiptCheck(ocid, bidId, version, lotIds, kind, receivedAt, envelopeSha256, signature);
    }
}
