package org.openprocure.contract.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.openprocure.contract.analytics.Award;
import org.openprocure.contract.service.AwardReadModel;
import org.openprocure.events.Money;
import org.openprocure.events.Organization;
import org.openprocure.support.problem.ProblemException;
import org.openprocure.support.problem.QueryParams;

/** Award histories across processes, for auditors: by buyer, supplier and status, newest first. */
@Path("/api/analytics/awards")
@Produces(MediaType.APPLICATION_JSON)
public class AwardAnalyticsResource {

    private static final Set<String> STATUSES = Set.of(Award.PENDING, Award.ACTIVE, Award.CANCELLED,
            Award.UNSUCCESSFUL);
    /** Organisation ids as the {@code org} claim carries them. */
    private static final Pattern ORGANISATION_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}");

    private final AwardReadModel awards;

    AwardAnalyticsResource(AwardReadModel awards) {
        this.awards = awards;
    }

    /** One award of a history; {@code supplier} and {@code value} are null for an unsuccessful lot. */
    public record AwardEntry(String ocid, String awardId, String lotId, String bidId, Organization buyer,
            Organization supplier, Money value, String status, String statusReason, Instant date,
            Instant proposedAt, Instant confirmedAt, Instant cancelledAt) {

        static AwardEntry of(Award a) {
            return new AwardEntry(a.ocid, a.awardId, a.lotId, a.bidId,
                    a.buyerId == null ? null : new Organization(a.buyerId, a.buyerName),
                    ProcessAnalyticsResource.supplier(a), ProcessAnalyticsResource.value(a), a.status,
                    a.statusReason, a.awardDate, a.proposedAt, a.confirmedAt, a.cancelledAt);
        }
    }

    public record AwardHistory(List<AwardEntry> items, long total) {
    }

    @GET
    @RolesAllowed("auditor")
    public AwardHistory awards(@QueryParam("buyer") String buyer, @QueryParam("supplier") String supplier,
            @QueryParam("status") String status, @QueryParam("page") String pageParam,
            @QueryParam("size") String sizeParam) {
        int page = QueryParams.intBetween("page", pageParam, 0, 0, 100_000);
        int size = QueryParams.intBetween("size", sizeParam, 20, 1, 100);
        AwardReadModel.Page found = awards.search(new AwardReadModel.Criteria(organisation("buyer", buyer),
                organisation("supplier", supplier), statuses(status)), page, size);
        return new AwardHistory(found.awards().stream().map(AwardEntry::of).toList(), found.total());
    }

    private static String organisation(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String id = value.strip();
        if (!ORGANISATION_ID.matcher(id).matches()) {
            throw ProblemException.badRequest(name, "'" + value + "' is not an organisation id, e.g. buyer-northvale"
                    + " (letters, digits, '.', '_', ':', '-'; at most 100)");
        }
        return id;
    }

    /** Award statuses, comma-separated; none = every status. */
    private static Set<String> statuses(String value) {
        Set<String> statuses = new LinkedHashSet<>();
        if (value == null || value.isBlank()) {
            return statuses;
        }
        for (String code : value.split(",", -1)) {
            String wanted = code.strip();
            if (!STATUSES.contains(wanted)) {
                throw ProblemException.badRequest("status", "'" + wanted + "' is not an award status"
                        + " (pending, active, cancelled, unsuccessful)");
            }
            statuses.add(wanted);
        }
        return statuses;
    }
}
