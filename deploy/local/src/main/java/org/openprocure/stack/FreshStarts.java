package org.openprocure.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a test's server afresh when a start fails (a port taken between choosing and binding it, a slow disk
 * on a busy machine), up to three times, reporting each failure on standard error.
 */
final class FreshStarts {

    static final int ATTEMPTS = 3;

    /** One start, in a new place; may throw. */
    interface Start<T> {
        T run() throws IOException;
    }

    private FreshStarts() {
    }

    /** The first start that succeeds; {@code cleanUp} runs after each that fails. */
    static <T> T start(String what, Start<T> start, Runnable cleanUp) {
        List<RuntimeException> failures = new ArrayList<>();
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                return start.run();
            } catch (IOException e) {
                failures.add(new UncheckedIOException(e));
            } catch (RuntimeException e) {
                failures.add(e);
            }
            System.err.println(what + ": start " + attempt + " of " + ATTEMPTS + " failed: "
                    + failures.get(failures.size() - 1));
            cleanUp.run();
        }
        IllegalStateException failed = new IllegalStateException(what + " did not start in " + ATTEMPTS
                + " attempts: " + failures.get(failures.size() - 1).getMessage());
        failures.forEach(failed::addSuppressed);
        throw failed;
    }
}
