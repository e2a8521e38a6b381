package org.openprocure.portal.rest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Stands in for Keycloak's discovery document, which the portal asks before it sends a browser to log in:
 * up (it answers) or down (nothing listens on its port).
 */
public class IdentityProviderStub implements QuarkusTestResourceLifecycleManager {

    private static int port;
    private static HttpServer server;

    @Override
    public Map<String, String> start() {
        up();
        return Map.of("openprocure.portal.sign-in-check-url",
                "http://localhost:" + port + "/realms/procurement/.well-known/openid-configuration");
    }

    @Override
    public void stop() {
        down();
    }

    static synchronized void up() {
        if (server != null) {
            return;
        }
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            byte[] body = "{\"issuer\": \"http://localhost:8180/realms/procurement\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        port = server.getAddress().getPort();
    }

    static synchronized void down() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }
}
