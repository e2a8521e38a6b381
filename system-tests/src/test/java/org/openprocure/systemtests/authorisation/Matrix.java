package org.openprocure.systemtests.authorisation;

import java.nio.file.Path;
import java.util.List;
import org.openprocure.systemtests.endpoints.Endpoint;
import org.openprocure.systemtests.endpoints.EndpointCatalog;

/** The applications the authorisation table covers, and their endpoints as the code declares them. */
final class Matrix {

    static final List<String> APPLICATIONS = List.of("tender-service", "bid-service", "evaluation-service",
            "contract-service", "portal");

    private Matrix() {
    }

    /**
     * The application's endpoints, with the path as a client sends it: a resource class at {@code @Path("/")}
     * makes the catalog join {@code //login}, which is served at {@code /login}.
     */
    static List<Endpoint> endpoints(Path repoRoot, String application) {
        return EndpointCatalog.of(repoRoot, application).stream()
                .map(e -> new Endpoint(e.application(), e.method(), e.path().replaceAll("/{2,}", "/"), e.consumes(),
                        e.access(), e.roles(), e.javaMethod()))
                .toList();
    }
}
