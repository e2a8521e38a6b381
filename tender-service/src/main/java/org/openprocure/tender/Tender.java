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
import org.openprocure.tender.domain.CriterionType;
import org.openprocure.tender.domain.Schedule;
import org.openprocure.tender.domain.TenderLifecycle;
import org.openprocure.tender.domain.TenderStage;
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
    public TenderStage stage;

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

    @Column(name = "consultation_start")
    public Instant consultationStart;

    @Column(name = "consultation_end")
    public Instant consultationEnd;

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
    @CollectionTable(name = "tender_item", joinColumns = @JoinColumn(name = "tender_id"))
    @OrderColumn(name = "position")
    public List<Item> items = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tender_criterion", joinColumns = @JoinColumn(name = "tender_id"))
    @OrderColumn(name = "position")
    public List<Criterion> criteria = new ArrayList<>();

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

    /** When the tender first became public: at its consultation, or else at publication. */
    @Column(name = "public_since")
    public Instant publicSince;

    /** The sum of the lots' estimated values, kept for searching and sorting. */
    @Column(name = "estimated_value", nullable = false)
    public BigDecimal totalValue;

    /** Set once the enquiry deadline has been handled (unanswered questions extend the deadline). */
    @Column(name = "enquiry_end_handled", nullable = false)
    public boolean enquiryEndHandled;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "amended_at")
    public Instant amendedAt;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Column(name = "cancellation_reason")
    public String cancellationReason;

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

        /** {@code active}, {@code cancelled} or {@code unsuccessful} (OCDS lot status). */
        @Column(nullable = false)
        public String status = "active";

        @Column(name = "cancellation_reason")
        public String cancellationReason;

        /** Why the lot could not be awarded, when it is {@code unsuccessful}. */
        @Column(name = "unsuccessful_reason")
        public String unsuccessfulReason;

        public boolean isActive() {
            return "active".equals(status);
        }
    }

    /** What is bought in a lot; {@code classification} is a CPV 2008 code. */
    @Embeddable
    public static class Item {
        @Column(name = "item_id", nullable = false)
        public String itemId;

        @Column(name = "lot_id", nullable = false)
        public String lotId;

        @Column(nullable = false)
        public String description;

        @Column(nullable = false)
        public BigDecimal quantity;

        @Column(nullable = false)
        public String unit;

        @Column(nullable = false)
        public String classification;
    }

    /** A weighted award criterion of a best price-quality tender. */
    @Embeddable
    public static class Criterion {
        @Column(nullable = false)
        public String name;

        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        public CriterionType type;

        @Column(nullable = false)
        public int weight;
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
                mainProcurementCategory, awardCriteria,
                criteria.stream().map(c -> new TenderTerms.Criterion(c.name, c.type, c.weight)).toList(), currency,
                lots.stream().map(l -> new TenderTerms.LotTerms(l.title, l.description, l.estimatedValue,
                        items.stream().filter(i -> i.lotId.equals(l.lotId))
                                .map(i -> new TenderTerms.ItemTerms(i.description, i.quantity, i.unit, i.classification))
                                .toList())).toList(),
                consultationEnd, enquiryDeadline, submissionDeadline, openingDate, bidValidityDays, committeeThreshold,
                committee.stream().map(m -> new TenderTerms.CommitteeMember(m.username, m.name)).toList());
    }

    /** Replaces the terms; lots and items are numbered in order, {@code lot-1}, {@code item-1}... */
    public void applyTerms(TenderTerms terms) {
        title = terms.title();
        description = terms.description();
        procurementMethod = terms.procurementMethod();
        procurementMethodRationale = terms.procurementMethodRationale();
        mainProcurementCategory = terms.mainProcurementCategory();
        awardCriteria = terms.awardCriteria();
        currency = terms.currency();
        consultationEnd = terms.consultationEnd();
        enquiryDeadline = terms.enquiryDeadline();
        submissionDeadline = terms.submissionDeadline();
        openingDate = terms.openingDate();
        bidValidityDays = terms.bidValidityDays();
        committeeThreshold = terms.committeeThreshold();
        criteria.clear();
        for (TenderTerms.Criterion source : terms.criteria()) {
            Criterion criterion = new Criterion();
            criterion.name = source.name();
            criterion.type = source.type();
            criterion.weight = source.weight();
            criteria.add(criterion);
        }
        List<Lot> previous = new ArrayList<>(lots);
        lots.clear();
        items.clear();
        int itemNumber = 0;
        for (int i = 0; i < terms.lots().size(); i++) {
            TenderTerms.LotTerms source = terms.lots().get(i);
            Lot lot = new Lot();
            lot.lotId = "lot-" + (i + 1);
            lot.title = source.title();
            lot.description = source.description();
            lot.estimatedValue = source.estimatedValue();
            // A cancelled lot stays cancelled whatever an amendment says.
            if (i < previous.size() && !previous.get(i).isActive()) {
                lot.status = previous.get(i).status;
                lot.cancellationReason = previous.get(i).cancellationReason;
                lot.unsuccessfulReason = previous.get(i).unsuccessfulReason;
            }
            lots.add(lot);
            for (TenderTerms.ItemTerms sourceItem : source.items()) {
                Item item = new Item();
                item.itemId = "item-" + (++itemNumber);
                item.lotId = lot.lotId;
                item.description = sourceItem.description();
                item.quantity = sourceItem.quantity();
                item.unit = sourceItem.unit();
                item.classification = sourceItem.classification();
                items.add(item);
            }
        }
        totalValue = estimatedValue();
        committee.clear();
        for (TenderTerms.CommitteeMember source : terms.committee()) {
            CommitteeMember member = new CommitteeMember();
            member.username = source.username();
            member.name = source.name();
            committee.add(member);
        }
    }

    public Schedule schedule() {
        return new Schedule(consultationEnd, enquiryDeadline, submissionDeadline, openingDate);
    }

    public TenderLifecycle lifecycle() {
        return new TenderLifecycle(stage, schedule(), publishedAt);
    }

    /** Takes over the stage and schedule a lifecycle step arrived at. */
    public void apply(TenderLifecycle lifecycle) {
        stage = lifecycle.stage();
        Schedule schedule = lifecycle.schedule();
        consultationEnd = schedule.consultationEnd();
        enquiryDeadline = schedule.enquiryDeadline();
        submissionDeadline = schedule.submissionDeadline();
        openingDate = schedule.openingDate();
        publishedAt = lifecycle.publishedAt();
    }

    public java.util.Optional<Lot> lot(String lotId) {
        return lots.stream().filter(l -> l.lotId.equals(lotId)).findFirst();
    }
}
