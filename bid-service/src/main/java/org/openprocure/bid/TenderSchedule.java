package org.openprocure.bid;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A published tender's submission deadline and opening committee, as announced by tender-service. */
@Entity
@Table(name = "tender_schedule")
public class TenderSchedule extends PanacheEntityBase {

    @Id
    public String ocid;

    @Column(name = "tender_id", nullable = false)
    public String tenderId;

    @Column(name = "buyer_id", nullable = false)
    public String buyerId;

    @Column(name = "notice_version", nullable = false)
    public int noticeVersion;

    @Column(name = "submission_deadline", nullable = false)
    public Instant submissionDeadline;

    @Column(name = "opening_date", nullable = false)
    public Instant openingDate;

    @Column(name = "committee_threshold", nullable = false)
    public int committeeThreshold;

    @Column(name = "committee_size", nullable = false)
    public int committeeSize;

    @Column(name = "lot_count", nullable = false)
    public int lotCount;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(nullable = false)
    public boolean cancelled;

    @Column(name = "cancellation_reason")
    public String cancellationReason;

    /** When tender-service announced the close of tendering. */
    @Column(name = "closed_at")
    public Instant closedAt;

    /** The notice version from which bids made earlier must be confirmed again, if an amendment asked so. */
    @Column(name = "bids_must_be_reconfirmed_since")
    public Integer bidsMustBeReconfirmedSince;

    /** Bids are accepted strictly before the deadline, by the server's clock, unless the tender was cancelled. */
    public boolean acceptsBidsAt(Instant now) {
        return !cancelled && closedAt == null && now.isBefore(submissionDeadline);
    }
}
