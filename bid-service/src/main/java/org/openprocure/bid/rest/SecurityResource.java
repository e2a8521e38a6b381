package org.openprocure.bid.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.openprocure.bid.service.AccessAttempts;

/** Refused attempts to read sealed bids or to open early, newest first: for auditors. */
@Path("/api/security/access-attempts")
@Produces(MediaType.APPLICATION_JSON)
public class SecurityResource {

    public record AttemptView(Instant occurredAt, String ocid, String what, String detail, String actorRole,
            String actorId) {
    }

    private final AccessAttempts attempts;

    SecurityResource(AccessAttempts attempts) {
        this.attempts = attempts;
    }

    @GET
    @RolesAllowed("auditor")
    public List<AttemptView> accessAttempts() {
        return attempts.latest(200).stream().map(a -> new AttemptView(a.occurredAt, a.ocid, a.what, a.detail,
                a.actorRole, a.actorId)).toList();
    }
}
