package org.openprocure.contract.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.openprocure.contract.flags.Flag;
import org.openprocure.contract.flags.RedFlag;
import org.openprocure.contract.flags.RedFlagAnalysis;
import org.openprocure.contract.flags.RedFlagService;
import org.openprocure.events.EventJson;
import org.openprocure.events.Organization;
import org.openprocure.support.problem.ProblemException;
import org.openprocure.support.problem.QueryParams;

/** The red flags of the platform's own processes, as the last run computed them, for auditors. */
@Path("/api/analytics/red-flags")
@Produces(MediaType.APPLICATION_JSON)
public class RedFlagResource {

    /** Organisation ids as the {@code org} claim carries them. */
    static final Pattern ORGANISATION_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}");
    private static final Pattern OCID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}");

    private final RedFlagService flags;

    RedFlagResource(RedFlagService flags) {
        this.flags = flags;
    }

    public record Subject(String type, String id, String name) {
    }

    public record Item(String code, String name, String ocid, String title, String lotId, Organization buyer,
            Subject subject, double value, String explanation, JsonNode evidence, String threshold, String source) {

        static Item of(RedFlag f) {
            return new Item(f.code, f.name, f.ocid, f.title, f.lotId,
                    f.buyerId == null ? null : new Organization(f.buyerId, f.buyerName),
                    new Subject(f.subjectType, f.subjectId, f.subjectName), f.value, f.explanation,
                    RedFlagResource.evidence(f.evidence), f.threshold, f.source);
        }
    }

    public record Listing(List<Item> items, long total, Instant computedAt) {
    }

    @GET
    @RolesAllowed("auditor")
    public Listing list(@QueryParam("code") String code, @QueryParam("ocid") String ocid,
            @QueryParam("buyer") String buyer, @QueryParam("source") String source,
            @QueryParam("page") String pageParam, @QueryParam("size") String sizeParam) {
        int page = QueryParams.intBetween("page", pageParam, 0, 0, 100_000);
        int size = QueryParams.intBetween("size", sizeParam, 20, 1, 100);
        RedFlagService.Page found = flags.search(new RedFlagService.Criteria(code(code), ocid(ocid),
                organisation("buyer", buyer), source(source)), page, size);
        return new Listing(found.items().stream().map(Item::of).toList(), found.total(), found.computedAt());
    }

    @GET
    @Path("/summary")
    @RolesAllowed("auditor")
    public RedFlagService.Summary summary(@QueryParam("buyer") String buyer) {
        return flags.summary(organisation("buyer", buyer));
    }

    private static String code(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String code = value.strip();
        if (!RedFlagAnalysis.NAMES.containsKey(code)) {
            throw ProblemException.badRequest("code", "'" + value + "' is not a red-flag code ("
                    + String.join(", ", new TreeSet<>(RedFlagAnalysis.NAMES.keySet())) + ")");
        }
        return code;
    }

    private static String ocid(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!OCID.matcher(value.strip()).matches()) {
            throw ProblemException.badRequest("ocid", "'" + value + "' is not an ocid, e.g. ocds-op7x2k-T-2026-000042");
        }
        return value.strip();
    }

    private static String source(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String source = value.strip();
        if (!source.equals(Flag.CARDINAL) && !source.equals(Flag.SCREEN)) {
            throw ProblemException.badRequest("source", "'" + value + "' is not a source (cardinal, screen)");
        }
        return source;
    }

    static String organisation(String name, String value) {
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

    private static JsonNode evidence(String json) {
        try {
            return EventJson.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored evidence is always JSON", e);
        }
    }
}
