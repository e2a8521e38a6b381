package org.openprocure.contract.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.openprocure.contract.redflags.IndicatorEngine;
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

    private static final ObjectMapper JSON = new ObjectMapper();

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
        if (body == null || body.isBlank()) {
            throw ProblemException.badRequest("body", "no compiled release: send one OCDS compiled release per line");
        }
        List<JsonNode> releases = new ArrayList<>();
        String[] lines = body.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            try {
                JsonNode release = JSON.readTree(lines[i]);
                if (!release.isObject()) {
                    throw ProblemException.badRequest("body", "line " + (i + 1) + " is not a JSON object");
                }
                releases.add(release);
            } catch (JsonProcessingException e) {
                throw ProblemException.badRequest("body", "line " + (i + 1) + " is not valid JSON: "
                        + e.getOriginalMessage());
            }
        }
        return releases;
    }
}
