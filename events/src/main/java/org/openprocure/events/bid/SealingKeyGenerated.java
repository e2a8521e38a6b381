package org.openprocure.events.bid;

import java.util.List;

/**
 * A published tender got its sealing key: bids are sealed to {@code publicKey} (X25519, unpadded
 * base64url), whose private half was split among the committee ({@code threshold} of the holders
 * open together) and forgotten.
 */
public record SealingKeyGenerated(String tenderId, String publicKey, String fingerprint, int threshold,
        List<Holder> holders) {

    /** A key holder by share index, user name and display name. */
    public record Holder(int index, String username, String name) {
    }
}
