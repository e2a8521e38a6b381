package org.openprocure.support.time;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.arc.profile.UnlessBuildProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import org.openprocure.support.config.PlatformConfig;

/**
 * The one clock deadlines are judged by: the system's UTC clock, except in the test profile, where
 * it is a {@link MutableClock} that tests move instead of waiting for time to pass, and in a platform
 * started for system tests ({@code openprocure.clock.adjustable=true}), where it is an {@link
 * AdjustableClock} the tests move through {@code POST /api/clock/advance}.
 */
@ApplicationScoped
public class ClockProducer {

    /** Where the test clock starts: a fixed instant, so that tests read the same dates every run. */
    public static final Instant TEST_START = Instant.parse("2026-11-30T09:00:00Z");

    @Produces
    @Singleton
    @UnlessBuildProfile("test")
    Clock systemClock(PlatformConfig config) {
        return config.clock().adjustable() ? new AdjustableClock(Clock.systemUTC()) : Clock.systemUTC();
    }

    @Produces
    @Singleton
    @IfBuildProfile("test")
    MutableClock testClock() {
        return new MutableClock(TEST_START);
    }
}
