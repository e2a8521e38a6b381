package org.openprocure.support.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AdjustableClockTest {

    private static final Instant SYSTEM_NOW = Instant.parse("2026-11-30T12:00:00Z");
    private final Clock system = Clock.fixed(SYSTEM_NOW, ZoneOffset.UTC);

    @Test
    void startsAtTheSystemTimeAndMovesOnlyForward() {
        AdjustableClock clock = new AdjustableClock(system);
        assertEquals(SYSTEM_NOW, clock.instant());
        assertEquals(SYSTEM_NOW.plus(Duration.ofDays(6)), clock.advance(Duration.ofDays(6)));
        assertThrows(IllegalArgumentException.class, () -> clock.advance(Duration.ofSeconds(-1)));
        assertEquals(SYSTEM_NOW.plus(Duration.ofDays(6)), clock.instant());
    }

    @Test
    void aClockStartedBehindCatchesUpWithTheSystemClock() {
        AdjustableClock clock = new AdjustableClock(system, Duration.ofDays(40));
        assertEquals(Instant.parse("2026-10-21T12:00:00Z"), clock.instant());
        clock.advance(Duration.ofDays(21));
        assertEquals(Duration.ofDays(-19), clock.offset());
        clock.advance(Duration.ofDays(19));
        assertEquals(SYSTEM_NOW, clock.instant());
    }

    @Test
    void aClockCannotStartAhead() {
        assertThrows(IllegalArgumentException.class, () -> new AdjustableClock(system, Duration.ofDays(-1)));
    }
}
