package org.openprocure.support.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;

/**
 * The lines a category logs while a test runs, each with the trace id its log line shows (the MDC's
 * {@code traceId}, which the log format prints on every line).
 */
public final class LogCapture implements AutoCloseable {

    /** A line as logged: its text and the trace id it carries ({@code null} outside a trace). */
    public record Line(String message, String traceId) {
    }

    private final Logger logger;
    private final List<Line> lines = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record instanceof ExtLogRecord ext) {
                Object traceId = ext.getMdc("traceId");
                lines.add(new Line(ext.getFormattedMessage(), traceId == null ? null : traceId.toString()));
            } else {
                lines.add(new Line(record.getMessage(), null));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private LogCapture(String category) {
        this.logger = Logger.getLogger(category);
        handler.setLevel(Level.ALL);
        logger.addHandler(handler);
    }

    /** Starts capturing what {@code category}'s logger logs; close it to stop. */
    public static LogCapture of(Class<?> category) {
        return new LogCapture(category.getName());
    }

    /** The lines so far that contain every one of {@code parts}. */
    public List<Line> containing(String... parts) {
        return lines.stream().filter(line -> line.message() != null
                && java.util.Arrays.stream(parts).allMatch(line.message()::contains)).toList();
    }

    @Override
    public void close() {
        logger.removeHandler(handler);
    }
}
