package org.openprocure.tender.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.openprocure.events.Actor;
import org.openprocure.events.EventJson;
import org.openprocure.events.EventTypes;
import org.openprocure.events.Period;
import org.openprocure.events.tender.CommentTarget;
import org.openprocure.events.tender.EnquiryAnswered;
import org.openprocure.events.tender.EnquiryAsked;
import org.openprocure.events.tender.SubmissionDeadlineExtended;
import org.openprocure.support.outbox.EventOutbox;
import org.openprocure.support.problem.ProblemException;
import org.openprocure.support.security.CurrentUser;
import org.openprocure.tender.Enquiry;
import org.openprocure.tender.Tender;
import org.openprocure.tender.config.TenderConfig;
import org.openprocure.tender.domain.TenderLifecycle;
import org.openprocure.tender.domain.TenderStage;

/**
 * Enquiries: suppliers ask during the enquiry period, the buyer answers in public. Late answers, and
 * questions left open when the enquiry period ends, give bidders more time: the deadline moves out.
 */
@ApplicationScoped
public class EnquiryService {

    private final Clock clock;
    private final EventOutbox outbox;
    private final EntityManager em;
    private final TenderService tenders;
    private final NoticeIssuer notices;
    private final TenderConfig config;

    EnquiryService(Clock clock, EventOutbox outbox, EntityManager em, TenderService tenders, NoticeIssuer notices,
            TenderConfig config) {
        this.clock = clock;
        this.outbox = outbox;
        this.em = em;
        this.tenders = tenders;
        this.notices = notices;
        this.config = config;
    }

    /** A question on the whole tender, a lot or an item. */
    public record NewEnquiry(String question, String targetType, String lotId, String itemId) {
    }

    @Transactional
    public Enquiry ask(String ocid, NewEnquiry request, CurrentUser supplier) {
        Tender tender = tenders.lockPublic(ocid);
        Instant now = now();
        if (tender.stage != TenderStage.TENDERING) {
            throw ProblemException.conflict("Tender " + ocid + " is " + tender.stage.statusDetails()
                    + "; questions are asked while it is open for bids.");
        }
        if (!now.isBefore(tender.enquiryDeadline)) {
            throw ProblemException.conflict("The enquiry period of " + ocid + " ended at " + tender.enquiryDeadline
                    + " (server time " + now + ").");
        }
        checkTarget(tender, request);
        Enquiry enquiry = new Enquiry();
        enquiry.id = UUID.randomUUID();
        enquiry.tenderId = tender.id;
        enquiry.number = nextNumber(tender.id);
        enquiry.targetType = request.targetType();
        enquiry.lotId = "lot".equals(request.targetType()) ? request.lotId() : null;
        enquiry.itemId = "item".equals(request.targetType()) ? request.itemId() : null;
        if (enquiry.itemId != null) {
            enquiry.lotId = tender.items.stream().filter(i -> i.itemId.equals(request.itemId())).findFirst()
                    .map(i -> i.lotId).orElse(null);
        }
        enquiry.asker = supplier.organisationPseudonym("Supplier", "enquiry:" + tender.ocid);
        enquiry.question = request.question().strip();
        enquiry.askedAt = now;
        enquiry.persist();
        outbox.append(EventTypes.ENQUIRY_ASKED, tender.ocid, tender.id.toString(), supplier.actor("supplier"),
                new EnquiryAsked(tender.id.toString(), enquiry.id.toString(), enquiry.number,
                        new CommentTarget(enquiry.targetType, null, enquiry.lotId, enquiry.itemId), enquiry.asker,
                        enquiry.question, enquiry.askedAt));
        return enquiry;
    }

    /** Answers once, before the deadline; an answer after the enquiry deadline moves the deadline out. */
    @Transactional
    public Enquiry answer(UUID tenderId, UUID enquiryId, String answer, CurrentUser officer) {
        Tender tender = tenders.lockOwn(tenderId, officer);
        Enquiry enquiry = Enquiry.findById(enquiryId);
        if (enquiry == null || !enquiry.tenderId.equals(tender.id)) {
            throw ProblemException.notFound("Tender " + tenderId + " has no enquiry " + enquiryId + ".");
        }
        if (enquiry.isAnswered()) {
            throw ProblemException.conflict("Enquiry " + enquiry.number + " was already answered at "
                    + enquiry.answeredAt + ".");
        }
        Instant now = now();
        Instant previousDeadline = tender.submissionDeadline;
        TenderLifecycle lifecycle = tender.lifecycle();
        boolean moved = lifecycle.enquiryAnswered(now, config.enquiryExtension());
        tender.apply(lifecycle);
        enquiry.answer = answer.strip();
        enquiry.answeredAt = now;
        boolean late = now.isAfter(tender.enquiryDeadline);
        outbox.append(EventTypes.ENQUIRY_ANSWERED, tender.ocid, tender.id.toString(), officer.actor("officer"),
                new EnquiryAnswered(tender.id.toString(), enquiry.id.toString(), enquiry.number, enquiry.answer, now,
                        late));
        if (moved) {
            extended(tender, previousDeadline, "lateEnquiryAnswer",
                    "Enquiry " + enquiry.number + " answered after the enquiry deadline", officer.username(),
                    officer.actor("officer"), now);
        }
        return enquiry;
    }

    /**
     * When the enquiry period of a tender has ended: questions still unanswered move the deadline to at
     * least the configured extension after the enquiry deadline. Runs once per tender.
     *
     * @return true when the deadline moved
     */
    @Transactional
    public boolean enquiryPeriodEnded(UUID tenderId) {
        Tender tender = em.find(Tender.class, tenderId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = now();
        if (tender == null || tender.enquiryEndHandled || tender.stage != TenderStage.TENDERING
                || now.isBefore(tender.enquiryDeadline)) {
            return false;
        }
        tender.enquiryEndHandled = true;
        int unanswered = (int) Enquiry.count("tenderId = ?1 and answer is null", tender.id);
        Instant previousDeadline = tender.submissionDeadline;
        TenderLifecycle lifecycle = tender.lifecycle();
        boolean moved = lifecycle.enquiryPeriodEnded(unanswered, config.enquiryExtension());
        tender.apply(lifecycle);
        if (moved) {
            extended(tender, previousDeadline, "unansweredEnquiries", unanswered
                    + " enquiry(ies) unanswered when the enquiry period ended", "tender-service",
                    TenderService.systemActor(), now);
        }
        return moved;
    }

    private void extended(Tender tender, Instant previousDeadline, String reasonCode, String reason, String by,
            Actor actor, Instant now) {
        tender.noticeVersion = tender.noticeVersion + 1;
        notices.freeze(tender, tender.noticeVersion, "deadline extended", reason, by, now);
        notices.issueNotice(tender, by, now);
        outbox.append(EventTypes.SUBMISSION_DEADLINE_EXTENDED, tender.ocid, tender.id.toString(), actor,
                new SubmissionDeadlineExtended(tender.id.toString(), tender.noticeVersion, reasonCode,
                        previousDeadline, new Period(tender.publishedAt, tender.submissionDeadline),
                        tender.openingDate));
    }

    @Transactional
    public List<Enquiry> enquiries(UUID tenderId) {
        return Enquiry.list("tenderId = ?1 order by number", tenderId);
    }

    /** Tenders whose enquiry period has ended and not yet been looked at. */
    @Transactional
    public List<UUID> endedEnquiryPeriods() {
        return em.createQuery("select t.id from Tender t where t.stage = :stage and t.enquiryEndHandled = false"
                        + " and t.enquiryDeadline <= :now", UUID.class)
                .setParameter("stage", TenderStage.TENDERING).setParameter("now", now()).getResultList();
    }

    private static void checkTarget(Tender tender, NewEnquiry request) {
        switch (request.targetType()) {
            case "tender" -> { }
            case "lot" -> {
                if (request.lotId() == null || tender.lot(request.lotId()).isEmpty()) {
                    throw ProblemException.badRequest("target.lotId", "the tender has no lot '" + request.lotId()
                            + "'; its lots are " + tender.lots.stream().map(l -> l.lotId).toList());
                }
            }
            case "item" -> {
                if (request.itemId() == null || tender.items.stream().noneMatch(i -> i.itemId.equals(request.itemId()))) {
                    throw ProblemException.badRequest("target.itemId", "the tender has no item '" + request.itemId()
                            + "'; its items are " + tender.items.stream().map(i -> i.itemId).toList());
                }
            }
            default -> throw ProblemException.badRequest("target.type", "must be tender, lot or item");
        }
    }

    private int nextNumber(UUID tenderId) {
        return em.createQuery("select coalesce(max(e.number), 0) from Enquiry e where e.tenderId = :tender",
                Integer.class).setParameter("tender", tenderId).getSingleResult() + 1;
    }

    private Instant now() {
        return EventJson.truncate(clock.instant());
    }
}
