package org.openprocure.support.tracing;

import io.opentelemetry.sdk.trace.samplers.Sampler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.openprocure.support.config.PlatformConfig;

/**
 * Spans are always made, so that every log line carries its trace id and the trace goes on to the
 * next service; they are recorded and exported only where an OTLP endpoint is configured. Without
 * one (the local stack, the tests) nothing is sampled, so nothing tries to reach a collector.
 */
@ApplicationScoped
public class TraceSampling {

    @Produces
    @Singleton
    Sampler sampler(PlatformConfig config) {
        return exporting(config.tracing().otlpEndpoint()) ? Sampler.parentBased(Sampler.alwaysOn()) : Sampler.alwaysOff();
    }

    /** Whether spans go to a collector: only with an endpoint of its own (Quarkus's has a localhost default). */
    public static boolean exporting(Optional<String> endpoint) {
        return endpoint.filter(url -> !url.isBlank()).isPresent();
    }
}
