package org.openprocure.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PortsTest {

    @Test
    void portsChosenTogetherAreDistinctAndCanBeBound() throws IOException {
        for (int round = 0; round < 50; round++) {
            int[] ports = Ports.free(3);
            assertEquals(3, Arrays.stream(ports).distinct().count(), Arrays.toString(ports));
            for (int port : ports) {
                assertTrue(port > 0 && port < 65536, "port " + port);
            }
        }
        int[] pair = Ports.free(2);
        try (ServerSocket first = new ServerSocket(pair[0], 1, InetAddress.getLoopbackAddress());
                ServerSocket second = new ServerSocket(pair[1], 1, InetAddress.getLoopbackAddress())) {
            assertTrue(first.isBound() && second.isBound());
        }
    }

    @Test
    void aTakenPortIsNamedWithWhatNeededIt() throws IOException {
        try (ServerSocket taken = new ServerSocket(0)) {
            Ports.PortInUseException refused = org.junit.jupiter.api.Assertions.assertThrows(
                    Ports.PortInUseException.class, () -> Ports.requireFree(taken.getLocalPort(), "Kafka"));
            assertEquals(taken.getLocalPort(), refused.port());
            assertTrue(refused.getMessage().contains("Kafka"), refused.getMessage());
        }
    }
}
