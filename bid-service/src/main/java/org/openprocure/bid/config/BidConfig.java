package org.openprocure.bid.config;

import io.smallrye.config.ConfigMapping;

/** Settings of bid-service, under {@code openprocure.bid.*}. */
@ConfigMapping(prefix = "openprocure.bid")
public interface BidConfig {

    /**
     * 64 hex digits: the AES-256 key under which uncollected key shares wait. Set it from the
     * environment ({@code OPENPROCURE_SHARE_WRAPPING_KEY}) and keep it away from the database: the
     * database alone must not give the shares.
     */
    String shareWrappingKey();

    /** The platform's Ed25519 receipt-signing key, PKCS#8, base64 ({@code OPENPROCURE_RECEIPT_SIGNING_KEY}). */
    String receiptSigningKey();

    /** Its public half, X.509, base64: published at {@code /.well-known/openprocure-receipt-key}. */
    String receiptVerifyKey();

    /** The largest bid accepted, documents included (bytes, before encryption). */
    @io.smallrye.config.WithDefault("26214400")
    long maxBidBytes();

    /** Decoy envelopes, which keep the number of bids unknowable before the opening. */
    Decoys decoys();

    interface Decoys {
        /** How often bid-service looks whether to move (real time; the moves follow the server's clock). */
        @io.smallrye.config.WithDefault("10m")
        String checkEvery();

        /** Mean decoy moves (seal, replace, withdraw) per tender per day of its submission period; 0 turns them off. */
        @io.smallrye.config.WithDefault("0.5")
        double perDay();

        /** The most decoys current at once in one tender. */
        @io.smallrye.config.WithDefault("3")
        int mostCurrent();
    }
}
