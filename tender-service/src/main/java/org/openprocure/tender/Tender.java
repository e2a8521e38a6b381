package org.openprocure.tender;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.openprocure.tender.domain.AwardCriteria;
import org.openprocure.tender.domain.ProcurementCategory;
import org.openprocure.tender.domain.ProcurementMethod;
import org.openprocure.tender.domain.TenderStatus;
import org.openprocure.tender.domain.TenderTerms;

/** A tender of a buying organisation, from draft to notice. */
@Entity
@Table(name = "tender")
public class Tender extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "buyer_id", nullable = false)
    public String buyerId;

    @Column(name = "buyer_name", nullable = false)
    public String buyerName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TenderStatus status;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "procurement_method", nullable = false)
    public ProcurementMethod procurementMethod;

    @Column(name = "procurement_method_rationale")
    public String procurementMethodRationale;

    @Enumerated(EnumType.STRING)
    @Column(name = "main_procurement_category", nullable = false)
    public ProcurementCategory mainProcurementCategory;

    @Enumerated(EnumType.STRING)
    @Column(name = "award_criteria", nullable = false)
    public AwardCriteria awardCriteria;

    @Column(nullable = false)
    public String currency;

    @Column(name = "enquiry_deadline", nullable = false)
    public Instant enquiryDeadline;

    @Column(name = "submission_deadline", nullable = false)
    public Instant submissionDeadline;

    @Column(name = "opening_date", nullable = false)
    public Instant openingDate;

    @Column(name = "bid_validity_days", nullable = false)
    public int bidValidityDays;

    @Column(name = "committee_threshold", nullable = false)
    public int committeeThreshold;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tender_lot", joinColumns = @JoinColumn(name = "tender_id"))
    @OrderColumn(name = "position")
    public List<Lot> lots = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tender_committee_member", joinColumns = @JoinColumn(name = "tender_id"))
    @OrderColumn(name = "position")
    public List<CommitteeMember> committee = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    public String ocid;

    @Column(name = "notice_version")
    public Integer noticeVersion;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Version
    @Column(name = "row_version", nullable = false)
    public long rowVersion;

    /** A lot of the tender; {@code lotId} is its public identifier within the tender. */
    @Embeddable
    public static class Lot {
        @Column(name = "lot_id", nullable = false)
        public String lotId;

        @Column(nullable = false)
        public String title;

        public String description;

        @Column(name = "estimated_value", nullable = false)
        public BigDecimal estimatedValue;
    }

    /** An officer holding one key share for the opening ceremony. */
    @Embeddable
    public static class CommitteeMember {
        @Column(nullable = false)
        public String username;

        @Column(nullable = false)
        public String name;
    }

    public BigDecimal estimatedValue() {
        return lots.stream().map(l -> l.estimatedValue).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public TenderTerms terms() {
        return new TenderTerms(title, description, procurementMethod, procurementMethodRationale,
                mainProcurementCategory, awardCriteria, currency,
                lots.stream().map(l -> new TenderTerms.LotTerms(l.title, l.description, l.estimatedValue)).toList(),
                enquiryDeadline, submissionDeadline, openingDate, bidValidityDays, committeeThreshold,
                committee.stream().map(m -> new TenderTerms.CommitteeMember(m.username, m.name)).toList());
    }

    public void applyTerms(TenderTerms terms) {
        title = terms.title();
        description = terms.description();
        procurementMethod = terms.procurementMethod();
        procurementMethodRationale = terms.procurementMethodRationale();
        mainProcurementCategory = terms.mainProcurementCategory();
        awardCriteria = terms.awardCriteria();
        currency = terms.currency();
        enquiryDeadline = terms.enquiryDeadline();
        submissionDeadline = terms.submissionDeadline();
        openingDate = terms.openingDate();
        bidValidityDays = terms.bidValidityDays();
        committeeThreshold = terms.committeeThreshold();
        lots.clear();
        for (int i = 0; i < terms.lots().size(); i++) {
            TenderTerms.LotTerms source = terms.lots().get(i);
            Lot lot = new Lot();
            lot.lotId = "lot-" + (i + 1);
            lot.title = source.title();
            lot.description = source.description();
            lot.estimatedValue = source.estimatedValue();
            lots.add(lot);
        }
        committee.clear();
        for (TenderTerms.CommitteeMember source : terms.committee()) {
            CommitteeMember member = new CommitteeMember();
            member.username = source.username();
            member.name = source.name();
            committee.add(member);
        }
    }
}
