package org.openprocure.tender.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.openprocure.events.EventJson;
import org.openprocure.events.EventTypes;
import org.openprocure.events.tender.TenderingClosed;
import org.openprocure.support.outbox.EventOutbox;
import org.openprocure.tender.Tender;
import org.openprocure.tender.domain.TenderLifecycle;
import org.openprocure.tender.domain.TenderStage;

/**
 * Watches the clock for the dates that change a tender by themselves: the end of the enquiry period
 * (unanswered questions move the deadline) and the submission deadline (tendering closes, {@code
 * TenderingClosed}). Every replica may run it: each tender is locked and checked again before it
 * changes, so each change happens once.
 */
@ApplicationScoped
public class DeadlineWatch {

    private static final Logger LOG = Logger.getLogger(DeadlineWatch.class);

    private final Clock clock;
    private final EntityManager em;
    private final EventOutbox outbox;
    private final EnquiryService enquiries;

    DeadlineWatch(Clock clock, EntityManager em, EventOutbox outbox, EnquiryService enquiries) {
        this.clock = clock;
        this.em = em;
        this.outbox = outbox;
        this.enquiries = enquiries;
    }

    @Scheduled(every = "${openprocure.tender.deadline-check-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void tick() {
        runOnce();
    }

    /** One look at the clock; returns how many tenders changed. The scheduler calls it; so may tests. */
    public int runOnce() {
        int changed = 0;
        // Enquiry ends first: an extension they cause must be in place before the deadline is judged.
        for (UUID id : enquiries.endedEnquiryPeriods()) {
            changed += guarded(() -> enquiries.enquiryPeriodEnded(id), id);
        }
        for (UUID id : dueForClosing()) {
            changed += guarded(() -> close(id), id);
        }
        return changed;
    }

    private static int guarded(java.util.function.BooleanSupplier step, UUID tenderId) {
        try {
            return step.getAsBoolean() ? 1 : 0;
        } catch (RuntimeException e) {
            // One tender's failure must not hold back the others; the next tick tries it again.
            LOG.errorf(e, "deadline step for tender %s failed; will retry", tenderId);
            return 0;
        }
    }

    @Transactional
    List<UUID> dueForClosing() {
        return em.createQuery("select t.id from Tender t where t.stage = :stage and t.submissionDeadline <= :now",
                        UUID.class)
                .setParameter("stage", TenderStage.TENDERING).setParameter("now", now()).getResultList();
    }

    /** Closes tendering if the deadline has passed by the server's clock and nobody closed it already. */
    @Transactional
    public boolean close(UUID tenderId) {
        Tender tender = em.find(Tender.class, tenderId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = now();
        if (tender == null || tender.stage != TenderStage.TENDERING || now.isBefore(tender.submissionDeadline)) {
            return false;
        }
        TenderLifecycle lifecycle = tender.lifecycle();
        lifecycle.closeTendering(now);
        tender.apply(lifecycle);
        tender.closedAt = now;
        outbox.append(EventTypes.TENDERING_CLOSED, tender.ocid, tender.id.toString(), TenderService.systemActor(),
                new TenderingClosed(tender.id.toString(), tender.submissionDeadline, tender.openingDate));
        return true;
    }

    private Instant now() {
        return EventJson.truncate(clock.instant());
    }
}
