package org.openprocure.contract.integrity;

import java.time.LocalDate;
import java.util.List;

/** What the integrity channel answers: the reporter's receipt and follow-up, the auditors' inbox and report. */
public final class IntegrityViews {

    private IntegrityViews() {
    }

    public record Subject(String type, String id) {
        static Subject of(IntegrityReport report) {
            return new Subject(report.subjectType, report.subjectId);
        }
    }

    /** Shown to the reporter once: the follow-up code exists nowhere else in clear. */
    public record Receipt(String reference, String followUpCode, String status) {
    }

    /** What the follow-up code shows the reporter: the status and the conversation, not the auditors' notes. */
    public record FollowUp(String reference, Subject subject, String category, String status, LocalDate receivedOn,
            List<Message> messages) {
    }

    public record Message(String from, String text, LocalDate sentOn) {
        static Message of(IntegrityMessage message) {
            return new Message(message.author, message.text, message.sentOn);
        }
    }

    public record Summary(String reference, Subject subject, String category, String status, LocalDate receivedOn,
            long attachments, long messages) {
    }

    public record Page(List<Summary> items, long total) {
    }

    public record Report(String reference, Subject subject, String category, String description, String status,
            LocalDate receivedOn, List<String> nextStatuses, List<Attachment> attachments,
            List<AuditorMessage> messages, List<Triage> triage) {
    }

    public record Attachment(int number, String mediaType, long size, String sha256, String url) {
    }

    /** A message as auditors see it: an auditor's with the pseudonym of who wrote it. */
    public record AuditorMessage(String from, String auditor, String text, LocalDate sentOn) {
    }

    public record Triage(String from, String to, String note, String auditor, LocalDate decidedOn) {
    }
}
