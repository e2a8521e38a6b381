package org.openprocure.portal.wire;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Points the portal's REST clients at {@link FakeTenderService} inside the same application. The
 * port is chosen before start-up, since the clients' URL must name it.
 */
public class FakeTenderServiceProfile implements QuarkusTestProfile {

    private static final int PORT = freePort();

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.http.test-port", String.valueOf(PORT),
                "quarkus.rest-client.tender-service.url", "http://localhost:" + PORT + "/fake-tender-service");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException noPort) {
            throw new UncheckedIOException(noPort);
        }
    }
}
