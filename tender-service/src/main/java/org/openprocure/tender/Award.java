package org.openprocure.tender;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;
import org.openprocure.tender.domain.AwardState;
import org.openprocure.tender.domain.AwardStatus;

/**
 * The award of a lot as evaluation-service decided it: proposed, confirmed, or made void. A lot may
 * have several over time (a complaint upheld sends it back to evaluation); the latest is its award.
 */
@Entity
@Table(name = "tender_award")
public class Award extends PanacheEntityBase {

    /** Latest first: by the date of the proposal (or of the confirmation, if no proposal was seen). */
    private static final Comparator<Award> LATEST = Comparator.comparing(Award::date,
            Comparator.nullsFirst(Comparator.naturalOrder()));

    @Id
    public UUID id;

    @Column(name = "tender_id", nullable = false)
    public UUID tenderId;

    /** evaluation-service's id of the award, unique within the tender. */
    @Column(name = "award_id", nullable = false)
    public String awardId;

    @Column(name = "lot_id", nullable = false)
    public String lotId;

    @Column(name = "bid_id", nullable = false)
    public String bidId;

    @Column(name = "supplier_id", nullable = false)
    public String supplierId;

    @Column(name = "supplier_name", nullable = false)
    public String supplierName;

    @Column(name = "value_amount", nullable = false)
    public BigDecimal valueAmount;

    @Column(nullable = false)
    public String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AwardStatus status;

    @Column(name = "proposed_at")
    public Instant proposedAt;

    /** Null while a complaint suspends the standstill, and once the award is decided. */
    @Column(name = "standstill_ends")
    public Instant standstillEnds;

    @Column(name = "complaints_pending", nullable = false)
    public int complaintsPending;

    @Column(name = "confirmed_at")
    public Instant confirmedAt;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Column(name = "cancellation_reason")
    public String cancellationReason;

    @Version
    @Column(name = "row_version", nullable = false)
    public long rowVersion;

    public AwardState state() {
        return new AwardState(status, standstillEnds, complaintsPending, confirmedAt, cancelledAt, cancellationReason);
    }

    public void apply(AwardState state) {
        status = state.status();
        standstillEnds = state.standstillEnds();
        complaintsPending = state.complaintsPending();
        confirmedAt = state.confirmedAt();
        cancelledAt = state.cancelledAt();
        cancellationReason = state.cancellationReason();
    }

    /** The date of the award decision: its proposal, or its confirmation if no proposal was seen. */
    public Instant date() {
        return proposedAt != null ? proposedAt : confirmedAt;
    }

    /** Each lot's latest award, per tender: tender id → lot id → award. */
    public static Map<UUID, Map<String, Award>> latestByLot(Collection<UUID> tenderIds) {
        if (tenderIds.isEmpty()) {
            return Map.of();
        }
        BinaryOperator<Award> later = (a, b) -> LATEST.compare(a, b) >= 0 ? a : b;
        return Award.<Award>list("tenderId in ?1", tenderIds).stream().collect(Collectors.groupingBy(
                a -> a.tenderId, Collectors.toMap(a -> a.lotId, a -> a, later)));
    }

    public static List<Award> ofTender(UUID tenderId) {
        return list("tenderId", tenderId);
    }

    public static Optional<Award> of(UUID tenderId, String awardId) {
        return find("tenderId = ?1 and awardId = ?2", tenderId, awardId).firstResultOptional();
    }

    /** A new award of the tender's lot, not yet persisted. */
    public static Award create(UUID tenderId, String lotId, String awardId) {
        Award award = new Award();
        award.id = UUID.randomUUID();
        award.tenderId = tenderId;
        award.lotId = lotId;
        award.awardId = awardId;
        return award;
    }
}
