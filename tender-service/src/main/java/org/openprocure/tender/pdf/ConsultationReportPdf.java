package org.openprocure.tender.pdf;

import static org.openprocure.tender.pdf.NoticePdf.DATE_TIME;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.openprocure.support.pdf.PdfDocument;

/**
 * The consultation report published with a tender's notice: every comment on the draft, the buyer's
 * answer to each, and what changed between the consulted draft and the published text, so anyone
 * can check that the comments were heard. Deterministic: the same report gives the same bytes.
 */
public final class ConsultationReportPdf {

    static final String NO_CHANGES = "The published text is the consulted draft unchanged.";
    static final String ANONYMOUS = "Anonymous";
    static final String NOT_ANSWERED = "Not answered";
    static final String HIDDEN_PREFIX = "Hidden by the buyer: ";
    static final String NONE = "—";

    private ConsultationReportPdf() {
    }

    public static byte[] render(ConsultationReport report) {
        requireComplete(report);
        Summary summary = Summary.of(report.comments());
        try (PdfDocument pdf = PdfDocument.create("Consultation report " + report.ocid(), report.title(),
                report.publishedAt())) {
            pdf.footer(report.ocid() + " · consultation report")
                    .heading("Consultation report")
                    .subheading(report.title())
                    .field("Process (OCID)", report.ocid())
                    .field("Buyer", report.buyerName())
                    .field("Consultation period", DATE_TIME.format(report.consultationStart()) + " to "
                            + DATE_TIME.format(report.consultationEnd()))
                    .field("Published", DATE_TIME.format(report.publishedAt()))
                    .spacer()
                    .paragraph(summary.sentence());
            if (!report.comments().isEmpty()) {
                pdf.heading("Comments and answers");
                for (ConsultationReport.Comment comment : report.comments()) {
                    comment(pdf, comment);
                }
            }
            pdf.heading("Changes after the consultation");
            if (report.changes().isEmpty()) {
                pdf.paragraph(NO_CHANGES);
            } else {
                List<List<String>> rows = new ArrayList<>(report.changes().size());
                for (ConsultationReport.Change change : report.changes()) {
                    rows.add(List.of(orNone(change.field()), orNone(change.before()), orNone(change.after())));
                }
                pdf.table(List.of("Field", "Consulted draft", "Published text"), rows, 3, 4, 4);
            }
            return pdf.toBytes();
        }
    }

    private static void comment(PdfDocument pdf, ConsultationReport.Comment comment) {
        pdf.spacer().subheading("Comment " + comment.number() + " · " + orNone(comment.target()));
        pdf.field("Author", isBlank(comment.authorName()) ? ANONYMOUS : comment.authorName());
        if (!isBlank(comment.authorOrganisation())) {
            pdf.field("Organisation", comment.authorOrganisation());
        }
        pdf.field("Posted", date(comment.postedAt()));
        // A hidden comment was judged abusive: its text is never handed to the PDF, not even to the file identifier.
        pdf.field("Comment", comment.hiddenReason() == null ? orNone(comment.text())
                : HIDDEN_PREFIX + comment.hiddenReason());
        if (comment.resolution() == null) {
            pdf.field("Answer", NOT_ANSWERED);
            return;
        }
        pdf.field("Resolution", resolution(comment.resolution()))
                .field("Answer", comment.answer() == null ? NOT_ANSWERED : comment.answer());
        if (comment.answeredAt() != null) {
            pdf.field("Answered", date(comment.answeredAt()));
        }
    }

    /** The counts a reader wants before going through the comments one by one. */
    private record Summary(int comments, int accepted, int partlyAccepted, int rejected, int unanswered, int hidden) {

        static Summary of(List<ConsultationReport.Comment> comments) {
            int accepted = 0;
            int partlyAccepted = 0;
            int rejected = 0;
            int unanswered = 0;
            int hidden = 0;
            for (ConsultationReport.Comment comment : comments) {
                if (comment.hiddenReason() != null) {
                    hidden++;
                }
                if (comment.resolution() == null) {
                    unanswered++;
                    continue;
                }
                switch (comment.resolution()) {
                    case "accepted" -> accepted++;
                    case "partiallyAccepted" -> partlyAccepted++;
                    case "rejected" -> rejected++;
                    default -> throw unknownResolution(comment);
                }
            }
            return new Summary(comments.size(), accepted, partlyAccepted, rejected, unanswered, hidden);
        }

        String sentence() {
            if (comments == 0) {
                return "No comments were received during the consultation.";
            }
            String counts = (comments == 1 ? "1 comment" : comments + " comments") + ": " + accepted + " accepted, "
                    + partlyAccepted + " partly accepted, " + rejected + " rejected";
            if (unanswered > 0) {
                counts += ", " + unanswered + " not answered";
            }
            return counts + "; " + hidden + " hidden by the buyer.";
        }
    }

    private static String resolution(String code) {
        return switch (code) {
            case "accepted" -> "Accepted";
            case "partiallyAccepted" -> "Partly accepted";
            case "rejected" -> "Rejected";
            default -> throw new IllegalArgumentException("unknown resolution '" + code + "'");
        };
    }

    private static IllegalArgumentException unknownResolution(ConsultationReport.Comment comment) {
        return new IllegalArgumentException("comment " + comment.number() + " has an unknown resolution '"
                + comment.resolution() + "'; expected accepted, partiallyAccepted or rejected");
    }

    private static void requireComplete(ConsultationReport report) {
        Objects.requireNonNull(report, "report");
        if (report.ocid() == null || report.publishedAt() == null) {
            throw new IllegalArgumentException("only a published tender has a consultation report");
        }
        if (report.consultationStart() == null || report.consultationEnd() == null) {
            throw new IllegalArgumentException("a consultation report needs the consultation's start and end");
        }
        Objects.requireNonNull(report.comments(), "comments");
        Objects.requireNonNull(report.changes(), "changes");
    }

    private static String date(Instant instant) {
        return instant == null ? NONE : DATE_TIME.format(instant);
    }

    private static String orNone(String value) {
        return value == null ? NONE : value;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
