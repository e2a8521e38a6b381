package org.openprocure.portal.client;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * What contract-service's analytics API answers auditors: the overview of spending and competition, red flags,
 * processes with their verifiable timelines, award histories and the profiles of buyers and suppliers.
 */
public final class Analytics {

    private Analytics() {
    }

    /** Spending by month and currency, competition and supplier concentration, for a buyer and period or all. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Overview(List<MonthSpend> spendByMonth, long processes, long withBids, long singleBid,
            Double singleBidShare, List<Concentration> concentration) {

        public Overview {
            spendByMonth = spendByMonth == null ? List.of() : List.copyOf(spendByMonth);
            concentration = concentration == null ? List.of() : List.copyOf(concentration);
        }
    }

    /** Awarded value of one month ({@code YYYY-MM}) in one currency. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MonthSpend(String month, String currency, BigDecimal amount, long awards) {
    }

    /** How concentrated a buyer's awards in one currency are: the Herfindahl-Hirschman index and its top supplier. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Concentration(OrganizationReference buyer, String currency, Double hhi,
            OrganizationReference topSupplier, Double topShare) {
    }

    /** How many red flags of each indicator, and of how many processes. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FlagSummary(List<FlagCount> byCode, long processesFlagged, long processes, Instant computedAt) {

        public FlagSummary {
            byCode = byCode == null ? List.of() : List.copyOf(byCode);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FlagCount(String code, String name, long count) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FlagPage(List<RedFlag> items, long total, Instant computedAt) {

        public FlagPage {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    /**
     * One red flag: the indicator, the process (and lot) and what it is about, the measured value against the
     * indicator's threshold, an explanation and the evidence as the indicator recorded it (any JSON).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RedFlag(String code, String name, String ocid, String title, String lotId,
            OrganizationReference buyer, Subject subject, JsonNode value, String explanation, JsonNode evidence,
            JsonNode threshold, String source) {
    }

    /** What a flag is about: the process, a supplier, a bid… */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Subject(String type, String id, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ProcessPage(List<ProcessRow> items, long total) {

        public ProcessPage {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ProcessRow(String ocid, String title, OrganizationReference buyer, String status,
            String procurementMethod, String cpvDivision, Value value, Integer bidders, Instant publishedAt,
            Value awardedValue) {
    }

    /** One process with its awards, every event of its timeline and the check of its hash chains. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AuditedProcess(String ocid, String title, OrganizationReference buyer, String status,
            String procurementMethod, String mainProcurementCategory, Value value, Instant publishedAt,
            Instant submissionDeadline, Instant lastEventAt, List<ProcessAward> awards, List<TimelineEvent> timeline,
            Chain chain) {

        public AuditedProcess {
            awards = awards == null ? List.of() : List.copyOf(awards);
            timeline = timeline == null ? List.of() : List.copyOf(timeline);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ProcessAward(String awardId, String lotId, OrganizationReference supplier, Value value,
            String status, String reason, Instant date) {
    }

    /** An event on the timeline; {@code security} marks a refused access attempt. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TimelineEvent(String eventId, String type, String producer, String aggregateId, long sequence,
            Instant occurredAt, String hash, String prevHash, boolean security) {
    }

    /** {@code intact}, or {@code broken} at an event with the reason ({@code content_altered}, …). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Chain(String status, String brokenAtEvent, Long brokenAtSequence, String reason) {

        public boolean intact() {
            return "intact".equals(status);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AwardPage(List<AwardRow> items, long total) {

        public AwardPage {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AwardRow(String ocid, String awardId, String lotId, String bidId, OrganizationReference buyer,
            OrganizationReference supplier, Value value, String status, String statusReason, Instant date,
            Instant proposedAt, Instant confirmedAt, Instant cancelledAt, String title, String cpvDivision,
            String procurementMethod) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record BuyerProfile(OrganizationReference buyer, long processes, List<MethodCount> byMethod,
            Double nonOpenShare, List<Value> spend, long singleBidProcesses, Double singleBidShare,
            List<SupplierShare> suppliers, Double topSupplierShare, Double hhi) {

        public BuyerProfile {
            byMethod = byMethod == null ? List.of() : List.copyOf(byMethod);
            spend = spend == null ? List.of() : List.copyOf(spend);
            suppliers = suppliers == null ? List.of() : List.copyOf(suppliers);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MethodCount(String method, long processes) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SupplierShare(OrganizationReference supplier, long wins, BigDecimal amount, String currency,
            Double share) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SupplierProfile(OrganizationReference supplier, long bids, long processes, long wins,
            Double winRate, List<Value> awardedValue, List<BuyerShare> buyers, List<MethodWins> procedures) {

        public SupplierProfile {
            awardedValue = awardedValue == null ? List.of() : List.copyOf(awardedValue);
            buyers = buyers == null ? List.of() : List.copyOf(buyers);
            procedures = procedures == null ? List.of() : List.copyOf(procedures);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record BuyerShare(OrganizationReference buyer, long wins, BigDecimal amount, String currency,
            Double shareOfBuyerSpend) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MethodWins(String method, long wins) {
    }
}
