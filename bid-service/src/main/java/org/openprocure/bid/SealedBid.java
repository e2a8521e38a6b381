package org.openprocure.bid;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One version of a bid, sealed: the envelope the tender's key opens, its hash and the exact time it
 * was received. {@code state} is {@code current}, {@code superseded} (replaced by a later version) or
 * {@code withdrawn}.
 */
@Entity
@Table(name = "sealed_bid")
public class SealedBid extends PanacheEntityBase {

    public static final String CURRENT = "current";
    public static final String SUPERSEDED = "superseded";
    public static final String WITHDRAWN = "withdrawn";

    @Id
    public UUID id;

    @Column(nullable = false)
    public String ocid;

    @Column(name = "bid_id", nullable = false)
    public UUID bidId;

    @Column(nullable = false)
    public int version;

    /** HMAC of the bidder's organisation under a key outside the database: who may change this bid. */
    @Column(name = "bidder_tag", nullable = false)
    public String bidderTag;

    @Column(nullable = false)
    public byte[] envelope;

    @Column(name = "envelope_sha256", nullable = false)
    public String envelopeSha256;

    /** The lots the bid is for, comma-separated, as on its receipt. */
    @Column(name = "lot_ids", nullable = false)
    public String lotIds;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(nullable = false)
    public String state;

    /** The notice version the bid was made under. */
    @Column(name = "notice_version", nullable = false)
    public int noticeVersion;
}
