package org.openprocure.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The committee's proposed award of a lot, from the proposal through the standstill to its
 * confirmation; a voided or stopped award stays on the record. The rules of its steps are in
 * {@link org.openprocure.evaluation.domain.AwardStandstill}; this row keeps where it stands.
 */
@Entity
@Table(name = "lot_award")
public class LotAward extends PanacheEntityBase {

    @Id
    @Column(name = "award_id")
    public String awardId;

    @Column(nullable = false)
    public String ocid;

    @Column(name = "lot_id", nullable = false)
    public String lotId;

    /** The lot's proposals counted from 1. */
    @Column(nullable = false)
    public int number;

    @Column(name = "bid_id", nullable = false)
    public String bidId;

    @Column(name = "supplier_id", nullable = false)
    public String supplierId;

    @Column(name = "supplier_name", nullable = false)
    public String supplierName;

    @Column(name = "value_amount", nullable = false)
    public BigDecimal valueAmount;

    @Column(name = "value_currency", nullable = false)
    public String valueCurrency;

    @Column(nullable = false)
    public String method;

    @Column(name = "proposed_by", nullable = false)
    public String proposedBy;

    @Column(name = "proposed_at", nullable = false)
    public Instant proposedAt;

    @Column(name = "standstill_period", nullable = false)
    public String standstillPeriod;

    /** The {@link org.openprocure.evaluation.domain.AwardStandstill.Stage}, lower case. */
    @Column(nullable = false)
    public String stage;

    @Column(name = "standstill_ends")
    public Instant standstillEnds;

    @Column(name = "confirmed_at")
    public Instant confirmedAt;

    @Column(name = "stop_reason")
    public String stopReason;

    /** The ranking as AwardProposed carries it, as JSON. */
    @Column(nullable = false)
    public String ranking;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "report_pdf", nullable = false)
    public byte[] reportPdf;

    @Column(name = "report_sha256", nullable = false)
    public String reportSha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "notice_pdf")
    public byte[] noticePdf;

    @Column(name = "notice_sha256")
    public String noticeSha256;

    /** Every award proposed for the tender, oldest first. */
    public static List<LotAward> of(String ocid) {
        return list("ocid = ?1 order by proposedAt, number", ocid);
    }

    /** The lot's latest award, if any was proposed. */
    public static Optional<LotAward> latest(String ocid, String lotId) {
        return find("ocid = ?1 and lotId = ?2 order by number desc", ocid, lotId)
                .firstResultOptional();
    }
}
