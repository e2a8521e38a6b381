package org.openprocure.tender.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.openprocure.tender.ConsultationComment;
import org.openprocure.tender.Enquiry;
import org.openprocure.tender.TenderVersion;
import org.openprocure.tender.domain.TenderDiff;
import org.openprocure.tender.mapping.VersionSnapshot;

/** Views of comments, enquiries and versions, as the public (or, with more detail, the buyer) sees them. */
public final class PublicViews {

    private PublicViews() {
    }

    public record TargetView(String type, String section, String lotId, String itemId) {
    }

    public record AuthorView(String name, String organisation) {
    }

    public record CommentAnswerView(String resolution, String text, Instant answeredAt) {
    }

    /** {@code text} is null for a hidden comment unless the reader is the buyer's officer or an auditor. */
    public record CommentView(UUID id, int number, TargetView target, AuthorView author, String text,
            Instant postedAt, boolean hidden, String hiddenReason, CommentAnswerView answer) {

        static CommentView of(ConsultationComment c, boolean privileged) {
            return new CommentView(c.id, c.number, new TargetView(c.targetType, c.section, c.lotId, null),
                    c.authorName == null ? null : new AuthorView(c.authorName, c.authorOrganisation),
                    c.isHidden() && !privileged ? null : c.text, c.postedAt, c.isHidden(), c.hiddenReason,
                    c.isAnswered() ? new CommentAnswerView(c.resolution, c.answer, c.answeredAt) : null);
        }
    }

    public record EnquiryAnswerView(String text, Instant answeredAt) {
    }

    public record EnquiryView(UUID id, int number, TargetView target, String asker, String question, Instant askedAt,
            EnquiryAnswerView answer) {

        static EnquiryView of(Enquiry e) {
            return new EnquiryView(e.id, e.number, new TargetView(e.targetType, null, e.lotId, e.itemId), e.asker,
                    e.question, e.askedAt, e.isAnswered() ? new EnquiryAnswerView(e.answer, e.answeredAt) : null);
        }
    }

    public record VersionSummary(int version, String label, String reason, Instant createdAt) {

        static VersionSummary of(TenderVersion v) {
            return new VersionSummary(v.key.version, v.label, v.reason, v.createdAt);
        }
    }

    public record DocumentRefView(String documentType, String title, String fileName, String sha256) {
    }

    /** A version: its terms as a tender body, its documents, and the changes from the version before it. */
    public record VersionView(int version, String label, String reason, Instant createdAt, TenderDraftRequest terms,
            List<DocumentRefView> documents, List<TenderDiff.Change> changes) {

        static VersionView of(TenderVersion v) {
            VersionSnapshot snapshot = VersionSnapshot.fromJson(v.terms);
            return new VersionView(v.key.version, v.label, v.reason, v.createdAt,
                    TenderDraftRequest.of(snapshot.terms()),
                    snapshot.documents().stream().map(d -> new DocumentRefView(d.documentType(), d.title(),
                            d.fileName(), d.sha256())).toList(),
                    VersionSnapshot.changesFromJson(v.changes));
        }
    }
}
