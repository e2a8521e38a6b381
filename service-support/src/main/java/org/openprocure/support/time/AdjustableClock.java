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
        this.system = system;
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
