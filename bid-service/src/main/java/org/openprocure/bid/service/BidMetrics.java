package org.openprocure.bid.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.openprocure.bid.sealing.Receipt;

/**
 * What an operator watches of bid-service: sealed envelopes coming in and opening ceremonies. Each
 * count moves when its transaction commits, never for a change that rolled back.
 *
 * <p>The envelope counts include bid-service's decoys, as a database dump would: like the rows, they
 * tell the load, not how many bids a tender has.
 */
@ApplicationScoped
public class BidMetrics {

    /** The counts a transaction will move once it commits, in order. */
    private static final Object PENDING = BidMetrics.class.getName() + ".pending";

    private final TransactionSynchronizationRegistry transactions;
    private final EntityManager em;
    private final Counter newBids;
    private final Counter replacements;
    private final Counter withdrawals;
    private final Counter ceremoniesStarted;
    private final Counter ceremoniesCompleted;
    private final Timer decryption;
    private final AtomicLong ceremoniesInProgress = new AtomicLong();

    BidMetrics(MeterRegistry meters, TransactionSynchronizationRegistry transactions, EntityManager em) {
        this.transactions = transactions;
        this.em = em;
        String sealed = "Sealed envelopes stored (decoys included, so a tender's bids stay uncounted)";
        newBids = Counter.builder("openprocure.bids.submitted").tag("kind", "new").description(sealed)
                .register(meters);
        replacements = Counter.builder("openprocure.bids.submitted").tag("kind", "replacement").description(sealed)
                .register(meters);
        withdrawals = Counter.builder("openprocure.bids.withdrawn")
                .description("Sealed envelopes withdrawn (decoys included)").register(meters);
        ceremoniesStarted = Counter.builder("openprocure.opening.ceremonies.started")
                .description("Opening ceremonies begun: the first key share of a tender handed in").register(meters);
        ceremoniesCompleted = Counter.builder("openprocure.opening.ceremonies.completed")
                .description("Opening ceremonies completed: the threshold reached and the bids opened").register(meters);
        Gauge.builder("openprocure.opening.ceremonies.in.progress", ceremoniesInProgress, AtomicLong::get)
                .description("Tenders with key shares handed in and their bids not yet opened").register(meters);
        decryption = Timer.builder("openprocure.opening.decrypt")
                .description("Rebuilding a tender's key and opening its envelopes").register(meters);
    }

    /** A supplier's (or a decoy's) envelope sealed, new or replacing an earlier version. */
    void sealed(Receipt.Kind kind) {
        afterCommit(() -> (kind == Receipt.Kind.REPLACED ? replacements : newBids).increment());
    }

    void withdrawn() {
        afterCommit(withdrawals::increment);
    }

    /**
     * A key share handed in; {@code first} when it is the tender's first. Called in the hand-in's
     * transaction, which counts the ceremonies under way as they will stand once it commits.
     */
    void shareHandedIn(boolean first) {
        long inProgress = countInProgress();
        afterCommit(() -> {
            if (first) {
                ceremoniesStarted.increment();
            }
            ceremoniesInProgress.set(inProgress);
        });
    }

    /** The bids of a tender opened, in the hand-in's transaction (its shares already deleted). */
    void opened(Duration decrypting) {
        long inProgress = countInProgress();
        afterCommit(() -> {
            ceremoniesCompleted.increment();
            decryption.record(decrypting);
            ceremoniesInProgress.set(inProgress);
        });
    }

    /** Reads the ceremonies under way again: another replica may have started or completed one. */
    @Scheduled(every = "30s", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void refresh() {
        ceremoniesInProgress.set(QuarkusTransaction.requiringNew().call(this::countInProgress));
    }

    private long countInProgress() {
        return ((Number) em.createNativeQuery("select count(distinct ocid) from opening_share").getSingleResult())
                .longValue();
    }

    /** Runs {@code count} once the current transaction commits, after those registered before it. */
    private void afterCommit(Runnable count) {
        @SuppressWarnings("unchecked")
        List<Runnable> pending = (List<Runnable>) transactions.getResource(PENDING);
        if (pending == null) {
            List<Runnable> counts = new ArrayList<>();
            transactions.putResource(PENDING, counts);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        counts.forEach(Runnable::run);
                    }
                }
            });
            pending = counts;
        }
        pending.add(count);
    }
}
