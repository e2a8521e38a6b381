package org.openprocure.contract.flags;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The last red-flag run (one row, id 1): when, and the state of the stored history it saw. */
@Entity
@Table(name = "red_flag_run")
public class RedFlagRun extends PanacheEntityBase {

    public static final int ID = 1;

    @Id
    public Integer id;

    @Column(name = "computed_at", nullable = false)
    public Instant computedAt;

    @Column(name = "event_count", nullable = false)
    public long eventCount;

    @Column(name = "last_event_at")
    public Instant lastEventAt;

    @Column(name = "release_position", nullable = false)
    public long releasePosition;

    @Column(nullable = false)
    public int processes;

    @Column(nullable = false)
    public int flags;

    /** How long the run took, at least 1. */
    @Column(nullable = false)
    public long millis;
}
