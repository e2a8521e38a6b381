package org.openprocure.contract.analytics;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One event of a process's history, kept verbatim so its hash can be checked again at any time. */
@Entity
@Table(name = "process_event")
public class ProcessEvent extends PanacheEntityBase {

    @Id
    @Column(name = "event_id")
    public UUID eventId;

    @Column(nullable = false)
    public String ocid;

    @Column(name = "aggregate_id", nullable = false)
    public String aggregateId;

    @Column(nullable = false)
    public long sequence;

    @Column(nullable = false)
    public String type;

    @Column(nullable = false)
    public String producer;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false)
    public String hash;

    @Column(name = "prev_hash")
    public String prevHash;

    @Column(nullable = false)
    public String envelope;
}
