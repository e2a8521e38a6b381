package org.openprocure.contract.ocds;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.openprocure.support.problem.ProblemException;
import org.openprocure.support.problem.QueryParams;

/** OCDS 1.1.5 open data, for anyone: release and record packages, and the bulk file. */
@Path("/api/ocds")
@PermitAll
public class OcdsResource {

    private static final int MAX_LIMIT = 1000;

    private final OcdsPublication publication;

    OcdsResource(OcdsPublication publication) {
        this.publication = publication;
    }

    @GET
    @Path("/releases")
    @Produces(MediaType.APPLICATION_JSON)
    public String releases(@QueryParam("since") String since, @QueryParam("limit") String limit) {
        return publication.releases(cursor(since), QueryParams.intBetween("limit", limit, 100, 1, MAX_LIMIT)).body();
    }

    @GET
    @Path("/releases/{releaseId}")
    @Produces(MediaType.APPLICATION_JSON)
    public String release(@PathParam("releaseId") String releaseId) {
        return publication.release(releaseId)
                .orElseThrow(() -> ProblemException.notFound("No OCDS release " + releaseId + "."));
    }

    @GET
    @Path("/records/{ocid}")
    @Produces(MediaType.APPLICATION_JSON)
    public String record(@PathParam("ocid") String ocid) {
        return publication.record(ocid)
                .orElseThrow(() -> ProblemException.notFound("No OCDS record for " + ocid + "."));
    }

    @GET
    @Path("/records")
    @Produces(MediaType.APPLICATION_JSON)
    public String records(@QueryParam("since") String since, @QueryParam("limit") String limit) {
        return publication.records(cursor(since), QueryParams.intBetween("limit", limit, 100, 1, MAX_LIMIT)).body();
    }

    @GET
    @Path("/bulk.jsonl")
    @Produces("application/x-ndjson")
    public String bulk() {
        StringBuilder lines = new StringBuilder();
        publication.compiledReleases().forEach(line -> lines.append(line).append('\n'));
        return lines.toString();
    }

    /** The feed's cursor: a position from a {@code links.next}, 0 (or none) for the beginning. */
    private static long cursor(String since) {
        if (since == null || since.isBlank()) {
            return 0;
        }
        try {
            long position = Long.parseLong(since.strip());
            if (position >= 0) {
                return position;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ProblemException.badRequest("since", "'" + since + "' is not a cursor from a links.next");
    }
}
