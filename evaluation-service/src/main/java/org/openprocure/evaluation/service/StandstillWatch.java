package org.openprocure.evaluation.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Confirms every award whose standstill has ended with no complaint pending. Replicas may all run the
 * watch: a transaction-scoped advisory lock lets one of them look at a time, and each award is
 * confirmed under its tender's row lock after checking again that it is due.
 */
@ApplicationScoped
public class StandstillWatch {

    /** Key of the advisory lock held by the one replica that looks. */
    private static final long WATCH_LOCK = 0x4f50_4556_414c_5354L;
    private static final Logger LOG = Logger.getLogger(StandstillWatch.class);

    private final EntityManager em;
    private final Clock clock;
    private final AwardDecisions decisions;

    StandstillWatch(EntityManager em, Clock clock, AwardDecisions decisions) {
        this.em = em;
        this.clock = clock;
        this.decisions = decisions;
    }

    @Scheduled(every = "${openprocure.evaluation.standstill-watch.every:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void watch() {
        confirmEndedStandstills();
    }

    /** One look: confirms each award due by the clock now; returns how many were confirmed. */
    public int confirmEndedStandstills() {
        return QuarkusTransaction.requiringNew().call(() -> {
            boolean mine = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(:key)")
                    .setParameter("key", WATCH_LOCK).getSingleResult();
            if (!mine) {
                return 0;
            }
            @SuppressWarnings("unchecked")
            List<Object[]> due = em.createNativeQuery("select ocid, award_id from lot_award"
                            + " where stage = 'standstill' and standstill_ends <= :now order by standstill_ends")
                    .setParameter("now", clock.instant())
                    .getResultList();
            int confirmed = 0;
            for (Object[] row : due) {
                try {
                    if (decisions.confirmIfDue((String) row[0], (String) row[1])) {
                        confirmed++;
                    }
                } catch (RuntimeException e) {
                    // One award that cannot be confirmed must not hold up the others; the next look retries it.
                    LOG.warnf(e, "award %s of %s not confirmed", row[1], row[0]);
                }
            }
            return confirmed;
        });
    }
}
