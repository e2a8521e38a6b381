package org.openprocure.support.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Settings every service shares, under {@code openprocure.*}. */
@ConfigMapping(prefix = "openprocure")
public interface PlatformConfig {

    /** This service's name, written as {@code producer} on every event it emits. */
    String producer();

    Outbox outbox();

    Actors actors();

    ClockSettings clock();

    Tracing tracing();

    interface Outbox {
        /** How often the relay looks for unsent events it was not woken for (at least 1 s). */
        @WithDefault("1s")
        String pollInterval();

        /** The most events one relay pass publishes. */
        @WithDefault("200")
        int batchSize();

        /** How long a pass waits for the broker's acknowledgements before it tries again later. */
        @WithDefault("45s")
        Duration ackTimeout();
    }

    interface Actors {
        /**
         * Key of the HMAC that turns a user name into the pseudonymous actor id on events. Set it from
         * the environment in production: whoever holds it can link pseudonyms to people.
         */
        String pseudonymKey();
    }

    interface Tracing {
        /**
         * Where spans are exported (OTLP over gRPC, e.g. {@code http://otel-collector:4317}). Without it
         * spans are still made, for the trace ids in the logs and on the records, but none is sampled.
         */
        Optional<String> otlpEndpoint();
    }

    interface ClockSettings {
        /**
         * Whether {@code POST /api/clock/advance} may move this service's clock ahead: only on a platform
         * started for system tests or the local demo platform, never in production.
         */
        @WithDefault("false")
        boolean adjustable();

        /**
         * How far behind the system clock an adjustable clock starts (an ISO-8601 duration). The local
         * demo starts its services weeks in the past, creates a procurement history through the APIs
         * and moves the clocks up to the present. Requires {@code adjustable}.
         */
        @WithDefault("PT0S")
        Duration startsBehind();
    }
}
