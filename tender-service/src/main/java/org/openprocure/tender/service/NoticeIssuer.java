package org.openprocure.tender.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openprocure.events.Money;
import org.openprocure.events.Organization;
import org.openprocure.events.Period;
import org.openprocure.events.tender.TenderPublished;
import org.openprocure.support.pdf.PdfUploadCheck;
import org.openprocure.tender.ConsultationComment;
import org.openprocure.tender.Tender;
import org.openprocure.tender.TenderDocument;
import org.openprocure.tender.TenderVersion;
import org.openprocure.tender.domain.CpvCatalogue;
import org.openprocure.tender.domain.TenderDiff;
import org.openprocure.tender.domain.TenderSection;
import org.openprocure.tender.mapping.VersionSnapshot;
import org.openprocure.tender.pdf.ConsultationReport;
import org.openprocure.tender.pdf.ConsultationReportPdf;
import org.openprocure.tender.pdf.NoticePdf;

/**
 * Freezes the public versions of a tender and issues what goes with each: the notice PDF, the
 * consultation report, and the notice as an event payload. Called inside the caller's transaction.
 */
@ApplicationScoped
public class NoticeIssuer {

    /** Freezes the tender as it stands as {@code version}; returns the changes from the version before it. */
    public List<TenderDiff.Change> freeze(Tender tender, int version, String label, String reason, String by,
            Instant at) {
        VersionSnapshot snapshot = VersionSnapshot.of(tender.terms(), TenderDocument.current(tender.id));
        List<TenderDiff.Change> changes = previous(tender.id, version)
                .map(before -> TenderDiff.between(VersionSnapshot.fromJson(before.terms).flatten(), snapshot.flatten()))
                .orElse(List.of());
        TenderVersion frozen = new TenderVersion();
        frozen.key = new TenderVersion.Key(tender.id, version);
        frozen.label = label;
        frozen.reason = reason;
        frozen.createdAt = at;
        frozen.createdBy = by;
        frozen.terms = snapshot.toJson();
        frozen.changes = VersionSnapshot.changesJson(changes);
        frozen.persist();
        return changes;
    }

    private static Optional<TenderVersion> previous(UUID tenderId, int version) {
        return TenderVersion.<TenderVersion>find("key.tenderId = ?1 and key.version < ?2 order by key.version desc",
                tenderId, version).firstResultOptional();
    }

    /** Renders the notice of the tender's current version and keeps it with its SHA-256. */
    public TenderDocument issueNotice(Tender tender, String by, Instant at) {
        byte[] pdf = NoticePdf.render(tender, TenderDocument.current(tender.id).stream()
                .filter(d -> !TenderDocument.TENDER_NOTICE.equals(d.documentType))
                .map(d -> new NoticePdf.DocumentLine(d.title, d.fileName, d.sha256)).toList());
        return store(tender, TenderDocument.TENDER_NOTICE, "Contract notice, version " + tender.noticeVersion,
                "notice-" + tender.ocid + "-v" + tender.noticeVersion + ".pdf", pdf, by, at, tender.noticeVersion);
    }

    /** Renders the consultation report: every comment, every answer, and what changed since the consulted draft. */
    public TenderDocument issueConsultationReport(Tender tender, List<TenderDiff.Change> changes, String by,
            Instant at) {
        List<ConsultationComment> comments = ConsultationComment.list("tenderId = ?1 order by number", tender.id);
        List<ConsultationReport.Comment> lines = new ArrayList<>();
        for (ConsultationComment c : comments) {
            lines.add(new ConsultationReport.Comment(c.number, targetWording(tender, c), c.authorName,
                    c.authorOrganisation, c.postedAt, c.text, c.hiddenReason, c.resolution, c.answer, c.answeredAt));
        }
        ConsultationReport report = new ConsultationReport(tender.ocid, tender.title, tender.buyerName,
                tender.consultationStart, tender.consultationEnd, at, lines,
                changes.stream().map(ch -> new ConsultationReport.Change(ch.field(), ch.before(), ch.after())).toList());
        return store(tender, TenderDocument.CONSULTATION_REPORT, "Consultation report",
                "consultation-report-" + tender.ocid + ".pdf", ConsultationReportPdf.render(report), by, at, null);
    }

    static String targetWording(Tender tender, ConsultationComment comment) {
        return switch (comment.targetType) {
            case "section" -> "Section: " + TenderSection.labelOf(comment.section);
            case "lot" -> "Lot " + comment.lotId + tender.lot(comment.lotId).map(l -> ": " + l.title).orElse("");
            default -> "Whole draft";
        };
    }

    private static TenderDocument store(Tender tender, String type, String title, String fileName, byte[] pdf,
            String by, Instant at, Integer noticeVersion) {
        TenderDocument document = new TenderDocument();
        document.id = UUID.randomUUID();
        document.tenderId = tender.id;
        document.documentType = type;
        document.title = title;
        document.fileName = fileName;
        document.size = pdf.length;
        document.sha256 = PdfUploadCheck.sha256(pdf);
        document.content = pdf;
        document.addedAt = at;
        document.addedBy = by;
        document.noticeVersion = noticeVersion;
        document.persist();
        return document;
    }

    /** The notice as bid- and evaluation-service need it: everything that binds bidders. */
    public TenderPublished payload(Tender t) {
        CpvCatalogue cpv = CpvCatalogue.load();
        List<TenderDocument> documents = TenderDocument.current(t.id);
        return new TenderPublished(t.id.toString(), t.noticeVersion, t.title, t.description,
                new Organization(t.buyerId, t.buyerName), t.procurementMethod.code(), t.procurementMethodRationale,
                t.mainProcurementCategory.code(), t.awardCriteria.code(),
                t.criteria.stream().map(c -> new TenderPublished.Criterion(c.name, c.type.code(), c.weight)).toList(),
                new Money(t.estimatedValue(), t.currency),
                t.lots.stream().map(l -> new TenderPublished.Lot(l.lotId, l.title, l.description,
                        new Money(l.estimatedValue, t.currency), l.status,
                        t.items.stream().filter(i -> i.lotId.equals(l.lotId))
                                .map(i -> new TenderPublished.Item(i.itemId, i.description, i.quantity, i.unit,
                                        new TenderPublished.Classification("CPV", i.classification,
                                                cpv.label(i.classification).orElse(null))))
                                .toList()))
                        .toList(),
                t.consultationStart == null ? null : new Period(t.consultationStart, t.consultationEnd),
                new Period(t.publishedAt, t.submissionDeadline), new Period(t.publishedAt, t.enquiryDeadline),
                t.openingDate, t.bidValidityDays,
                new TenderPublished.OpeningCommittee(t.committeeThreshold,
                        t.committee.stream().map(m -> new TenderPublished.Member(m.username, m.name)).toList()),
                documents.stream().map(d -> new TenderPublished.Document(d.id.toString(), d.documentType, d.title,
                        d.fileName, d.size, d.sha256)).toList(),
                t.publishedAt);
    }
}
