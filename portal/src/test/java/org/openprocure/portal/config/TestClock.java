package org.openprocure.portal.config;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Component tests run at a fixed instant, so which forms a page offers never depends on the day the build runs. */
public class TestClock {

    public static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @Produces
    @Singleton
    @Alternative
    @Priority(1)
    Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
