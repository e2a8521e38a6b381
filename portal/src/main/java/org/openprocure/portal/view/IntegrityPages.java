package org.openprocure.portal.view;

import java.util.List;

import org.openprocure.portal.client.IntegrityReports;

/** What the integrity pages show: the public report form and follow-up, the auditors' inbox and report. */
public final class IntegrityPages {

    public static final List<String> SUBJECT_TYPES = List.of("general", "tender", "contract");
    public static final List<String> CATEGORIES = List.of("bidRigging", "conflictOfInterest", "bribery", "fraud",
            "other");
    public static final List<String> STATUSES = List.of("received", "underReview", "referred", "closed");
    public static final int ATTACHMENTS = 3;

    private IntegrityPages() {
    }

    /** The report form, with what was entered (files must be chosen again) and why it was refused. */
    public record ReportForm(String subjectType, String subjectId, String category, String description,
            FormProblem problem, boolean signedIn) {

        public List<String> subjectTypes() {
            return SUBJECT_TYPES;
        }

        public List<String> categories() {
            return CATEGORIES;
        }

        public List<Integer> attachmentNumbers() {
            return java.util.stream.IntStream.rangeClosed(1, ATTACHMENTS).boxed().toList();
        }

        public String error(String field) {
            return problem == null ? null : problem.errorFor(field);
        }
    }

    /** The reference and the follow-up code, shown this once. */
    public record Receipt(String reference, String followUpCode) {
    }

    /**
     * The follow-up page: the code form alone ({@code report} null), or the report's status and conversation
     * with the reply form, the code carried in a hidden field, never in a link.
     */
    public record FollowUp(IntegrityReports.FollowUp report, String code, FormProblem problem, boolean sent,
            String text) {

        public String error(String field) {
            return problem == null ? null : problem.errorFor(field);
        }

        public boolean closed() {
            return report != null && "closed".equals(report.status());
        }
    }

    /** The auditors' inbox, one page of it, filtered by status. */
    public record Inbox(IntegrityReports.Inbox inbox, String status, int page, int size, boolean unavailable) {

        public List<String> statuses() {
            return STATUSES;
        }

        public boolean empty() {
            return inbox == null || inbox.items().isEmpty();
        }

        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return inbox != null && (long) (page + 1) * size < inbox.total();
        }

        public String pageLink(int to) {
            return "/auditor/integrity-reports?page=" + to + (status == null ? "" : "&status=" + status);
        }
    }

    /** One report for auditors, with the forms; a refused form is shown again with its reason and what was entered. */
    public record AuditorReport(IntegrityReports.Report report, String done, String refusedForm, FormProblem problem,
            String note, String text) {

        public FormProblem problem(String form) {
            return form.equals(refusedForm) ? problem : null;
        }

        public String error(String form, String field) {
            FormProblem p = problem(form);
            return p == null ? null : p.errorFor(field);
        }

        public String entered(String form, String value) {
            return form.equals(refusedForm) ? value : null;
        }
    }
}
