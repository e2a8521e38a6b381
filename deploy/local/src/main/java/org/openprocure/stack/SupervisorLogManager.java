package org.openprocure.stack;

import java.util.logging.LogManager;

/**
 * The supervisor's log manager ({@code -Djava.util.logging.manager=...}, set by start.sh).
 * The JDK's own shutdown hook resets logging while other hooks still run, so the stop
 * sequence, the part worth reading after a failed stop, would not be logged. This one keeps
 * its handlers through shutdown.
 */
public final class SupervisorLogManager extends LogManager {

    @Override
    public void reset() {
        if (Thread.currentThread().getClass().getName().startsWith(LogManager.class.getName() + "$")) {
            return;
        }
        super.reset();
    }
}
