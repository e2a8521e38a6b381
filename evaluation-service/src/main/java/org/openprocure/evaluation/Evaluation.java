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

    /** Stages of an evaluation as a whole; each lot has its own stage besides. */
    public enum Status {
        /** The tender is published; bids are sealed until the opening ceremony. */
        AWAITING_OPENING,
        /** The committee opened the bids; the opening record is here to evaluate. */
        BIDS_OPENED,
        /** Every lot is awarded, unsuccessful or cancelled. */
        CONCLUDED,
        /** The buyer cancelled the whole tender. */
        CANCELLED
    }

    /** The aggregate of this service's events about the tender. */
    @Column(name = "aggregate_id", nullable = false)
    public String aggregateId;

    @Column(name = "buyer_name")
    public String buyerName;

    /** The lots as the notice last described them before the opening, as JSON. */
    @Column(name = "lots")
    public String lots;

    /** The award criteria with their weights, as JSON. */
    @Column(name = "criteria")
    public String criteria;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Column(name = "cancel_reason")
    public String cancelReason;

    @Column(name = "concluded_at")
    public Instant concludedAt;

    @jakarta.persistence.Column(name = "opened_at")
    public Instant openedAt;

    @jakarta.persistence.Column(name = "bid_count")
    public Integer bidCount;

    /** The readable opened bids as BidsOpened carried them, as JSON. */
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
