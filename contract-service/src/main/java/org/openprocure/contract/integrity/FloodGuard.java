package org.openprocure.contract.integrity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.hibernate.Session;

/**
 * Global fixed-window limits (per minute and per hour) that keep floods out without knowing who sends
 * them: each bucket's count lives in {@code integrity.rate_window}, keyed by the bucket's name and the
 * end of its window only. Counting runs in a transaction of its own, so a refused or failed request
 * still counts; windows that have ended are deleted, so the table never tells when past requests came.
 */
@ApplicationScoped
public class FloodGuard {

    public static final String SUBMISSIONS = "submissions";
    public static final String FAILED_FOLLOW_UPS = "failed-follow-ups";

    /** What one request took from each window, so that it can be given back. */
    public record Permit(String bucket, List<Instant> windowEnds) {
    }

    private final EntityManager entityManager;
    private final Clock clock;
    private final IntegrityConfig config;

    FloodGuard(EntityManager entityManager, Clock clock, IntegrityConfig config) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.config = config;
    }

    /** Takes one hit from the bucket's minute and hour windows, or refuses with 429 and takes nothing. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Permit take(String bucket) {
        IntegrityConfig.Limits limits = SUBMISSIONS.equals(bucket) ? config.submissions() : config.failedFollowUps();
        Instant now = clock.instant();
        Instant minuteEnd = now.truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
        Instant hourEnd = now.truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
        Session session = entityManager.unwrap(Session.class);
        session.doWork(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "delete from integrity.rate_window where window_end <= ?")) {
                delete.setObject(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                delete.executeUpdate();
            }
        });
        for (Window window : List.of(new Window(bucket + "/minute", minuteEnd, limits.perMinute()),
                new Window(bucket + "/hour", hourEnd, limits.perHour()))) {
            boolean taken = session.doReturningWork(connection -> {
                try (PreparedStatement hit = connection.prepareStatement(
                        "insert into integrity.rate_window (bucket, window_end, hits) values (?, ?, 1)"
                                + " on conflict (bucket, window_end) do update"
                                + " set hits = integrity.rate_window.hits + 1 where integrity.rate_window.hits < ?"
                                + " returning hits")) {
                    hit.setString(1, window.name());
                    hit.setObject(2, OffsetDateTime.ofInstant(window.end(), ZoneOffset.UTC));
                    hit.setInt(3, window.limit());
                    try (ResultSet result = hit.executeQuery()) {
                        return window.limit() > 0 && result.next();
                    }
                }
            });
            if (!taken) {
                // the exception rolls back this transaction, so the other window keeps its count too
                throw new TooManyRequests(SUBMISSIONS.equals(bucket)
                        ? "The reporting channel takes a limited number of reports and messages at a time;"
                                + " please try again later."
                        : "Too many follow-up attempts with a wrong code; please try again later.",
                        Duration.between(now, window.end()));
            }
        }
        return new Permit(bucket, List.of(minuteEnd, hourEnd));
    }

    /** Gives a hit back, e.g. when a follow-up code was right: only wrong codes count against guessing. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void giveBack(Permit permit) {
        Session session = entityManager.unwrap(Session.class);
        List<String> names = List.of(permit.bucket() + "/minute", permit.bucket() + "/hour");
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            Instant end = permit.windowEnds().get(i);
            session.doWork(connection -> {
                try (PreparedStatement update = connection.prepareStatement("update integrity.rate_window"
                        + " set hits = hits - 1 where bucket = ? and window_end = ? and hits > 0")) {
                    update.setString(1, name);
                    update.setObject(2, OffsetDateTime.ofInstant(end, ZoneOffset.UTC));
                    update.executeUpdate();
                }
            });
        }
    }

    private record Window(String name, Instant end, int limit) {
    }
}
