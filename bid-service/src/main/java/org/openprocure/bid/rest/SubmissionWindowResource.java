package org.openprocure.bid.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import org.openprocure.bid.TenderSchedule;
import org.openprocure.support.problem.ProblemException;

/**
 * When a tender accepts bids, by the server's clock: the clock that decides, shown to suppliers so
 * that nobody is surprised by their own watch.
 */
@Path("/api/tenders/{ocid}/submission-window")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class SubmissionWindowResource {

    private final Clock clock;

    SubmissionWindowResource(Clock clock) {
        this.clock = clock;
    }

    /** The submission window of a published tender. */
    public record SubmissionWindow(String ocid, Instant submissionDeadline, Instant openingDate, Instant serverTime,
            boolean acceptingBids, int noticeVersion, boolean cancelled, Integer bidsMustBeReconfirmedSince) {
    }

    @GET
    @Transactional
    public SubmissionWindow window(@PathParam("ocid") String ocid) {
        TenderSchedule schedule = TenderSchedule.<TenderSchedule>findByIdOptional(ocid)
                .orElseThrow(() -> ProblemException.notFound("No published tender " + ocid + " is known here."));
        Instant now = clock.instant();
        return new SubmissionWindow(ocid, schedule.submissionDeadline, schedule.openingDate, now,
                schedule.acceptsBidsAt(now), schedule.noticeVersion, schedule.cancelled,
                schedule.bidsMustBeReconfirmedSince);
    }
}
