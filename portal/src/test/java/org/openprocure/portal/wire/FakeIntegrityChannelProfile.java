package org.openprocure.portal.wire;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Points the portal's contract-service clients at {@link FakeIntegrityChannel} inside the same application. */
public class FakeIntegrityChannelProfile implements QuarkusTestProfile {

    private static final int PORT = freePort();

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.http.test-port", String.valueOf(PORT),
                "quarkus.rest-client.contract-service.url", "http://localhost:" + PORT + "/fake-contract-service");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException noPort) {
            throw new UncheckedIOException(noPort);
        }
    }
}
