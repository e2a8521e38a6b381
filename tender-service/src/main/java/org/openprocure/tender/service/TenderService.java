package org.openprocure.tender.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openprocure.events.Actor;
import org.openprocure.events.EventJson;
import org.openprocure.events.EventTypes;
import org.openprocure.events.Money;
import org.openprocure.events.Organization;
import org.openprocure.events.Period;
import org.openprocure.events.tender.ConsultationOpened;
import org.openprocure.events.tender.TenderAmended;
import org.openprocure.events.tender.TenderCancelled;
import org.openprocure.support.outbox.EventOutbox;
import org.openprocure.support.problem.Problem;
import org.openprocure.support.problem.ProblemException;
import org.openprocure.support.security.CurrentUser;
import org.openprocure.tender.ConsultationComment;
import org.openprocure.tender.Tender;
import org.openprocure.tender.TenderVersion;
import org.openprocure.tender.config.TenderConfig;
import org.openprocure.tender.domain.MinimumPeriods;
import org.openprocure.tender.domain.TenderDiff;
import org.openprocure.tender.domain.TenderLifecycle;
import org.openprocure.tender.domain.TenderRules;
import org.openprocure.tender.domain.TenderStage;
import org.openprocure.tender.domain.TenderTerms;
import org.openprocure.tender.domain.Violation;

/**
 * Drafting, consultation, publication, amendment and cancellation of tenders. Each change commits
 * with the events it emits; each step is judged by {@link TenderLifecycle} against the injected clock.
 */
@ApplicationScoped
public class TenderService {

    private final Clock clock;
    private final EventOutbox outbox;
    private final EntityManager em;
    private final TenderConfig config;
    private final NoticeIssuer notices;
    private final MinimumPeriods minimumPeriods;
    private final TenderAwards awards;

    TenderService(Clock clock, EventOutbox outbox, EntityManager em, TenderConfig config, NoticeIssuer notices,
            TenderAwards awards) {
        this.awards = awards;
        this.clock = clock;
        this.outbox = outbox;
        this.em = em;
        this.config = config;
        this.notices = notices;
        this.minimumPeriods = config.minimumPeriods().map(MinimumPeriods::parse).orElseGet(MinimumPeriods::defaults);
    }

    public MinimumPeriods minimumPeriods() {
        return minimumPeriods;
    }

    @Transactional
    public Tender draft(TenderTerms terms, CurrentUser officer) {
        refuseIfBroken(TenderRules.checkDraft(terms), 400, "Invalid tender");
        Tender tender = new Tender();
        tender.id = UUID.randomUUID();
        tender.buyerId = officer.requireOrganisation();
        tender.buyerName = officer.organisationName();
        tender.stage = TenderStage.DRAFT;
        tender.createdAt = now();
        tender.createdBy = officer.username();
        tender.applyTerms(terms);
        tender.persist();
        return tender;
    }

    /** Replaces the terms of a draft, also while it is in consultation (the final text may differ). */
    @Transactional
    public Tender update(UUID tenderId, TenderTerms terms, CurrentUser officer) {
        Tender tender = lockOwn(tenderId, officer);
        if (tender.stage != TenderStage.DRAFT && tender.stage != TenderStage.CONSULTATION) {
            throw ProblemException.conflict("Tender " + tender.ocid + " is " + tender.stage.statusDetails()
                    + "; a published tender changes only by amendment (POST /api/tenders/" + tenderId
                    + "/amendments).");
        }
        refuseIfBroken(TenderRules.checkDraft(terms), 400, "Invalid tender");
        if (tender.stage == TenderStage.CONSULTATION) {
            // The consultation's end was fixed when it opened; the body cannot shorten it.
            terms = withConsultationEnd(terms, tender.consultationEnd);
        }
        tender.applyTerms(terms);
        return tender;
    }

    /** Puts the draft out for public comment: assigns the ocid and freezes the consulted text as version 0. */
    @Transactional
    public Tender openConsultation(UUID tenderId, Instant requestedEnd, CurrentUser officer) {
        Tender tender = lockOwn(tenderId, officer);
        Instant now = now();
        Instant end = requestedEnd != null ? requestedEnd : tender.consultationEnd;
        if (end == null) {
            throw ProblemException.badRequest("end", "give the consultation's end, at least "
                    + config.minimumConsultation().toDays() + " days ahead (the draft has no consultationEnd)");
        }
        if (!end.isBefore(tender.enquiryDeadline)) {
            throw ProblemException.badRequest("end", "the consultation must end before the enquiry deadline "
                    + tender.enquiryDeadline);
        }
        if (end.isBefore(now.plus(config.minimumConsultation()))) {
            throw ProblemException.badRequest("end", "a consultation must run at least "
                    + config.minimumConsultation().toDays() + " days, until " + now.plus(config.minimumConsultation())
                    + " or later (server time " + now + ")");
        }
        TenderLifecycle lifecycle = tender.lifecycle();
        lifecycle.openConsultation(now, EventJson.truncate(end), config.minimumConsultation());
        tender.apply(lifecycle);
        tender.consultationStart = now;
        tender.publicSince = now;
        assignOcid(tender, now);
        notices.freeze(tender, TenderVersion.CONSULTED_DRAFT, "consultation draft", null, officer.username(), now);
        outbox.append(EventTypes.CONSULTATION_OPENED, tender.ocid, tender.id.toString(), officer.actor("officer"),
                new ConsultationOpened(tender.id.toString(), tender.title,
                        new Organization(tender.buyerId, tender.buyerName), tender.procurementMethod.code(),
                        tender.mainProcurementCategory.code(), new Money(tender.estimatedValue(), tender.currency),
                        new Period(tender.consultationStart, tender.consultationEnd)));
        return tender;
    }

    /**
     * Freezes the draft as notice version 1, assigns its ocid (unless its consultation did), renders the
     * notice and the consultation report, and announces it.
     */
    @Transactional
    public Tender publish(UUID tenderId, CurrentUser officer) {
        // Locked as it is read: a second publish of the same draft waits here, then sees it published.
        Tender tender = lockOwn(tenderId, officer);
        if (tender.stage != TenderStage.DRAFT && tender.stage != TenderStage.CONSULTATION) {
            throw ProblemException.conflict("Tender " + tenderId + " is already " + tender.stage.statusDetails()
                    + " as " + tender.ocid + ".");
        }
        Instant now = now();
        List<Violation> violations = new ArrayList<>(TenderRules.checkPublication(tender.terms(), now));
        minimumPeriods.minimumFor(tender.procurementMethod, tender.estimatedValue())
                .filter(minimum -> tender.submissionDeadline.isBefore(now.plus(minimum)))
                .ifPresent(minimum -> violations.add(new Violation("submissionDeadline", "a "
                        + tender.procurementMethod.code() + " procedure of this value needs at least "
                        + minimum.toDays() + " days between publication and the deadline (" + now.plus(minimum)
                        + " or later)")));
        refuseIfBroken(violations, 409, "Tender cannot be published");

        TenderLifecycle lifecycle = tender.lifecycle();
        lifecycle.publish(now, (int) unansweredComments(tender.id), minimumPeriods, tender.procurementMethod,
                tender.estimatedValue());
        boolean consulted = tender.stage == TenderStage.CONSULTATION;
        tender.apply(lifecycle);
        assignOcid(tender, now);
        if (tender.publicSince == null) {
            tender.publicSince = now;
        }
        tender.noticeVersion = 1;
        List<TenderDiff.Change> sinceConsultation = notices.freeze(tender, 1, "notice", null, officer.username(), now);
        if (consulted) {
            notices.issueConsultationReport(tender, sinceConsultation, officer.username(), now);
        }
        notices.issueNotice(tender, officer.username(), now);
        outbox.append(EventTypes.TENDER_PUBLISHED, tender.ocid, tender.id.toString(), officer.actor("officer"),
                notices.payload(tender));
        return tender;
    }

    /**
     * Amends a published tender before its deadline: a new notice version with its changes. The
     * deadline moves out if less than the configured minimum would remain; the opening committee,
     * the procedure and the lots stay as published (the keys were split for that committee).
     */
    @Transactional
    public Tender amend(UUID tenderId, String reason, TenderTerms terms, Boolean reconfirm, CurrentUser officer) {
        Tender tender = lockOwn(tenderId, officer);
        Instant now = now();
        if (tender.stage != TenderStage.TENDERING) {
            throw ProblemException.conflict("Only a tender open for bids can be amended; " + tender.ocid + " is "
                    + tender.stage.statusDetails() + ".");
        }
        List<Violation> violations = new ArrayList<>(TenderRules.checkDraft(terms));
        violations.addAll(amendmentLimits(tender, terms));
        // The amendment body holds the tender body under "terms": name each field where it stands in it.
        refuseIfBroken(violations.stream().map(v -> new Violation("terms." + v.field(), v.message())).toList(), 400,
                "Invalid amendment");

        TenderTerms amended = withConsultationEnd(terms, tender.consultationEnd);
        Instant previousEnquiryDeadline = tender.enquiryDeadline;
        tender.applyTerms(amended);
        if (tender.enquiryDeadline.isAfter(previousEnquiryDeadline) && now.isBefore(tender.enquiryDeadline)) {
            // Enquiries are open again until the new date; its end is looked at again.
            tender.enquiryEndHandled = false;
        }
        TenderLifecycle lifecycle = tender.lifecycle();
        // A refusal here rolls the whole transaction back, the applied terms included.
        lifecycle.amend(now, config.minimumTimeAfterAmendment());
        tender.apply(lifecycle);
        boolean extended = tender.submissionDeadline.isAfter(terms.submissionDeadline());
        tender.noticeVersion = tender.noticeVersion + 1;
        tender.amendedAt = now;
        List<TenderDiff.Change> changes = notices.freeze(tender, tender.noticeVersion, "amendment", reason,
                officer.username(), now);
        boolean mustReconfirm = reconfirm != null ? reconfirm : TenderDiff.isMaterial(changes);
        notices.issueNotice(tender, officer.username(), now);
        outbox.append(EventTypes.TENDER_AMENDED, tender.ocid, tender.id.toString(), officer.actor("officer"),
                new TenderAmended(tender.id.toString(), tender.noticeVersion, reason,
                        changes.stream().map(c -> new TenderAmended.Change(c.field(), c.before(), c.after())).toList(),
                        mustReconfirm, extended, notices.payload(tender)));
        return tender;
    }

    private static List<Violation> amendmentLimits(Tender tender, TenderTerms terms) {
        List<Violation> violations = new ArrayList<>();
        TenderTerms current = tender.terms();
        if (!terms.committee().equals(current.committee()) || terms.committeeThreshold() != current.committeeThreshold()) {
            violations.add(new Violation("openingCommittee", "cannot change after publication: the bid-opening keys"
                    + " were split among the published committee"));
        }
        if (terms.procurementMethod() != current.procurementMethod()) {
            violations.add(new Violation("procurementMethod", "cannot change after publication; cancel and"
                    + " publish a new tender instead"));
        }
        if (terms.lots().size() != current.lots().size()) {
            violations.add(new Violation("lots", "the number of lots cannot change after publication ("
                    + current.lots().size() + "); cancel a lot instead of removing it"));
        }
        if (!terms.currency().equals(current.currency())) {
            violations.add(new Violation("currency", "cannot change after publication"));
        }
        if (terms.submissionDeadline().isBefore(current.submissionDeadline())) {
            violations.add(new Violation("submissionDeadline", "an amendment may move the deadline later, never"
                    + " earlier than " + current.submissionDeadline()));
        }
        if (!terms.enquiryDeadline().equals(current.enquiryDeadline())
                && terms.enquiryDeadline().isBefore(current.enquiryDeadline())) {
            violations.add(new Violation("enquiryDeadline", "an amendment may move the enquiry deadline later, never"
                    + " earlier than " + current.enquiryDeadline()));
        }
        return violations;
    }

    /** Cancels the whole tender, with a reason, any time before award. */
    @Transactional
    public Tender cancel(UUID tenderId, String reason, CurrentUser officer) {
        Tender tender = lockOwn(tenderId, officer);
        TenderLifecycle lifecycle = tender.lifecycle();
        lifecycle.cancel(reason);
        tender.apply(lifecycle);
        tender.cancelledAt = now();
        tender.cancellationReason = reason;
        awards.cancelled(tender, null, reason, tender.cancelledAt);
        if (tender.ocid != null) {
            // A draft never made public goes without a public trace; anything public is cancelled in public.
            outbox.append(EventTypes.TENDER_CANCELLED, tender.ocid, tender.id.toString(), officer.actor("officer"),
                    new TenderCancelled(tender.id.toString(), null, reason, true));
        }
        return tender;
    }

    /** Cancels one lot of a published tender; cancelling the last active lot cancels the tender. */
    @Transactional
    public Tender cancelLot(UUID tenderId, String lotId, String reason, CurrentUser officer) {
        Tender tender = lockOwn(tenderId, officer);
        Tender.Lot lot = tender.lot(lotId).orElseThrow(() ->
                ProblemException.notFound("Tender " + tenderId + " has no lot " + lotId + "."));
        if (tender.stage == TenderStage.DRAFT || tender.stage == TenderStage.CONSULTATION) {
            throw ProblemException.conflict("Tender " + tenderId + " is " + tender.stage.statusDetails()
                    + ": change the draft instead of cancelling a lot.");
        }
        if (tender.stage.isFinished()) {
            throw ProblemException.conflict("Tender " + tender.ocid + " is already " + tender.stage.statusDetails()
                    + "; its lots can no longer be cancelled.");
        }
        if (!lot.isActive()) {
            throw ProblemException.conflict("Lot " + lotId + " is already " + lot.status + ": "
                    + ("cancelled".equals(lot.status) ? lot.cancellationReason : lot.unsuccessfulReason));
        }
        lot.status = "cancelled";
        lot.cancellationReason = reason;
        awards.cancelled(tender, lotId, reason, now());
        boolean last = tender.lots.stream().noneMatch(Tender.Lot::isActive);
        if (last) {
            TenderLifecycle lifecycle = tender.lifecycle();
            lifecycle.cancel(reason);
            tender.apply(lifecycle);
            tender.cancelledAt = now();
            tender.cancellationReason = reason;
        }
        outbox.append(EventTypes.TENDER_CANCELLED, tender.ocid, tender.id.toString(), officer.actor("officer"),
                new TenderCancelled(tender.id.toString(), lotId, reason, last));
        return tender;
    }

    /** A tender of the caller's own organisation; another organisation's draft does not exist for them. */
    @Transactional
    public Tender ownTender(UUID tenderId, CurrentUser officer) {
        Tender tender = Tender.findById(tenderId);
        if (tender == null || !tender.buyerId.equals(officer.requireOrganisation())) {
            throw ProblemException.notFound("No tender " + tenderId + " in your organisation.");
        }
        return tender;
    }

    Tender lockOwn(UUID tenderId, CurrentUser officer) {
        Tender tender = em.find(Tender.class, tenderId, LockModeType.PESSIMISTIC_WRITE);
        if (tender == null || !tender.buyerId.equals(officer.requireOrganisation())) {
            throw ProblemException.notFound("No tender " + tenderId + " in your organisation.");
        }
        return tender;
    }

    /** A public tender by its ocid, locked: steps of the public (comments, questions) wait for each other, briefly. */
    Tender lockPublic(String ocid) {
        Tender found = Tender.<Tender>find("ocid", ocid).firstResultOptional().filter(t -> t.stage.isPublic())
                .orElseThrow(() -> ProblemException.notFound("No notice " + ocid + "."));
        return em.find(Tender.class, found.id, LockModeType.PESSIMISTIC_WRITE);
    }

    @Transactional
    public List<Tender> ownTenders(CurrentUser officer) {
        return Tender.list("buyerId", Sort.descending("createdAt"), officer.requireOrganisation());
    }

    @Transactional
    public Optional<Tender> publicTender(UUID tenderId) {
        // A draft cancelled before it was ever public stays private: public is what had a public step.
        return Tender.<Tender>findByIdOptional(tenderId).filter(t -> t.stage.isPublic() && t.publicSince != null);
    }

    @Transactional
    public Optional<Tender> notice(String ocid) {
        return Tender.<Tender>find("ocid", ocid).firstResultOptional().filter(t -> t.stage.isPublic());
    }

    private void assignOcid(Tender tender, Instant now) {
        if (tender.ocid == null) {
            long number = ((Number) em.createNativeQuery("select nextval('ocid_number')").getSingleResult()).longValue();
            tender.ocid = "%s-T-%d-%06d".formatted(config.ocidPrefix(), now.atZone(ZoneOffset.UTC).getYear(), number);
        }
    }

    private static long unansweredComments(UUID tenderId) {
        return ConsultationComment.count("tenderId = ?1 and answer is null", tenderId);
    }

    private static TenderTerms withConsultationEnd(TenderTerms t, Instant consultationEnd) {
        return new TenderTerms(t.title(), t.description(), t.procurementMethod(), t.procurementMethodRationale(),
                t.mainProcurementCategory(), t.awardCriteria(), t.criteria(), t.currency(), t.lots(), consultationEnd,
                t.enquiryDeadline(), t.submissionDeadline(), t.openingDate(), t.bidValidityDays(),
                t.committeeThreshold(), t.committee());
    }

    /** Milliseconds: the resolution of event timestamps, so records and their events agree. */
    private Instant now() {
        return EventJson.truncate(clock.instant());
    }

    static Actor systemActor() {
        return new Actor("system", "tender-service");
    }

    static void refuseIfBroken(List<Violation> violations, int status, String title) {
        if (!violations.isEmpty()) {
            List<Problem.FieldError> errors = violations.stream()
                    .map(v -> new Problem.FieldError(v.field(), v.message())).toList();
            String detail = String.join("; ", errors.stream().map(e -> e.field() + ": " + e.message()).toList());
            throw new ProblemException(status, title, detail, errors);
        }
    }

}
