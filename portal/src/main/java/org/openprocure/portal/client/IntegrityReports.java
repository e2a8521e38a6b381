package org.openprocure.portal.client;

import java.time.LocalDate;
import java.util.List;

/** contract-service's integrity reports as its README specifies them: what the portal sends and reads. */
public final class IntegrityReports {

    private IntegrityReports() {
    }

    public record Subject(String type, String id) {
    }

    /** A file, base64; no file name is sent, since a name often names its author. */
    public record Attachment(String content) {
    }

    public record NewReport(Subject subject, String category, String description, List<Attachment> attachments) {
    }

    /** The reporter's reference and follow-up code, shown once. */
    public record Receipt(String reference, String followUpCode, String status) {
    }

    public record Code(String code) {
    }

    public record ReporterMessage(String code, String text) {
    }

    public record FollowUp(String reference, Subject subject, String category, String status, LocalDate receivedOn,
            List<Message> messages) {
    }

    /** {@code auditor} is the auditor's pseudonym, in the auditors' view only. */
    public record Message(String from, String auditor, String text, LocalDate sentOn) {
    }

    public record Summary(String reference, Subject subject, String category, String status, LocalDate receivedOn,
            long attachments, long messages) {
    }

    public record Inbox(List<Summary> items, long total) {
    }

    public record Report(String reference, Subject subject, String category, String description, String status,
            LocalDate receivedOn, List<String> nextStatuses, List<AttachmentInfo> attachments, List<Message> messages,
            List<Triage> triage) {
    }

    public record AttachmentInfo(int number, String mediaType, long size, String sha256, String url) {
    }

    public record Triage(String from, String to, String note, String auditor, LocalDate decidedOn) {
    }

    public record TriageRequest(String status, String note) {
    }

    public record Reply(String text) {
    }
}
