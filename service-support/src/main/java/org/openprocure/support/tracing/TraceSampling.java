package org.openprocure.support.tracing;

import io.opentelemetry.sdk.trace.samplers.Sampler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Spans are always made, so that every log line carries its trace id and the trace goes on to the
 * next service; they are recorded and exported only where an OTLP endpoint is configured. Without
 * one (the local stack, the tests) nothing is sampled, so nothing tries to reach a collector.
 */
@ApplicationScoped
public class TraceSampling {

    @Produces
    @Singleton
    Sampler sampler(@ConfigProperty(name = "quarkus.otel.exporter.otlp.traces.endpoint") Optional<String> traces,
            @ConfigProperty(name = "quarkus.otel.exporter.otlp.endpoint") Optional<String> any) {
        return exporting(traces, any) ? Sampler.parentBased(Sampler.alwaysOn()) : Sampler.alwaysOff();
    }

    static boolean exporting(Optional<String> traces, Optional<String> any) {
        return traces.or(() -> any).filter(endpoint -> !endpoint.isBlank()).isPresent();
    }
}
