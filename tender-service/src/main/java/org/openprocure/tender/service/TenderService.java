package org.openprocure.tender.service;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openprocure.events.EventJson;
import org.openprocure.events.EventTypes;
import org.openprocure.events.Money;
import org.openprocure.events.Organization;
import org.openprocure.events.Period;
import org.openprocure.events.tender.TenderPublished;
import org.openprocure.support.outbox.EventOutbox;
import org.openprocure.support.problem.Problem;
import org.openprocure.support.problem.ProblemException;
import org.openprocure.support.security.CurrentUser;
import org.openprocure.tender.Tender;
import org.openprocure.tender.config.TenderConfig;
import org.openprocure.tender.domain.MinimumPeriods;
import org.openprocure.tender.domain.TenderRules;
import org.openprocure.tender.domain.TenderStatus;
import org.openprocure.tender.domain.TenderTerms;
import org.openprocure.tender.domain.Violation;

/** Drafting and publication of tenders; each change commits with the events it emits. */
@ApplicationScoped
public class TenderService {

    private final Clock clock;
    private final EventOutbox outbox;
    private final EntityManager em;
    private final TenderConfig config;

    private final MinimumPeriods minimumPeriods = MinimumPeriods.defaults();

    TenderService(Clock clock, EventOutbox outbox, EntityManager em, TenderConfig config) {
        this.clock = clock;
        this.outbox = outbox;
        this.em = em;
        this.config = config;
    }

    @Transactional
    public Tender draft(TenderTerms terms, CurrentUser officer) {
        refuseIfBroken(TenderRules.checkDraft(terms), 400, "Invalid tender");
        Tender tender = new Tender();
        tender.id = UUID.randomUUID();
        tender.buyerId = officer.requireOrganisation();
        tender.buyerName = officer.organisationName();
        tender.status = TenderStatus.PLANNING;
        tender.createdAt = clock.instant();
        tender.createdBy = officer.username();
        tender.applyTerms(terms);
        tender.persist();
        return tender;
    }

    /** Freezes the draft as notice version 1, assigns its ocid and announces it. */
    @Transactional
    public Tender publish(UUID tenderId, CurrentUser officer) {
        // Locked as it is read: a second publish of the same draft waits here, then sees it published.
        Tender tender = em.find(Tender.class, tenderId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (tender == null || !tender.buyerId.equals(officer.requireOrganisation())) {
            throw ProblemException.notFound("No tender " + tenderId + " in your organisation.");
        }
        if (tender.status != TenderStatus.PLANNING) {
            throw ProblemException.conflict("Tender " + tenderId + " is already published as " + tender.ocid + ".");
        }
        // Milliseconds: the resolution of event timestamps, so the notice and its event agree.
        Instant now = EventJson.truncate(clock.instant());
        List<Violation> violations = new java.util.ArrayList<>(TenderRules.checkPublication(tender.terms(), now));
        minimumPeriods.minimumFor(tender.procurementMethod, tender.estimatedValue())
                .filter(minimum -> tender.submissionDeadline.isBefore(now.plus(minimum)))
                .ifPresent(minimum -> violations.add(new Violation("submissionDeadline", "a "
                        + tender.procurementMethod.code() + " procedure of this value needs at least "
                        + minimum.toDays() + " days between publication and the deadline (" + now.plus(minimum)
                        + " or later)")));
        refuseIfBroken(violations, 409, "Tender cannot be published");

        long number = ((Number) em.createNativeQuery("select nextval('ocid_number')").getSingleResult()).longValue();
        tender.ocid = "%s-T-%d-%06d".formatted(config.ocidPrefix(), now.atZone(ZoneOffset.UTC).getYear(), number);
        tender.status = TenderStatus.ACTIVE;
        tender.noticeVersion = 1;
        tender.publishedAt = now;

        outbox.append(EventTypes.TENDER_PUBLISHED, tender.ocid, tender.id.toString(), officer.actor("officer"),
                publishedEvent(tender));
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

    @Transactional
    public List<Tender> ownTenders(CurrentUser officer) {
        return Tender.list("buyerId", Sort.descending("createdAt"), officer.requireOrganisation());
    }

    @Transactional
    public Optional<Tender> publicTender(UUID tenderId) {
        return Tender.<Tender>findByIdOptional(tenderId).filter(t -> t.status.isPublic());
    }

    @Transactional
    public Optional<Tender> notice(String ocid) {
        return Tender.find("ocid", ocid).firstResultOptional();
    }

    @Transactional
    public List<Tender> notices(int page, int size) {
        return Tender.find("publishedAt is not null", Sort.descending("publishedAt").and("ocid"))
                .page(Page.of(page, size)).list();
    }

    @Transactional
    public long countNotices() {
        return Tender.count("publishedAt is not null");
    }

    private static TenderPublished publishedEvent(Tender t) {
        return new TenderPublished(t.id.toString(), t.noticeVersion, t.title, t.description,
                new Organization(t.buyerId, t.buyerName), t.procurementMethod.code(), t.procurementMethodRationale,
                t.mainProcurementCategory.code(), t.awardCriteria.code(), new Money(t.estimatedValue(), t.currency),
                t.lots.stream().map(l -> new TenderPublished.Lot(l.lotId, l.title, l.description,
                        new Money(l.estimatedValue, t.currency))).toList(),
                new Period(t.publishedAt, t.submissionDeadline), new Period(t.publishedAt, t.enquiryDeadline),
                t.openingDate, t.bidValidityDays,
                new TenderPublished.OpeningCommittee(t.committeeThreshold,
                        t.committee.stream().map(m -> new TenderPublished.Member(m.username, m.name)).toList()),
                t.publishedAt);
    }

    private static void refuseIfBroken(List<Violation> violations, int status, String title) {
        if (!violations.isEmpty()) {
            List<Problem.FieldError> errors = violations.stream()
                    .map(v -> new Problem.FieldError(v.field(), v.message())).toList();
            String detail = String.join("; ", errors.stream().map(e -> e.field() + ": " + e.message()).toList());
            throw new ProblemException(status, title, detail, errors);
        }
    }
}
