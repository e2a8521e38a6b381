package org.openprocure.portal.wire;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * Stands in for contract-service's integrity channel on the wire and records every header the portal sent.
 * Only {@link IntegrityChannelWireTest}'s profile points the portal here.
 */
@Path("/fake-contract-service/api/integrity-reports")
@PermitAll
public class FakeIntegrityChannel {

    /** The headers of each request, names in lower case. */
    static final List<Map<String, List<String>>> HEADERS = new CopyOnWriteArrayList<>();
    static final List<String> BODIES = new CopyOnWriteArrayList<>();

    @POST
    public Response report(@Context HttpHeaders headers, String body) {
        record(headers, body);
        return Response.status(201).type("application/json")
                .entity("{\"reference\":\"IR-7K3M-Q9XA\",\"followUpCode\":\"7K3M-Q9XA-2B4C-D6EF-G8HJ-K0MN\","
                        + "\"status\":\"received\"}")
                .build();
    }

    @POST
    @Path("/follow-up")
    public Response followUp(@Context HttpHeaders headers, String body) {
        record(headers, body);
        return Response.ok("{\"reference\":\"IR-7K3M-Q9XA\",\"subject\":{\"type\":\"general\",\"id\":null},"
                + "\"category\":\"fraud\",\"status\":\"received\",\"receivedOn\":\"2026-11-30\",\"messages\":[]}",
                "application/json").build();
    }

    private static void record(HttpHeaders headers, String body) {
        Map<String, List<String>> copy = new java.util.TreeMap<>();
        headers.getRequestHeaders().forEach((name, values) -> copy.put(name.toLowerCase(java.util.Locale.ROOT),
                List.copyOf(values)));
        HEADERS.add(copy);
        BODIES.add(body);
    }
}
