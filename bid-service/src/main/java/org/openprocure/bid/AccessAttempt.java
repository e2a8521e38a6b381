package org.openprocure.bid;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A refused attempt to read sealed data or to open bids early, kept for auditors. */
@Entity
@Table(name = "access_attempt")
public class AccessAttempt extends PanacheEntityBase {

    @Id
    public UUID id;

    public String ocid;

    @Column(nullable = false)
    public String what;

    @Column(nullable = false)
    public String detail;

    @Column(name = "actor_role", nullable = false)
    public String actorRole;

    @Column(name = "actor_id", nullable = false)
    public String actorId;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;
}
