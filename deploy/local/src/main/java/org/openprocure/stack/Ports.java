package org.openprocure.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** TCP port helpers for the local processes. */
public final class Ports {

    private Ports() {
    }

    /** A port that was free a moment ago, chosen by the operating system. */
    public static int free() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free TCP port", e);
        }
    }

    /**
     * {@code count} distinct ports that were free a moment ago: all are held open together while they are
     * chosen, so that two of them can never be the same.
     */
    public static int[] free(int count) {
        ServerSocket[] sockets = new ServerSocket[count];
        try {
            int[] ports = new int[count];
            for (int i = 0; i < count; i++) {
                sockets[i] = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                ports[i] = sockets[i].getLocalPort();
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException("No free TCP ports", e);
        } finally {
            for (ServerSocket socket : sockets) {
                if (socket != null) {
                    try {
                        socket.close();
                    } catch (IOException e) {
                        // Closing a listening socket that was never used cannot lose anything.
                    }
                }
            }
        }
    }

    /** Whether nothing listens on the port, on the wildcard address nor on loopback. */
    public static boolean isFree(int port) {
        // SO_REUSEADDR so that sockets in TIME_WAIT from a previous run do not count as taken,
        // the same way the servers themselves bind.
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Fails with a message naming the port and what needed it. */
    public static void requireFree(int port, String usedFor) {
        if (!isFree(port)) {
            throw new PortInUseException(port, usedFor);
        }
    }

    /** A port needed by the stack is taken by another process. */
    public static final class PortInUseException extends IllegalStateException {
        private final int port;

        PortInUseException(int port, String usedFor) {
            super("Port " + port + " (" + usedFor + ") is already in use by another process");
            this.port = port;
        }

        public int port() {
            return port;
        }
    }
}
