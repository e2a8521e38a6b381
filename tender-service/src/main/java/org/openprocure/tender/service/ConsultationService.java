package org.openprocure.tender.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.openprocure.events.Actor;
import org.openprocure.events.EventJson;
import org.openprocure.events.EventTypes;
import org.openprocure.events.tender.CommentTarget;
import org.openprocure.events.tender.ConsultationCommentAnswered;
import org.openprocure.events.tender.ConsultationCommentHidden;
import org.openprocure.events.tender.ConsultationCommentPosted;
import org.openprocure.support.outbox.EventOutbox;
import org.openprocure.support.problem.ProblemException;
import org.openprocure.support.security.CurrentUser;
import org.openprocure.tender.ConsultationComment;
import org.openprocure.tender.Tender;
import org.openprocure.tender.domain.TenderSection;
import org.openprocure.tender.domain.TenderStage;

/**
 * The public pre-tender consultation: anyone comments on a draft in consultation, the buyer answers
 * every comment before it may publish, and may hide an abusive one with a reason.
 */
@ApplicationScoped
public class ConsultationService {

    /** Commenters are not identified; the event's actor says only that it came from the public. */
    static final Actor PUBLIC = new Actor("public", "anonymous");

    private final Clock clock;
    private final EventOutbox outbox;
    private final EntityManager em;
    private final TenderService tenders;

    ConsultationService(Clock clock, EventOutbox outbox, EntityManager em, TenderService tenders) {
        this.clock = clock;
        this.outbox = outbox;
        this.em = em;
        this.tenders = tenders;
    }

    /** A comment on the whole draft ({@code tender}), a {@code section} or a {@code lot}; author optional. */
    public record NewComment(String text, String targetType, String section, String lotId, String authorName,
            String authorOrganisation) {
    }

    @Transactional
    public ConsultationComment comment(String ocid, NewComment request) {
        Tender tender = tenders.lockPublic(ocid);
        Instant now = now();
        if (tender.stage != TenderStage.CONSULTATION || !now.isBefore(tender.consultationEnd)) {
            throw ProblemException.conflict("Tender " + ocid + " is not open for comments"
                    + (tender.consultationEnd == null ? "." : "; its consultation "
                    + (now.isBefore(tender.consultationEnd) ? "has not started." : "ended at " + tender.consultationEnd
                    + ".")));
        }
        checkTarget(tender, request);
        ConsultationComment comment = new ConsultationComment();
        comment.id = UUID.randomUUID();
        comment.tenderId = tender.id;
        comment.number = nextNumber(tender.id);
        comment.targetType = request.targetType();
        comment.section = "section".equals(request.targetType()) ? request.section() : null;
        comment.lotId = "lot".equals(request.targetType()) ? request.lotId() : null;
        comment.authorName = blankToNull(request.authorName());
        comment.authorOrganisation = comment.authorName == null ? null : blankToNull(request.authorOrganisation());
        comment.text = request.text().strip();
        comment.postedAt = now;
        comment.persist();
        outbox.append(EventTypes.CONSULTATION_COMMENT_POSTED, tender.ocid, tender.id.toString(), PUBLIC,
                new ConsultationCommentPosted(tender.id.toString(), comment.id.toString(), comment.number,
                        new CommentTarget(comment.targetType, comment.section, comment.lotId, null),
                        comment.authorName, comment.authorOrganisation, comment.text, comment.postedAt));
        return comment;
    }

    @Transactional
    public ConsultationComment hide(UUID tenderId, UUID commentId, String reason, CurrentUser officer) {
        Tender tender = tenders.lockOwn(tenderId, officer);
        ConsultationComment comment = commentOf(tender, commentId);
        if (comment.isHidden()) {
            throw ProblemException.conflict("Comment " + comment.number + " is already hidden: " + comment.hiddenReason);
        }
        comment.hiddenReason = reason.strip();
        comment.hiddenAt = now();
        outbox.append(EventTypes.CONSULTATION_COMMENT_HIDDEN, tender.ocid, tender.id.toString(),
                officer.actor("officer"), new ConsultationCommentHidden(tender.id.toString(), comment.id.toString(),
                        comment.number, comment.hiddenReason));
        return comment;
    }

    /** Answers a comment once; while the draft is in consultation (publication needs every comment answered). */
    @Transactional
    public ConsultationComment answer(UUID tenderId, UUID commentId, String resolution, String answer,
            CurrentUser officer) {
        Tender tender = tenders.lockOwn(tenderId, officer);
        ConsultationComment comment = commentOf(tender, commentId);
        if (tender.stage != TenderStage.CONSULTATION) {
            throw ProblemException.conflict("Tender " + tender.ocid + " is " + tender.stage.statusDetails()
                    + "; comments are answered during its consultation.");
        }
        if (comment.isAnswered()) {
            throw ProblemException.conflict("Comment " + comment.number + " was already answered at "
                    + comment.answeredAt + ".");
        }
        comment.resolution = resolution;
        comment.answer = answer.strip();
        comment.answeredAt = now();
        outbox.append(EventTypes.CONSULTATION_COMMENT_ANSWERED, tender.ocid, tender.id.toString(),
                officer.actor("officer"), new ConsultationCommentAnswered(tender.id.toString(), comment.id.toString(),
                        comment.number, comment.resolution, comment.answer));
        return comment;
    }

    @Transactional
    public List<ConsultationComment> comments(UUID tenderId) {
        return ConsultationComment.list("tenderId = ?1 order by number", tenderId);
    }

    private static ConsultationComment commentOf(Tender tender, UUID commentId) {
        ConsultationComment comment = ConsultationComment.findById(commentId);
        if (comment == null || !comment.tenderId.equals(tender.id)) {
            throw ProblemException.notFound("Tender " + tender.id + " has no comment " + commentId + ".");
        }
        return comment;
    }

    private static void checkTarget(Tender tender, NewComment request) {
        switch (request.targetType()) {
            case "tender" -> { }
            case "section" -> {
                if (request.section() == null || TenderSection.byCode(request.section()).isEmpty()) {
                    throw ProblemException.badRequest("target.section", "name one of the sections: "
                            + TenderSection.codes());
                }
            }
            case "lot" -> {
                if (request.lotId() == null || tender.lot(request.lotId()).isEmpty()) {
                    throw ProblemException.badRequest("target.lotId", "the draft has no lot '" + request.lotId()
                            + "'; its lots are " + tender.lots.stream().map(l -> l.lotId).toList());
                }
            }
            default -> throw ProblemException.badRequest("target.type", "must be tender, section or lot");
        }
    }

    private int nextNumber(UUID tenderId) {
        return em.createQuery("select coalesce(max(c.number), 0) from ConsultationComment c where c.tenderId = :tender",
                Integer.class).setParameter("tender", tenderId).getSingleResult() + 1;
    }

    private Instant now() {
        return EventJson.truncate(clock.instant());
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
