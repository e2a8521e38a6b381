package org.openprocure.evaluation.service;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openprocure.evaluation.Complaint;
import org.openprocure.evaluation.Declaration;
import org.openprocure.evaluation.LotAward;
import org.openprocure.evaluation.PriceJustification;
import org.openprocure.evaluation.Qualification;
import org.openprocure.evaluation.QualityScore;
import org.openprocure.evaluation.domain.BidUnderEvaluation;
import org.openprocure.evaluation.domain.Ranking;
import org.openprocure.evaluation.report.AwardNoticeData;
import org.openprocure.evaluation.report.AwardNoticePdf;
import org.openprocure.evaluation.report.EvaluationReportData;
import org.openprocure.evaluation.report.EvaluationReportPdf;
import org.openprocure.events.Money;
import org.openprocure.events.bid.BidsOpened;
import org.openprocure.events.evaluation.ConflictOfInterestDeclared;
import org.openprocure.events.evaluation.QualificationDecided;

/** Assembles the evaluation report and the award notice of a lot from the record, and renders them. */
@ApplicationScoped
public class EvaluationReports {

    /** A rendered document and its SHA-256, as published in the event that issues it. */
    public record Issued(byte[] pdf, String sha256) {
    }

    /**
     * The report of a lot as the record stands.
     *
     * @param winner null when the lot is declared unsuccessful
     */
    public EvaluationReportData reportData(Dossier dossier, Dossier.LotRanking lotRanking, Instant issuedAt,
            EvaluationReportData.Winner winner, String unsuccessfulReason, Instant standstillEnds) {
        String lotId = lotRanking.lotId();
        TenderTerms.Lot lot = dossier.lot(lotId).orElseThrow();
        List<BidsOpened.Bid> lotBids = dossier.bidsFor(lotId);
        Set<String> lotBidders = lotBids.stream().map(BidsOpened.Bid::bidderId).collect(Collectors.toSet());

        List<EvaluationReportData.Criterion> criteria = dossier.criteria.stream()
                .map(c -> new EvaluationReportData.Criterion(c.name(), c.type(), c.weight())).toList();
        List<EvaluationReportData.Member> committee = dossier.committee.stream()
                .map(m -> new EvaluationReportData.Member(m.username(), m.name, m.chair)).toList();
        List<EvaluationReportData.Declaration> declarations = new ArrayList<>();
        for (var member : dossier.committee) {
            Declaration declaration = dossier.declarations.get(member.username());
            if (declaration == null) {
                continue;
            }
            for (ConflictOfInterestDeclared.Declaration d : declarationsOf(declaration)) {
                if (lotBidders.contains(d.bidderId())) {
                    declarations.add(new EvaluationReportData.Declaration(member.name, d.bidderName(),
                            d.conflictOfInterest(), d.statement(), declaration.declaredAt));
                }
            }
        }
        List<EvaluationReportData.Qualification> qualifications = new ArrayList<>();
        List<EvaluationReportData.Score> scores = new ArrayList<>();
        List<EvaluationReportData.AbnormallyLow> abnormallyLow = new ArrayList<>();
        for (BidsOpened.Bid bid : lotBids) {
            dossier.qualification(bid.bidId(), lotId).ifPresent(q -> qualifications.add(
                    new EvaluationReportData.Qualification(bid.bidderName(), bid.bidId(), q.qualified, q.reason,
                            documentsOf(q).stream().map(QualificationDecided.Document::title).toList(),
                            dossier.memberName(q.decidedBy), q.decidedAt)));
            for (QualityScore s : dossier.scoresOf(bid.bidId())) {
                scores.add(new EvaluationReportData.Score(bid.bidderName(), bid.bidId(),
                        dossier.memberName(s.key.username()), s.key.criterion(), s.score, s.maximum, s.reason,
                        s.submittedAt));
            }
            PriceJustification procedure = dossier.justification(lotId, bid.bidId()).orElse(null);
            if (procedure != null) {
                abnormallyLow.add(new EvaluationReportData.AbnormallyLow(bid.bidderName(), bid.bidId(),
                        Dossier.money(Dossier.price(bid, lotId).orElseThrow()), reasonsOf(procedure),
                        procedure.justification, procedure.accepted, procedure.decisionReason));
            }
        }
        Ranking ranking = lotRanking.ranking();
        List<EvaluationReportData.Ranked> ranked = ranking.ranked().stream()
                .map(r -> new EvaluationReportData.Ranked(r.rank(), dossier.bidderName(r.bid().bidderId()),
                        r.bid().bidId(), priceOf(dossier, r.bid()), r.priceScore(), r.qualityScore(), r.total(),
                        r.bid().receivedAt()))
                .toList();
        List<EvaluationReportData.Excluded> excluded = ranking.excluded().stream()
                .map(b -> new EvaluationReportData.Excluded(dossier.bidderName(b.bidderId()), b.bidId(),
                        priceOf(dossier, b), whyExcluded(dossier, b)))
                .toList();
        return new EvaluationReportData(dossier.ocid(), dossier.evaluation.title, dossier.evaluation.buyerName, lotId,
                lot.title(), lot.estimate(), lotRanking.method(), issuedAt, criteria, committee, declarations,
                qualifications, scores, abnormallyLow, ranked, excluded, winner, unsuccessfulReason, standstillEnds);
    }

    public Issued report(EvaluationReportData data) {
        byte[] pdf = EvaluationReportPdf.render(data);
        return new Issued(pdf, sha256(pdf));
    }

    public AwardNoticeData noticeData(Dossier dossier, LotAward award, Instant standstillEnded) {
        TenderTerms.Lot lot = dossier.lot(award.lotId).orElseThrow();
        List<BidsOpened.Bid> lotBids = dossier.bidsFor(award.lotId);
        int qualified = (int) lotBids.stream()
                .filter(b -> dossier.qualification(b.bidId(), award.lotId).map(q -> q.qualified).orElse(false))
                .count();
        List<AwardNoticeData.Complaint> complaints = dossier.complaints.getOrDefault(award.awardId, List.<Complaint>of())
                .stream().map(c -> new AwardNoticeData.Complaint(c.key.number(), c.complainantName, c.filedAt,
                        c.decision, c.reason))
                .toList();
        return new AwardNoticeData(dossier.ocid(), dossier.evaluation.title, dossier.evaluation.buyerName,
                award.lotId, lot.title(), lot.estimate(), award.method, award.awardId, award.supplierName,
                award.supplierId, new Money(award.valueAmount, award.valueCurrency), lotBids.size(), qualified,
                award.proposedAt, standstillEnded, award.confirmedAt, complaints, award.reportSha256);
    }

    public Issued notice(AwardNoticeData data) {
        byte[] pdf = AwardNoticePdf.render(data);
        return new Issued(pdf, sha256(pdf));
    }

    static String whyExcluded(Dossier dossier, BidUnderEvaluation bid) {
        if (!bid.isQualified()) {
            return "disqualified: " + dossier.qualification(bid.bidId(), bid.lotId()).map(q -> q.reason).orElse("");
        }
        return "justification rejected: " + bid.committeeReason();
    }

    static Money priceOf(Dossier dossier, BidUnderEvaluation bid) {
        return dossier.bid(bid.bidId()).flatMap(b -> Dossier.price(b, bid.lotId())).map(Dossier::money)
                .orElseThrow();
    }

    static List<ConflictOfInterestDeclared.Declaration> declarationsOf(Declaration declaration) {
        return TenderTerms.read(declaration.declarations,
                new TypeReference<List<ConflictOfInterestDeclared.Declaration>>() { });
    }

    static List<QualificationDecided.Document> documentsOf(Qualification qualification) {
        return TenderTerms.read(qualification.documents, new TypeReference<List<QualificationDecided.Document>>() { });
    }

    static List<String> reasonsOf(PriceJustification procedure) {
        return TenderTerms.read(procedure.reasons, new TypeReference<List<String>>() { });
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is in every Java runtime", e);
        }
    }
}
