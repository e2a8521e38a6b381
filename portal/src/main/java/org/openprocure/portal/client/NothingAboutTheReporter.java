package org.openprocure.portal.client;

import java.util.List;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;

/**
 * The integrity channel's calls carry the report and nothing else: no token, no cookie, no forwarded address,
 * no browser name or language, whatever another filter or a propagation setting might have added. Runs last.
 */
@Priority(Priorities.USER + 1000)
public class NothingAboutTheReporter implements ClientRequestFilter {

    /** The only headers these calls keep (lower case). */
    static final Set<String> KEPT = Set.of("content-type", "accept", "content-length");

    @Override
    public void filter(ClientRequestContext request) {
        MultivaluedMap<String, Object> headers = request.getHeaders();
        for (String name : List.copyOf(headers.keySet())) {
            if (!KEPT.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                headers.remove(name);
            }
        }
    }
}
