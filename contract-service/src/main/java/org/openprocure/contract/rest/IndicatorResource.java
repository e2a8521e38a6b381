package org.openprocure.contract.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.openprocure.contract.redflags.IndicatorEngine;
import org.openprocure.contract.redflags.ReleaseLines;
import org.openprocure.contract.redflags.Settings;
import org.openprocure.contract.redflags.SettingsException;
import org.openprocure.support.problem.ProblemException;

/**
 * Red flags over anyone's open data, for auditors comparing portals: OCDS compiled releases as JSON
 * lines (one process per line) in, Cardinal-shaped results out — only flagged entries, grouped by
 * {@code OCID}, {@code Buyer}, {@code ProcuringEntity} and {@code Tenderer}. Optional settings in
 * Cardinal's INI format travel in the {@code settings} query parameter.
 */
@Path("/api/analytics/indicators")
public class IndicatorResource {

    @POST
    @RolesAllowed("auditor")
    @Consumes({"application/x-ndjson", MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    public JsonNode indicators(String body, @QueryParam("settings") String settings) {
        Settings parsed;
        try {
            parsed = settings == null || settings.isBlank() ? Settings.defaults() : Settings.parse(settings);
        } catch (SettingsException e) {
            throw ProblemException.badRequest("settings", e.getMessage());
        }
        return IndicatorEngine.run(releases(body), parsed);
    }

    /** One compiled release per non-blank line; a line that is not a JSON object is refused by its number. */
    static List<JsonNode> releases(String body) {
        try {
            return ReleaseLines.parse(body);
        } catch (ReleaseLines.InvalidLineException e) {
            throw ProblemException.badRequest("body", e.getMessage());
        }
    }
}
