package org.openprocure.tender.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.openprocure.support.problem.ProblemException;
import org.openprocure.support.problem.QueryParams;
import org.openprocure.tender.domain.CpvCatalogue;

/** Look-up of the CPV 2008 vocabulary the service validates against, for forms and search filters. */
@Path("/api/cpv")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class CpvResource {

    @GET
    public List<CpvCatalogue.Entry> search(@QueryParam("q") String text, @QueryParam("prefix") String prefix,
            @QueryParam("limit") String limitParam) {
        int limit = QueryParams.intBetween("limit", limitParam, 20, 1, 200);
        if (prefix != null && !prefix.isBlank() && !prefix.strip().matches("\\d{1,8}(-\\d)?")) {
            throw ProblemException.badRequest("prefix", "the leading digits of a CPV code, e.g. 4523");
        }
        if (text != null && text.length() > 100) {
            throw ProblemException.badRequest("q", "at most 100 characters");
        }
        String digits = prefix == null ? null : prefix.strip().replaceAll("-\\d$", "");
        return CpvCatalogue.load().search(text, digits, limit);
    }
}
