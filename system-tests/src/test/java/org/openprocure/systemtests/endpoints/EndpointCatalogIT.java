package org.openprocure.systemtests.endpoints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The catalog reads the packaged applications' annotations, the platform's shared resources included. */
class EndpointCatalogIT {

    private static final Path REPO = Path.of(System.getProperty("openprocure.repo.root", "..")).toAbsolutePath()
            .normalize();

    @Test
    void findsAnOfficersEndpointWithItsRoleAndPathVariables() {
        List<Endpoint> tender = EndpointCatalog.of(REPO, "tender-service");
        Endpoint publish = tender.stream().filter(e -> e.key().equals("POST /api/tenders/{id}/publish"))
                .findFirst().orElseThrow(() -> new AssertionError("no publish endpoint in " + tender));
        assertEquals("roles", publish.access());
        assertEquals(List.of("officer"), publish.roles());
        assertEquals(List.of("id"), publish.pathVariables());
    }

    @Test
    void includesTheSharedResourcesEveryServiceServes() {
        for (String application : List.of("tender-service", "bid-service", "evaluation-service", "contract-service")) {
            List<Endpoint> endpoints = EndpointCatalog.of(REPO, application);
            assertTrue(endpoints.stream().anyMatch(e -> e.key().equals("GET /api/clock")),
                    application + " serves the clock: " + endpoints);
            assertTrue(endpoints.stream().anyMatch(e -> e.access().equals("public")), application);
        }
    }
}
