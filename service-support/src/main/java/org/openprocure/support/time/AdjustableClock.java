package org.openprocure.support.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The system clock moved ahead by an offset that only ever grows. It exists for system tests of the
 * whole platform (enabled by {@code openprocure.clock.adjustable=true}, never in production), so that
 * they can let days pass at once instead of waiting for them.
 */
public final class AdjustableClock extends Clock {

    private final Clock system;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    public AdjustableClock(Clock system) {
        this(system, Duration.ZERO);
    }

    /**
     * A clock that starts {@code behind} the system clock, so that a platform can be given a past (the
     * local demo replays weeks of procurement history) and then brought up to the present.
     */
    public AdjustableClock(Clock system, Duration behind) {
        if (behind.isNegative()) {
            throw new IllegalArgumentException("a clock can start behind the system clock, not ahead of it");
        }
        this.system = system;
        this.offset.set(behind.negated());
    }

    /** Moves the clock ahead; time never runs backwards. */
    public Instant advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("the clock only moves forward");
        }
        offset.accumulateAndGet(by, Duration::plus);
        return instant();
    }

    public Duration offset() {
        return offset.get();
    }

    @Override
    public Instant instant() {
        return system.instant().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the platform keeps time in UTC");
    }
}
