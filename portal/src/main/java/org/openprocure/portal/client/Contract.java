package org.openprocure.portal.client;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A contract as contract-service returns it ({@code GET /api/contracts/{contractId}}): opened {@code pending}
 * for a confirmed award, {@code active} once signed, {@code terminated} when completed or ended early
 * ({@code statusDetails} {@code completed} / {@code terminatedEarly}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Contract(
        String contractId,
        String ocid,
        String awardId,
        String lotId,
        String title,
        OrganizationReference buyer,
        OrganizationReference supplier,
        String status,
        String statusDetails,
        Value awardValue,
        Value value,
        Instant dateSigned,
        Period period,
        Document document,
        Value cumulativeChange,
        BigDecimal cumulativeChangePercent,
        List<Amendment> amendments,
        List<Milestone> milestones,
        List<Payment> payments,
        Value totalPaid,
        Instant dateCompleted,
        Instant dateTerminated,
        String terminationReason) {

    public Contract {
        amendments = amendments == null ? List.of() : List.copyOf(amendments);
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
        payments = payments == null ? List.of() : List.copyOf(payments);
    }

    /** The stage people read: pending, active, completed or terminatedEarly. */
    public String stage() {
        return statusDetails != null ? statusDetails : status;
    }

    public boolean pending() {
        return "pending".equals(status);
    }

    public boolean active() {
        return "active".equals(status);
    }

    /** The currency the contract is kept in: its current value's, else the award's. */
    public String currency() {
        if (value != null && value.currency() != null) {
            return value.currency();
        }
        return awardValue == null ? null : awardValue.currency();
    }

    public Milestone milestone(String milestoneId) {
        return milestones.stream().filter(m -> m.milestoneId().equals(milestoneId)).findFirst().orElse(null);
    }

    /** The signed PDF: its title, file name, size and SHA-256 as stored. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Document(String title, String fileName, Long size, String sha256, String url) {
    }

    /** A change of value and/or period, with its reason and what it replaced. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Amendment(Integer number, Instant date, String reason, Value previousValue, Value value,
            Period previousPeriod, Period period) {
    }

    /** {@code status}: {@code scheduled}, {@code met} or {@code notMet}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Milestone(String milestoneId, String title, String description, Instant dueDate, String status,
            Instant dateMet) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Payment(String paymentId, Instant date, Value value, String milestoneId, String description) {
    }
}
