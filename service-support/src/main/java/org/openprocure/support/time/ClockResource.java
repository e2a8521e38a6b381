package org.openprocure.support.time;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.openprocure.support.problem.ProblemException;

/**
 * The server's time, which is what every deadline is judged by. Moving it ahead is possible only on
 * a platform started with an {@link AdjustableClock} (system tests, the local demo); anywhere else it
 * is 404.
 */
@Path("/api/clock")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class ClockResource {

    public record Time(Instant now) {
    }

    public record Advance(String by) {
    }

    private final Clock clock;

    ClockResource(Clock clock) {
        this.clock = clock;
    }

    @GET
    public Time now() {
        return new Time(clock.instant());
    }

    @POST
    @Path("/advance")
    @Consumes(MediaType.APPLICATION_JSON)
    public Time advance(Advance request) {
        if (!(clock instanceof AdjustableClock adjustable)) {
            throw ProblemException.notFound("This server's clock cannot be moved.");
        }
        if (request == null || request.by() == null) {
            throw ProblemException.badRequest("by", "an ISO-8601 duration, e.g. P6D or PT2H");
        }
        try {
            Duration by = Duration.parse(request.by());
            if (by.isNegative()) {
                throw ProblemException.badRequest("by", "the clock only moves forward");
            }
            return new Time(adjustable.advance(by));
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("by", "'" + request.by() + "' is not an ISO-8601 duration, e.g. P6D");
        }
    }
}
