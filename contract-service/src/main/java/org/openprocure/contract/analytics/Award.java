package org.openprocure.contract.analytics;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * An award of a process's lot as the analytics read model knows it from the event history: proposed
 * ({@code pending}), confirmed ({@code active}), made void ({@code cancelled}), or the failure of a lot
 * no bid could win ({@code unsuccessful}, without supplier or value), as OCDS {@code awardStatus}.
 */
@Entity
@Table(name = "award")
@IdClass(Award.Key.class)
public class Award extends PanacheEntityBase {

    /** An award id counts within its process: an event of one process never touches another's award. */
    public record Key(String ocid, String awardId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    public static final String PENDING = "pending";
    public static final String ACTIVE = "active";
    public static final String CANCELLED = "cancelled";
    public static final String UNSUCCESSFUL = "unsuccessful";

    @Id
    public String ocid;

    @Id
    @Column(name = "award_id")
    public String awardId;

    @Column(name = "lot_id", nullable = false)
    public String lotId;

    @Column(name = "bid_id")
    public String bidId;

    @Column(name = "supplier_id")
    public String supplierId;

    @Column(name = "supplier_name")
    public String supplierName;

    @Column(name = "value_amount")
    public BigDecimal valueAmount;

    public String currency;

    @Column(nullable = false)
    public String status;

    /** Why it is cancelled or unsuccessful. */
    @Column(name = "status_reason")
    public String statusReason;

    @Column(name = "proposed_at")
    public Instant proposedAt;

    @Column(name = "confirmed_at")
    public Instant confirmedAt;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    /** When the award was decided: its proposal, or else the event that first made it known. */
    @Column(name = "award_date", nullable = false)
    public Instant awardDate;

    @Column(name = "buyer_id")
    public String buyerId;

    @Column(name = "buyer_name")
    public String buyerName;

    /** Void, unless it is already decided for good (confirmed, or never more than a failed lot). */
    public void cancel(String reason, Instant at) {
        if (PENDING.equals(status)) {
            status = CANCELLED;
            statusReason = reason;
            cancelledAt = at;
        }
    }
}
