package org.openprocure.contract.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.openprocure.contract.analytics.Award;
import org.openprocure.contract.analytics.Process;
import org.openprocure.contract.analytics.ProcessEvent;
import org.openprocure.contract.service.AwardReadModel;
import org.openprocure.contract.service.ProcessHistory;
import org.openprocure.contract.service.ReadModelQueries;
import org.openprocure.events.EventHashing;
import org.openprocure.events.EventTypes;
import org.openprocure.events.Money;
import org.openprocure.events.Organization;
import org.openprocure.support.problem.ProblemException;
import org.openprocure.support.problem.QueryParams;

/** The analytics read model of one process, with its verifiable timeline, for auditors. */
@Path("/api/analytics/processes")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("auditor")
public class ProcessAnalyticsResource {

    private static final Set<String> PROCESS_STATUSES = Set.of("planning", "active", "cancelled");

    private final ProcessHistory history;
    private final AwardReadModel awards;
    private final ReadModelQueries queries;

    ProcessAnalyticsResource(ProcessHistory history, AwardReadModel awards, ReadModelQueries queries) {
        this.history = history;
        this.awards = awards;
        this.queries = queries;
    }

    /** A process of the list: {@code bidders} distinct tenderers, {@code awardedValue} its active awards. */
    public record ProcessEntry(String ocid, String title, Organization buyer, String status, String procurementMethod,
            String cpvDivision, Money value, long bidders, Instant publishedAt, Money awardedValue) {
    }

    public record ProcessList(List<ProcessEntry> items, long total) {
    }

    /** A bid's price for one lot and its qualification: {@code submitted}, {@code valid}, {@code disqualified}. */
    public record BidSummary(String bidId, String lotId, Organization supplier, Money value, Instant receivedAt,
            String status, String reason) {
    }

    /**
     * Processes, newest notice first. {@code month}: an active award dated in it (UTC); {@code singleBid}:
     * exactly one tenderer (or not).
     */
    @GET
    public ProcessList processes(@QueryParam("buyer") String buyer, @QueryParam("supplier") String supplier,
            @QueryParam("cpv") String cpv, @QueryParam("method") String method, @QueryParam("status") String status,
            @QueryParam("singleBid") String singleBid, @QueryParam("month") String month,
            @QueryParam("page") String pageParam, @QueryParam("size") String sizeParam) {
        int page = QueryParams.intBetween("page", pageParam, 0, 0, 100_000);
        int size = QueryParams.intBetween("size", sizeParam, 20, 1, 100);
        ReadModelQueries.Filter filter = new ReadModelQueries.Filter();
        String buyerId = AnalyticsParams.organisation("buyer", buyer);
        String supplierId = AnalyticsParams.organisation("supplier", supplier);
        String cpvPrefix = AnalyticsParams.cpv(cpv);
        String methodCode = AnalyticsParams.method(method);
        Set<String> statuses = AnalyticsParams.codes("status", status, PROCESS_STATUSES, "a process status");
        Boolean single = AnalyticsParams.bool("singleBid", singleBid);
        String awardMonth = AnalyticsParams.month(month);
        if (buyerId != null) {
            filter.and("p.buyer_id = ?", buyerId);
        }
        if (supplierId != null) {
            filter.and("(exists (select 1 from process_bid b where b.ocid = p.ocid and b.supplier_id = ?)"
                    + " or exists (select 1 from award w where w.ocid = p.ocid and w.supplier_id = ?))",
                    supplierId, supplierId);
        }
        if (cpvPrefix != null) {
            filter.and("p.main_cpv_code like ?", cpvPrefix + "%");
        }
        if (methodCode != null) {
            filter.and("p.procurement_method = ?", methodCode);
        }
        if (!statuses.isEmpty()) {
            filter.and("p.status = any(?)", (Object) statuses.toArray(String[]::new));
        }
        if (single != null) {
            filter.and(single ? "p.number_of_tenderers = 1" : "p.number_of_tenderers <> 1");
        }
        if (awardMonth != null) {
            filter.and("exists (select 1 from award w where w.ocid = p.ocid and w.status = 'active'"
                    + " and to_char(w.award_date at time zone 'UTC', 'YYYY-MM') = ?)", awardMonth);
        }
        long total = queries.count("select count(*) as count from process p {where}", filter);
        List<ProcessEntry> items = queries.list("select p.*, aw.awarded, aw.awarded_currency from process p"
                        + " left join lateral (select sum(w.value_amount) as awarded, min(w.currency) as awarded_currency"
                        + " from award w where w.ocid = p.ocid and w.status = 'active'"
                        + " and w.currency = (select min(x.currency) from award x where x.ocid = p.ocid"
                        + " and x.status = 'active')) aw on true"
                        + " {where} order by p.published_at desc nulls last, p.ocid limit ? offset ?",
                filter, size, (long) page * size).stream()
                .map(r -> new ProcessEntry(r.text("ocid"), r.text("title"),
                        AnalyticsResource.organisation(r.text("buyer_id"), r.text("buyer_name")), r.text("status"),
                        r.text("procurement_method"), r.text("cpv_division"),
                        AnalyticsResource.money(r.decimal("value_amount"), r.text("currency")),
                        r.number("number_of_tenderers"), r.instant("published_at"),
                        AnalyticsResource.money(r.decimal("awarded"), r.text("awarded_currency"))))
                .toList();
        return new ProcessList(items, total);
    }

    /** A process's summary and every event of it, with the result of checking the hash chains. */
    public record ProcessView(String ocid, String title, Organization buyer, String status, String procurementMethod,
            String mainProcurementCategory, Money value, Instant publishedAt, Instant submissionDeadline,
            Instant lastEventAt, List<AwardSummary> awards, List<TimelineEntry> timeline, ChainCheck chain,
            String mainCpvCode, String cpvDivision, String procurementMethodDetails, int numberOfTenderers, int lots,
            List<BidSummary> bids) {
    }

    /**
     * An award of the process, lot by lot: {@code status} {@code pending}, {@code active}, {@code
     * cancelled} or {@code unsuccessful} (a lot no bid could win: no supplier, no value), {@code reason}
     * why it is cancelled or unsuccessful, {@code date} when it was decided.
     */
    public record AwardSummary(String awardId, String lotId, Organization supplier, Money value, String status,
            String reason, Instant date) {
    }

    /** One event on the timeline; {@code security} marks a refused access attempt. */
    public record TimelineEntry(UUID eventId, String type, String producer, String aggregateId, long sequence,
            Instant occurredAt, String hash, String prevHash, boolean security) {
    }

    /** {@code intact}, or where and how the chain breaks. */
    public record ChainCheck(String status, UUID brokenAtEvent, Long brokenAtSequence, String reason) {
    }

    @GET
    @Path("{ocid}")
    public ProcessView process(@PathParam("ocid") String ocid) {
        Process process = history.process(ocid)
                .orElseThrow(() -> ProblemException.notFound("No process " + ocid + " in the event history."));
        List<ProcessEvent> timeline = history.timeline(ocid);
        ChainCheck chain = history.verify(timeline)
                .map(b -> new ChainCheck("broken", b.eventId(), b.sequence(),
                        b.reason().name().toLowerCase(java.util.Locale.ROOT)))
                .orElse(new ChainCheck("intact", null, null, null));
        return new ProcessView(process.ocid, process.title, new Organization(process.buyerId, process.buyerName),
                process.status, process.procurementMethod, process.mainProcurementCategory,
                process.valueAmount == null ? null : new Money(process.valueAmount, process.currency),
                process.publishedAt, process.submissionDeadline, process.lastEventAt,
                awards.ofProcess(ocid).stream().map(a -> new AwardSummary(a.awardId, a.lotId, supplier(a), value(a),
                        a.status, a.statusReason, a.awardDate)).toList(),
                timeline.stream().map(e -> new TimelineEntry(e.eventId, e.type, e.producer, e.aggregateId,
                        e.sequence, e.occurredAt, e.hash, e.prevHash,
                        EventTypes.ACCESS_ATTEMPT_REFUSED.name().equals(e.type))).toList(),
                chain, process.mainCpvCode, process.cpvDivision, process.procurementMethodDetails,
                process.numberOfTenderers, process.lots, bids(ocid));
    }

    private List<BidSummary> bids(String ocid) {
        return queries.list("select * from process_bid where ocid = ? order by lot_id, received_at, bid_id",
                List.of(ocid)).stream().map(r -> new BidSummary(r.text("bid_id"), r.text("lot_id"),
                        AnalyticsResource.organisation(r.text("supplier_id"), r.text("supplier_name")),
                        AnalyticsResource.money(r.decimal("amount"), r.text("currency")), r.instant("received_at"),
                        r.text("status"), r.text("status_reason")))
                .toList();
    }

    static Organization supplier(Award a) {
        return a.supplierId == null ? null : new Organization(a.supplierId, a.supplierName);
    }

    static Money value(Award a) {
        return a.valueAmount == null ? null : new Money(a.valueAmount, a.currency);
    }
}
