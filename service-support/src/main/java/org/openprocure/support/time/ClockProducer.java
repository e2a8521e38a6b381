package org.openprocure.support.time;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.arc.profile.UnlessBuildProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
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
        Duration behind = config.clock().startsBehind();
        if (!config.clock().adjustable()) {
            if (!behind.isZero()) {
                throw new IllegalStateException("openprocure.clock.starts-behind=" + behind
                        + " needs openprocure.clock.adjustable=true: only an adjustable clock can catch up");
            }
            return Clock.systemUTC();
        }
        if (behind.isNegative()) {
            throw new IllegalStateException("openprocure.clock.starts-behind=" + behind
                    + " is negative: a clock may start behind the system clock, never ahead of it");
        }
        return new AdjustableClock(Clock.systemUTC(), behind);
    }

    @Produces
    @Singleton
    @IfBuildProfile("test")
    MutableClock testClock() {
        return new MutableClock(TEST_START);
    }
}
