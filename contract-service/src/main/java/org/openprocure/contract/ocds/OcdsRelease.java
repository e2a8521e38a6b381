package org.openprocure.contract.ocds;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A published OCDS release: immutable, its JSON kept as served. {@code position} is the feed's cursor. */
@Entity
@Table(name = "ocds_release")
public class OcdsRelease extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long position;

    @Column(name = "release_id", nullable = false, unique = true)
    public String releaseId;

    @Column(name = "event_id", nullable = false, unique = true)
    public UUID eventId;

    @Column(nullable = false)
    public String ocid;

    @Column(name = "release_date", nullable = false)
    public Instant releaseDate;

    @Column(name = "aggregate_id", nullable = false)
    public String aggregateId;

    @Column(nullable = false)
    public long sequence;

    /** The release's tags, comma-separated. */
    @Column(nullable = false)
    public String tags;

    @Column(name = "release_json", nullable = false)
    public String releaseJson;
}
