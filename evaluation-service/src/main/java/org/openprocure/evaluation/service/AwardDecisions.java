package org.openprocure.evaluation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.openprocure.evaluation.Complaint;
import org.openprocure.evaluation.Evaluation;
import org.openprocure.evaluation.LotAward;
import org.openprocure.evaluation.LotOutcome;
import org.openprocure.evaluation.config.EvaluationConfig;
import org.openprocure.evaluation.domain.AwardStandstill;
import org.openprocure.evaluation.domain.IllegalStepException;
import org.openprocure.evaluation.domain.Ranking;
import org.openprocure.evaluation.report.EvaluationReportData;
import org.openprocure.events.Actor;
import org.openprocure.events.EventTypes;
import org.openprocure.events.Money;
import org.openprocure.events.Organization;
import org.openprocure.events.bid.BidsOpened;
import org.openprocure.events.evaluation.AwardConfirmed;
import org.openprocure.events.evaluation.AwardProposed;
import org.openprocure.events.evaluation.ComplaintDecided;
import org.openprocure.events.evaluation.ComplaintFiled;
import org.openprocure.events.evaluation.TenderUnsuccessful;
import org.openprocure.support.config.PlatformConfig;
import org.openprocure.support.outbox.EventOutbox;
import org.openprocure.support.problem.ProblemException;
import org.openprocure.support.security.CurrentUser;

/**
 * The award of a lot: the chair's proposal with its evaluation report (or the lot's declaration as
 * unsuccessful), bidders' complaints during the standstill and the chair's decisions, and the
 * confirmation with its award notice once the standstill has passed.
 */
@ApplicationScoped
public class AwardDecisions {

    /** What a proposal led to: an award in standstill, or the lot declared unsuccessful. */
    public record Proposal(LotAward award, LotOutcome unsuccessful) {
    }

    private final EntityManager em;
    private final EventOutbox outbox;
    private final Clock clock;
    private final EvaluationConfig config;
    private final EvaluationReports reports;
    private final Conclusion conclusion;
    private final PlatformConfig platform;

    AwardDecisions(EntityManager em, EventOutbox outbox, Clock clock, EvaluationConfig config,
            EvaluationReports reports, Conclusion conclusion, PlatformConfig platform) {
        this.em = em;
        this.outbox = outbox;
        this.clock = clock;
        this.config = config;
        this.reports = reports;
        this.conclusion = conclusion;
        this.platform = platform;
    }

    @Transactional
    public Proposal propose(String ocid, String lotId, CurrentUser chair) {
        Dossier dossier = EvaluationAccess.forWriting(em, ocid, chair);
        EvaluationAccess.requireChair(dossier, chair);
        EvaluationAccess.requireOpened(dossier);
        EvaluationAccess.requireLotIn(dossier, lotId, Dossier.EVALUATING);
        Dossier.LotRanking lotRanking = dossier.rank(lotId, config.abnormallyLowRule());
        if (lotRanking.incomplete()) {
            throw ProblemException.conflict("The ranking of " + lotId + " is not final: "
                    + String.join("; ", lotRanking.missing()) + ".");
        }
        Ranking ranking = lotRanking.ranking();
        if (ranking.status() == Ranking.Status.PROVISIONAL) {
            throw ProblemException.conflict("The ranking of " + lotId + " is provisional: the committee has not"
                    + " decided on the justification of abnormally low bid(s) " + ranking.awaitingDecision() + ".");
        }
        Instant now = clock.instant();
        Optional<Ranking.RankedBid> winner = ranking.winner();
        if (winner.isEmpty()) {
            return new Proposal(null, declareUnsuccessful(dossier, lotRanking, chair, now));
        }
        BidsOpened.Bid bid = dossier.bid(winner.get().bid().bidId()).orElseThrow();
        Money value = Dossier.money(Dossier.price(bid, lotId).orElseThrow());
        AwardStandstill standstill = AwardStandstill.propose(lotId, bid.bidderId(), now, config.standstill());
        EvaluationReportData data = reports.reportData(dossier, lotRanking, now,
                new EvaluationReportData.Winner(bid.bidderName(), bid.bidderId(), bid.bidId(), value), null,
                standstill.standstillEnds());
        EvaluationReports.Issued report = reports.report(data);
        List<AwardProposed.RankedBid> ranked = ranking.ranked().stream()
                .map(r -> new AwardProposed.RankedBid(r.rank(), r.bid().bidId(), r.bid().bidderId(),
                        dossier.bidderName(r.bid().bidderId()), EvaluationReports.priceOf(dossier, r.bid()),
                        r.priceScore(), r.qualityScore(), r.total()))
                .toList();

        LotAward award = new LotAward();
        award.awardId = UUID.randomUUID().toString();
        award.ocid = ocid;
        award.lotId = lotId;
        award.number = (int) dossier.awards.stream().filter(a -> a.lotId.equals(lotId)).count() + 1;
        award.bidId = bid.bidId();
        award.supplierId = bid.bidderId();
        award.supplierName = bid.bidderName();
        award.valueAmount = value.amount();
        award.valueCurrency = value.currency();
        award.method = lotRanking.method();
        award.proposedBy = chair.username();
        award.proposedAt = now;
        award.standstillPeriod = config.standstill().toString();
        award.ranking = TenderTerms.json(ranked);
        award.reportPdf = report.pdf();
        award.reportSha256 = report.sha256();
        Awards.keep(award, standstill);
        award.persist();
        outbox.append(EventTypes.AWARD_PROPOSED, ocid, dossier.evaluation.aggregateId, chair.actor("evaluator"),
                new AwardProposed(dossier.evaluation.tenderId, lotId, award.awardId, bid.bidId(),
                        new Organization(bid.bidderId(), bid.bidderName()), value, lotRanking.method(), ranked,
                        standstill.standstillEnds(), report.sha256()));
        return new Proposal(award, null);
    }

    private LotOutcome declareUnsuccessful(Dossier dossier, Dossier.LotRanking lotRanking, CurrentUser chair,
            Instant now) {
        String lotId = lotRanking.lotId();
        String reason = unsuccessfulReason(dossier, lotRanking);
        EvaluationReports.Issued report = reports.report(reports.reportData(dossier, lotRanking, now, null, reason,
                null));
        LotOutcome outcome = new LotOutcome();
        outcome.key = new LotOutcome.Key(dossier.ocid(), lotId);
        outcome.outcome = LotOutcome.UNSUCCESSFUL;
        outcome.reason = reason;
        outcome.decidedAt = now;
        outcome.reportPdf = report.pdf();
        outcome.reportSha256 = report.sha256();
        outcome.persist();
        Dossier after = Dossier.of(dossier.evaluation);
        // The whole tender fails when no lot is awarded or can still be: a lot without a readable bid cannot.
        boolean tenderUnsuccessful = after.lots.stream().allMatch(l -> {
            String status = after.lotStatus(l.id());
            return status.equals(Dossier.UNSUCCESSFUL) || status.equals(Dossier.CANCELLED)
                    || status.equals(Dossier.EVALUATING) && after.bidsFor(l.id()).isEmpty();
        });
        Actor actor = chair.actor("evaluator");
        outbox.append(EventTypes.TENDER_UNSUCCESSFUL, dossier.ocid(), dossier.evaluation.aggregateId, actor,
                new TenderUnsuccessful(dossier.evaluation.tenderId, lotId, reason, tenderUnsuccessful));
        conclusion.concludeIfSettled(after, actor);
        return outcome;
    }

    private static String unsuccessfulReason(Dossier dossier, Dossier.LotRanking lotRanking) {
        if (dossier.bidsFor(lotRanking.lotId()).isEmpty()) {
            return "No readable bid for the lot was received.";
        }
        if (lotRanking.ranking().excluded().stream().noneMatch(b -> b.isQualified())) {
            return "No bid for the lot was qualified.";
        }
        return "No qualified bid remained: the abnormally low prices were not justified.";
    }

    @Transactional
    public Complaint complain(String ocid, String lotId, Requests.Text request, CurrentUser supplier) {
        Dossier dossier = EvaluationAccess.forWriting(em, ocid, supplier);
        String org = supplier.requireOrganisation();
        BidsOpened.Bid bid = dossier.bidsFor(lotId).stream().filter(b -> b.bidderId().equals(org)).findFirst()
                .orElseThrow(() -> ProblemException.forbidden("Only a bidder on " + lotId + " may complain about"
                        + " its award."));
        LotAward award = dossier.latestAward(lotId).filter(a -> List.of("standstill", "suspended").contains(a.stage))
                .orElseThrow(() -> ProblemException.conflict("Lot " + lotId + " is " + dossier.lotStatus(lotId)
                        + "; complaints are taken only during the standstill of a proposed award."));
        if (award.supplierId.equals(org)) {
            throw ProblemException.forbidden("The proposed winner does not complain about its own award.");
        }
        if (request == null || request.text() == null || request.text().isBlank()) {
            throw ProblemException.badRequest("text", "say what is wrong with the award");
        }
        EvaluationAccess.requireOpen(dossier);
        AwardStandstill standstill = dossier.standstill(award);
        AwardStandstill.Complaint filed;
        try {
            filed = standstill.complain(org, request.text(), clock.instant());
        } catch (IllegalStepException e) {
            throw ProblemException.conflict(e.getMessage());
        }
        Complaint complaint = new Complaint();
        complaint.key = new Complaint.Key(award.awardId, filed.number());
        complaint.complainantId = org;
        complaint.complainantName = bid.bidderName();
        complaint.text = filed.text();
        complaint.filedAt = filed.filedAt();
        complaint.persist();
        Awards.keep(award, standstill);
        outbox.append(EventTypes.COMPLAINT_FILED, ocid, dossier.evaluation.aggregateId, supplier.actor("supplier"),
                new ComplaintFiled(dossier.evaluation.tenderId, lotId, award.awardId, filed.number(),
                        new Organization(org, bid.bidderName()), filed.text()));
        return complaint;
    }

    @Transactional
    public Complaint decideComplaint(String ocid, String lotId, int number, Requests.ComplaintDecision request,
            CurrentUser chair) {
        Dossier dossier = EvaluationAccess.forWriting(em, ocid, chair);
        EvaluationAccess.requireChair(dossier, chair);
        LotAward award = dossier.latestAward(lotId).orElseThrow(() ->
                ProblemException.notFound("No award was proposed for " + lotId + "."));
        Complaint complaint = dossier.complaints.getOrDefault(award.awardId, List.of()).stream()
                .filter(c -> c.key.number() == number).findFirst().orElseThrow(() ->
                        ProblemException.notFound("The award of " + lotId + " has no complaint " + number + "."));
        AwardStandstill.Decision decision;
        if (request == null || request.decision() == null
                || !List.of("upheld", "dismissed").contains(request.decision())) {
            throw ProblemException.badRequest("decision", "upheld or dismissed");
        }
        decision = AwardStandstill.Decision.valueOf(request.decision().toUpperCase(Locale.ROOT));
        if (request.reason() == null || request.reason().isBlank()) {
            throw ProblemException.badRequest("reason", "a decision on a complaint gives its reason");
        }
        EvaluationAccess.requireOpen(dossier);
        AwardStandstill standstill = dossier.standstill(award);
        AwardStandstill.Complaint decided;
        try {
            decided = standstill.decide(number, decision, request.reason(), clock.instant());
        } catch (IllegalStepException e) {
            throw ProblemException.conflict(e.getMessage());
        }
        complaint.decision = request.decision();
        complaint.reason = decided.reason();
        complaint.decidedAt = decided.decidedAt();
        Awards.keep(award, standstill);
        outbox.append(EventTypes.COMPLAINT_DECIDED, ocid, dossier.evaluation.aggregateId, chair.actor("evaluator"),
                new ComplaintDecided(dossier.evaluation.tenderId, lotId, award.awardId, number, complaint.decision,
                        complaint.reason, standstill.standstillEnds()));
        return complaint;
    }

    /** The chair confirms an award whose standstill has passed with no complaint pending. */
    @Transactional
    public LotAward confirm(String ocid, String lotId, CurrentUser chair) {
        Dossier dossier = EvaluationAccess.forWriting(em, ocid, chair);
        EvaluationAccess.requireChair(dossier, chair);
        EvaluationAccess.requireOpen(dossier);
        LotAward award = dossier.latestAward(lotId).filter(a -> List.of("standstill", "suspended").contains(a.stage))
                .orElseThrow(() -> ProblemException.conflict("Lot " + lotId + " is " + dossier.lotStatus(lotId)
                        + "; only an award in its standstill can be confirmed."));
        try {
            return confirm(dossier, award, chair.actor("evaluator"));
        } catch (IllegalStepException e) {
            throw ProblemException.conflict(e.getMessage());
        }
    }

    /**
     * Confirms the award if its standstill has passed by now; for the standstill watch, which calls it
     * once per award in a transaction of its own.
     *
     * @return whether the award was confirmed
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean confirmIfDue(String ocid, String awardId) {
        Evaluation evaluation = em.find(Evaluation.class, ocid, LockModeType.PESSIMISTIC_WRITE);
        if (evaluation == null || evaluation.status == Evaluation.Status.CANCELLED) {
            return false;
        }
        Dossier dossier = Dossier.of(evaluation);
        LotAward award = dossier.awards.stream().filter(a -> a.awardId.equals(awardId)).findFirst().orElse(null);
        if (award == null || !dossier.standstill(award).confirmable(clock.instant())) {
            return false;
        }
        confirm(dossier, award, Actor.system(platform.producer()));
        return true;
    }

    private LotAward confirm(Dossier dossier, LotAward award, Actor actor) {
        AwardStandstill standstill = dossier.standstill(award);
        Instant standstillEnded = standstill.standstillEnds();
        standstill.confirm(clock.instant());
        Awards.keep(award, standstill);
        EvaluationReports.Issued notice = reports.notice(reports.noticeData(dossier, award, standstillEnded));
        award.noticePdf = notice.pdf();
        award.noticeSha256 = notice.sha256();
        outbox.append(EventTypes.AWARD_CONFIRMED, dossier.ocid(), dossier.evaluation.aggregateId, actor,
                new AwardConfirmed(dossier.evaluation.tenderId, award.lotId, award.awardId, award.bidId,
                        new Organization(award.supplierId, award.supplierName),
                        new Money(award.valueAmount, award.valueCurrency), award.confirmedAt, notice.sha256()));
        conclusion.concludeIfSettled(Dossier.of(dossier.evaluation), actor);
        return award;
    }
}
