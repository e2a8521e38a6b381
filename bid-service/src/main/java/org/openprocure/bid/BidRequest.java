package org.openprocure.bid;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A request already answered, by its Idempotency-Key: a retry gets the same receipt back. */
@Entity
@Table(name = "bid_request")
public class BidRequest extends PanacheEntityBase {

    /** SHA-256 of bidder tag, tender and the client's key. */
    @Id
    @Column(name = "request_key")
    public String requestKey;

    /** SHA-256 of what was asked, so the same key with another request is refused. */
    @Column(name = "request_sha256", nullable = false)
    public String requestSha256;

    /** The signed receipt given, as JSON. */
    @Column(nullable = false)
    public String receipt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
