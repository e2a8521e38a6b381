package org.openprocure.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The evaluation of one tender, from the notice to the award decision. */
@Entity
@Table(name = "evaluation")
public class Evaluation extends PanacheEntityBase {

    /** Stages of an evaluation; later issues add qualification, scoring, standstill. */
    public enum Status {
        /** The tender is published; bids are sealed until the opening ceremony. */
        AWAITING_OPENING,
        /** The committee opened the bids; the opening record is here to evaluate. */
        BIDS_OPENED
    }

    @jakarta.persistence.Column(name = "opened_at")
    public Instant openedAt;

    @jakarta.persistence.Column(name = "bid_count")
    public Integer bidCount;

    /** The opened bids as BidsOpened carried them, as JSON. */
    @jakarta.persistence.Column(name = "opened_bids")
    public String openedBids;

    @Id
    public String ocid;

    @Column(name = "tender_id", nullable = false)
    public String tenderId;

    @Column(name = "buyer_id", nullable = false)
    public String buyerId;

    @Column(nullable = false)
    public String title;

    @Column(name = "award_criteria", nullable = false)
    public String awardCriteria;

    @Column(name = "lot_count", nullable = false)
    public int lotCount;

    @Column(name = "opening_date", nullable = false)
    public Instant openingDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
