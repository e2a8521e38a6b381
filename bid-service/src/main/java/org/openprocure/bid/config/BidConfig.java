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
}
