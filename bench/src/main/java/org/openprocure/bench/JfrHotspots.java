package org.openprocure.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where bid-service's CPU time goes in a flight recording of a rush: each execution sample is put down
 * to the first step of a bid, in this order, found anywhere on its stack; then the hottest leaf methods.
 *
 * <pre>java -cp ... org.openprocure.bench.JfrHotspots recording.jfr</pre>
 */
public final class JfrHotspots {

    private static final Map<String, List<String>> STEPS = new LinkedHashMap<>();

    static {
        STEPS.put("receipt signature (Ed25519)", List.of("org.openprocure.bid.sealing.ReceiptSigner.sign"));
        STEPS.put("sealing (X25519, HKDF, AES-GCM)", List.of("org.openprocure.bid.sealing.BidSealer.seal"));
        STEPS.put("PDF check (PDFBox)", List.of("org.openprocure.support.pdf.PdfUploadCheck.check"));
        STEPS.put("bearer token check (JWT)", List.of("org.jose4j.", "io.smallrye.jwt.", "io.quarkus.oidc."));
        STEPS.put("bean validation", List.of("org.hibernate.validator."));
        STEPS.put("database (Hibernate, Agroal, JDBC, Narayana)", List.of("org.hibernate.", "org.postgresql.",
                "io.agroal.", "com.arjuna.", "io.quarkus.narayana."));
        STEPS.put("JSON (Jackson)", List.of("com.fasterxml.jackson."));
        STEPS.put("bid-service, rest of the request", List.of("org.openprocure."));
        STEPS.put("Kafka client", List.of("org.apache.kafka."));
        STEPS.put("HTTP (Vert.x, Netty, REST)", List.of("io.vertx.", "io.netty.", "org.jboss.resteasy.",
                "io.quarkus.vertx.", "io.quarkus.resteasy."));
    }

    private JfrHotspots() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, Integer> steps = new LinkedHashMap<>();
        STEPS.keySet().forEach(step -> steps.put(step, 0));
        steps.put("other", 0);
        Map<String, Integer> leaves = new TreeMap<>();
        int total = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            total++;
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            steps.merge(stepOf(frames), 1, Integer::sum);
            if (!frames.isEmpty()) {
                RecordedFrame top = frames.get(0);
                leaves.merge(top.getMethod().getType().getName() + "." + top.getMethod().getName(), 1, Integer::sum);
            }
        }
        System.out.printf("%d execution samples%n", total);
        for (Map.Entry<String, Integer> step : steps.entrySet()) {
            System.out.printf("  %5.1f %%  %s%n", 100.0 * step.getValue() / Math.max(1, total), step.getKey());
        }
        System.out.println("hottest methods (self):");
        int samples = total;
        leaves.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(20)
                .forEach(e -> System.out.printf("  %5.1f %%  %s%n", 100.0 * e.getValue() / Math.max(1, samples), e.getKey()));
    }

    private static String stepOf(List<RecordedFrame> frames) {
        for (Map.Entry<String, List<String>> step : STEPS.entrySet()) {
            for (RecordedFrame frame : frames) {
                String method = frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
                for (String prefix : step.getValue()) {
                    if (method.startsWith(prefix)) {
                        return step.getKey();
                    }
                }
            }
        }
        return "other";
    }
}
