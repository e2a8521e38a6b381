package org.openprocure.support.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.vertx.core.Vertx;
import io.vertx.core.impl.ContextInternal;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * Carries a trace across Kafka. An event is written to the outbox in the request's transaction but
 * published later by the relay, on another thread: so the request's trace context is kept with the
 * outbox row as a W3C {@code traceparent}, the relay publishes the record as a child of it with that
 * header, and a consumer processes the record in a span continuing it. One trace id then runs from the
 * request through every service that applies its events, and every log line on the way shows it.
 */
@ApplicationScoped
public class EventTracing {

    /** The W3C Trace Context header, on Kafka records as on HTTP requests. */
    public static final String TRACEPARENT = "traceparent";

    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();

    private static final TextMapGetter<Map<String, String>> MAP_GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    private final Tracer tracer;

    EventTracing(Tracer tracer) {
        this.tracer = tracer;
    }

    /** The current trace as a W3C {@code traceparent}, or {@code null} outside any trace. */
    public static String currentTraceparent() {
        return traceparentOf(Context.current());
    }

    /** The span's context as a W3C {@code traceparent}, or {@code null} if it has none. */
    public static String traceparentOf(Span span) {
        return traceparentOf(Context.root().with(span));
    }

    private static String traceparentOf(Context context) {
        Map<String, String> carrier = new HashMap<>();
        W3C.inject(context, carrier, Map::put);
        return carrier.get(TRACEPARENT);
    }

    /** The {@code traceparent} header of a record from Kafka, if it has one. */
    public static String traceparent(Headers headers) {
        Header header = headers == null ? null : headers.lastHeader(TRACEPARENT);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** The {@code traceparent} header of the record a message came from, if it came from Kafka and has one. */
    public static String traceparent(Optional<? extends IncomingKafkaRecordMetadata<?, ?>> kafka) {
        return kafka.map(metadata -> traceparent(metadata.getHeaders())).orElse(null);
    }

    private static Context parent(String traceparent) {
        if (traceparent == null || traceparent.isBlank()) {
            return Context.root();
        }
        return W3C.extract(Context.root(), Map.of(TRACEPARENT, traceparent.strip()), MAP_GETTER);
    }

    /**
     * Starts the span in which the relay publishes one outbox row: a child of the trace the row was
     * written in ({@code storedTraceparent}), or a new trace if it was written outside any.
     */
    public Span startPublish(String topic, String storedTraceparent) {
        return tracer.spanBuilder(topic + " publish")
                .setSpanKind(SpanKind.PRODUCER)
                .setParent(parent(storedTraceparent))
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", topic)
                .setAttribute("messaging.operation", "publish")
                .startSpan();
    }

    /**
     * Runs {@code work} as the processing of one record from {@code topic}, in a span continuing the
     * trace of its {@code traceparent} header (a new trace without one): its log lines carry that trace id.
     */
    public void continued(String topic, String traceparent, Runnable work) {
        // Quarkus keeps the current trace on a duplicated Vert.x context; a worker that runs on the root
        // context (as a blocking consumer may) would lose it, so the record is processed on a duplicate.
        if (Vertx.currentContext() instanceof ContextInternal root && !root.isDuplicate()) {
            ContextInternal duplicate = root.duplicate();
            ContextInternal previous = duplicate.beginDispatch();
            try {
                traced(topic, traceparent, work);
            } finally {
                duplicate.endDispatch(previous);
            }
        } else {
            traced(topic, traceparent, work);
        }
    }

    private void traced(String topic, String traceparent, Runnable work) {
        Span span = tracer.spanBuilder(topic + " process")
                .setSpanKind(SpanKind.CONSUMER)
                .setParent(parent(traceparent))
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", String.valueOf(topic))
                .setAttribute("messaging.operation", "process")
                .startSpan();
        try (Scope scope = span.makeCurrent()) {
            work.run();
        } catch (RuntimeException | Error e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR);
            throw e;
        } finally {
            span.end();
        }
    }
}
