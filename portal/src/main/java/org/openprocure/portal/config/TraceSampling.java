package org.openprocure.portal.config;

import io.opentelemetry.sdk.trace.samplers.Sampler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * As in the services: spans are always made, so that the portal's log lines and its calls to the
 * services carry a trace id, and they are recorded and exported only where an OTLP endpoint is set.
 */
@ApplicationScoped
public class TraceSampling {

    @Produces
    @Singleton
    Sampler sampler(@ConfigProperty(name = "openprocure.tracing.otlp-endpoint") Optional<String> endpoint) {
        return endpoint.filter(url -> !url.isBlank()).isPresent() ? Sampler.parentBased(Sampler.alwaysOn())
                : Sampler.alwaysOff();
    }
}
