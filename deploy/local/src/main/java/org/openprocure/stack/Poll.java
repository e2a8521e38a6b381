package org.openprocure.stack;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polls a condition with a deadline instead of sleeping a fixed time. */
final class Poll {

    private static final long INTERVAL_MILLIS = 250;

    private Poll() {
    }

    static boolean until(BooleanSupplier condition, Duration timeout, BooleanSupplier stillWorthWaiting) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (condition.getAsBoolean()) {
                return true;
            }
            if (!stillWorthWaiting.getAsBoolean() || System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(INTERVAL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }
}
