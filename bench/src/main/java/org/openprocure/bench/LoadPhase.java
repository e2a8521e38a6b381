package org.openprocure.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * A closed loop: each client sends its next request as soon as the previous one is answered, through
 * a warm-up and then a measured window. Only requests sent and answered inside the window count.
 */
final class LoadPhase {

    /** One client's next request; returns the HTTP status (or a name for a failure without one). */
    interface Client {
        String next() throws Exception;
    }

    private LoadPhase() {
    }

    static Latencies.Summary run(String name, List<? extends Client> clients, int warmUpSeconds, int measuredSeconds)
            throws InterruptedException {
        long start = System.nanoTime();
        long measureFrom = start + warmUpSeconds * 1_000_000_000L;
        long measureTo = measureFrom + measuredSeconds * 1_000_000_000L;
        List<Latencies> results = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(clients.size());
        for (int i = 0; i < clients.size(); i++) {
            Client client = clients.get(i);
            Latencies latencies = new Latencies();
            results.add(latencies);
            Thread thread = new Thread(() -> {
                try {
                    while (true) {
                        long sent = System.nanoTime();
                        if (sent >= measureTo) {
                            return;
                        }
                        String status;
                        try {
                            status = client.next();
                        } catch (Exception e) {
                            status = e.getClass().getSimpleName();
                        }
                        long answered = System.nanoTime();
                        if (sent >= measureFrom && answered <= measureTo) {
                            if (status.startsWith("2")) {
                                latencies.accepted(answered - sent);
                            } else {
                                latencies.failed(status);
                            }
                        }
                    }
                } finally {
                    done.countDown();
                }
            }, name + "-" + i);
            thread.setDaemon(true);
            thread.start();
        }
        done.await();
        return Latencies.summarise(results, measuredSeconds);
    }
}
