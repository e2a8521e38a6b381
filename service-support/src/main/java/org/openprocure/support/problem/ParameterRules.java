package org.openprocure.support.problem;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses path variables and query parameters that carry control characters before a resource sees
 * them: PostgreSQL stores no NUL and would answer a lookup with one by a 500. Each becomes a 400
 * naming the parameter, like the same characters in a JSON body ({@link JsonInputRules}).
 */
public class ParameterRules {

    @ServerRequestFilter
    public void refuseControlCharacters(UriInfo uri) {
        check(uri.getPathParameters(true));
        check(uri.getQueryParameters(true));
    }

    private static void check(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            for (String value : parameter.getValue()) {
                int bad = controlCharacter(value);
                if (bad >= 0) {
                    throw ProblemException.badRequest(parameter.getKey(),
                            "must not contain control characters (found U+" + String.format("%04X", bad) + ")");
                }
            }
        }
    }

    /** The first control character of {@code value} (tab, line feed and carriage return aside), or -1. */
    static int controlCharacter(String value) {
        if (value == null) {
            return -1;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                return c;
            }
        }
        return -1;
    }
}
