package org.openprocure.contract.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.openprocure.contract.analytics.Award;
import org.openprocure.contract.analytics.Process;
import org.openprocure.contract.analytics.ProcessEvent;
import org.openprocure.contract.service.AwardReadModel;
import org.openprocure.contract.service.ProcessHistory;
import org.openprocure.events.EventHashing;
import org.openprocure.events.Money;
import org.openprocure.events.Organization;
import org.openprocure.support.problem.ProblemException;

/** The analytics read model of one process, with its verifiable timeline, for auditors. */
@Path("/api/analytics/processes/{ocid}")
@Produces(MediaType.APPLICATION_JSON)
public class ProcessAnalyticsResource {

    private final ProcessHistory history;
    private final AwardReadModel awards;

    ProcessAnalyticsResource(ProcessHistory history, AwardReadModel awards) {
        this.history = history;
        this.awards = awards;
    }

    /** A process's summary and every event of it, with the result of checking the hash chains. */
    public record ProcessView(String ocid, String title, Organization buyer, String status, String procurementMethod,
            String mainProcurementCategory, Money value, Instant publishedAt, Instant submissionDeadline,
            Instant lastEventAt, List<AwardSummary> awards, List<TimelineEntry> timeline, ChainCheck chain) {
    }

    /**
     * An award of the process, lot by lot: {@code status} {@code pending}, {@code active}, {@code
     * cancelled} or {@code unsuccessful} (a lot no bid could win: no supplier, no value), {@code reason}
     * why it is cancelled or unsuccessful, {@code date} when it was decided.
     */
    public record AwardSummary(String awardId, String lotId, Organization supplier, Money value, String status,
            String reason, Instant date) {
    }

    /** One event on the timeline. */
    public record TimelineEntry(UUID eventId, String type, String producer, String aggregateId, long sequence,
            Instant occurredAt, String hash, String prevHash) {
    }

    /** {@code intact}, or where and how the chain breaks. */
    public record ChainCheck(String status, UUID brokenAtEvent, Long brokenAtSequence, String reason) {
    }

    @GET
    @RolesAllowed("auditor")
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
                        e.sequence, e.occurredAt, e.hash, e.prevHash)).toList(),
                chain);
    }

    static Organization supplier(Award a) {
        return a.supplierId == null ? null : new Organization(a.supplierId, a.supplierName);
    }

    static Money value(Award a) {
        return a.valueAmount == null ? null : new Money(a.valueAmount, a.currency);
    }
}
