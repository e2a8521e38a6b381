package org.openprocure.contract.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.openprocure.contract.service.ReadModelRebuild;

/** Rebuilds the analytics read models from the topics, from offset zero: for auditors. */
@Path("/api/analytics/rebuild")
@Produces(MediaType.APPLICATION_JSON)
public class ReadModelRebuildResource {

    private final ReadModelRebuild rebuild;

    ReadModelRebuildResource(ReadModelRebuild rebuild) {
        this.rebuild = rebuild;
    }

    /** {@code {"events", "processes", "millis"}}: what was read and folded, and how long it took. */
    @POST
    @RolesAllowed("auditor")
    public ReadModelRebuild.Result rebuild() {
        return rebuild.rebuild();
    }
}
