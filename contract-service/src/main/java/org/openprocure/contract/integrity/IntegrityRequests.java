package org.openprocure.contract.integrity;

import java.util.List;

/** The bodies the integrity channel takes; checked by {@link IntegrityReports}, field by field. */
public final class IntegrityRequests {

    private IntegrityRequests() {
    }

    /** What the report is about: {@code tender} (id = ocid), {@code contract} (id = contract id) or {@code general}. */
    public record Subject(String type, String id) {
    }

    /** A file, base64; no name is taken, as a file name often names its author. */
    public record Attachment(String content) {
    }

    public record NewReport(Subject subject, String category, String description, List<Attachment> attachments) {
    }

    public record FollowUp(String code) {
    }

    public record ReporterMessage(String code, String text) {
    }

    public record Triage(String status, String note) {
    }

    public record Reply(String text) {
    }
}
