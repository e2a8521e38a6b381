package org.openprocure.contract.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.openprocure.contract.flags.RedFlagService;
import org.openprocure.contract.service.ReadModelRebuild;

/** Rebuilds the analytics read models from the topics, from offset zero: for auditors. */
@Path("/api/analytics/rebuild")
@Produces(MediaType.APPLICATION_JSON)
public class ReadModelRebuildResource {

    private final ReadModelRebuild rebuild;
    private final RedFlagService redFlags;

    ReadModelRebuildResource(ReadModelRebuild rebuild, RedFlagService redFlags) {
        this.rebuild = rebuild;
        this.redFlags = redFlags;
    }

    /**
     * What was read and folded and how long it took ({@code millis}), then the red flags recomputed
     * over the rebuilt history: how many, and how long that took.
     */
    public record Rebuilt(long events, long processes, long millis, int redFlags, long redFlagsMillis) {
    }

    @POST
    @RolesAllowed("auditor")
    public Rebuilt rebuild() {
        ReadModelRebuild.Result result = rebuild.rebuild();
        long start = System.nanoTime();
        RedFlagService.Run flags = redFlags.recompute();
        return new Rebuilt(result.events(), result.processes(), result.millis(), flags.flags(),
                (System.nanoTime() - start) / 1_000_000);
    }
}
