package org.openprocure.contract.integrity;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.openprocure.contract.analytics.Process;
import org.openprocure.contract.contracts.Contract;
import org.openprocure.support.pdf.PdfUploadCheck;
import org.openprocure.support.problem.ProblemException;

/**
 * The integrity channel's records: anonymous reports with their attachments and conversation, and the
 * auditors' triage. It is given nothing about the reporter, and keeps dates, not times.
 */
@ApplicationScoped
public class IntegrityReports {

    public static final String TENDER = "tender";
    public static final String CONTRACT = "contract";
    public static final String GENERAL = "general";
    static final List<String> SUBJECT_TYPES = List.of(TENDER, CONTRACT, GENERAL);
    static final List<String> CATEGORIES = List.of("bidRigging", "conflictOfInterest", "bribery", "fraud", "other");

    static final int DESCRIPTION_LENGTH = 10_000;
    static final int MESSAGE_LENGTH = 5_000;
    static final int NOTE_LENGTH = 4_000;
    private static final Pattern OCID = Pattern.compile("ocds-[A-Za-z0-9]+-[A-Za-z0-9._-]{1,100}");

    private final Clock clock;
    private final IntegrityConfig config;
    private final FollowUpCodes codes;

    IntegrityReports(Clock clock, IntegrityConfig config) {
        this.clock = clock;
        this.config = config;
        this.codes = new FollowUpCodes(config.codePepper());
    }

    @Transactional
    public IntegrityViews.Receipt submit(IntegrityRequests.NewReport body) {
        if (body == null) {
            throw ProblemException.badRequest("body", "a report: subject, category, description");
        }
        IntegrityRequests.Subject subject = body.subject();
        if (subject == null || subject.type() == null || !SUBJECT_TYPES.contains(subject.type())) {
            throw ProblemException.badRequest("subject.type", "one of " + String.join(", ", SUBJECT_TYPES));
        }
        String subjectId = subjectId(subject);
        if (body.category() == null || !CATEGORIES.contains(body.category())) {
            throw ProblemException.badRequest("category", "one of " + String.join(", ", CATEGORIES));
        }
        String description = text("description", body.description(), DESCRIPTION_LENGTH);
        List<AttachmentCheck.Checked> files = attachments(body.attachments());

        IntegrityReport report = new IntegrityReport();
        report.reference = unusedReference();
        report.subjectType = subject.type();
        report.subjectId = subjectId;
        report.category = body.category();
        report.description = description;
        report.status = TriageRules.RECEIVED;
        report.receivedOn = today();
        String code = codes.newCode();
        report.codeHash = codes.hash(code);
        report.persist();
        for (int i = 0; i < files.size(); i++) {
            IntegrityAttachment attachment = new IntegrityAttachment();
            attachment.reference = report.reference;
            attachment.number = i + 1;
            attachment.mediaType = files.get(i).mediaType();
            attachment.content = files.get(i).content();
            attachment.size = attachment.content.length;
            attachment.sha256 = PdfUploadCheck.sha256(attachment.content);
            attachment.persist();
        }
        return new IntegrityViews.Receipt(report.reference, code, report.status);
    }

    /** The report a follow-up code opens; empty for any other code, whether or not it could be one. */
    @Transactional
    public Optional<IntegrityViews.FollowUp> followUp(String code) {
        return byCode(code).map(this::followUpView);
    }

    /** The reporter writes to the auditors; refused once the report is closed. */
    @Transactional
    public Optional<IntegrityViews.FollowUp> reporterMessage(String code, String text) {
        Optional<IntegrityReport> found = byCode(code);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        IntegrityReport report = lock(found.get().reference);
        String checked = text("text", text, MESSAGE_LENGTH);
        if (TriageRules.CLOSED.equals(report.status)) {
            throw ProblemException.conflict("The report is " + report.status + "; it takes no more messages.");
        }
        append(report, IntegrityMessage.REPORTER, null, checked);
        return Optional.of(followUpView(report));
    }

    /** Whether a code opens a report, without reading it. */
    @Transactional
    public boolean opens(String code) {
        return byCode(code).isPresent();
    }

    @Transactional
    public IntegrityViews.Page inbox(Set<String> statuses, int page, int size) {
        var query = statuses.isEmpty()
                ? IntegrityReport.<IntegrityReport>findAll(Sort.descending("receivedOn").and("reference"))
                : IntegrityReport.<IntegrityReport>find("status in ?1", Sort.descending("receivedOn").and("reference"),
                        statuses);
        long total = query.count();
        List<IntegrityViews.Summary> items = query.page(Page.of(page, size)).list().stream()
                .map(report -> new IntegrityViews.Summary(report.reference, IntegrityViews.Subject.of(report),
                        report.category, report.status, report.receivedOn,
                        IntegrityAttachment.count("reference", report.reference),
                        IntegrityMessage.count("reference", report.reference)))
                .toList();
        return new IntegrityViews.Page(items, total);
    }

    @Transactional
    public IntegrityViews.Report report(String reference) {
        return reportView(find(reference));
    }

    @Transactional
    public IntegrityAttachment attachment(String reference, int number) {
        IntegrityAttachment attachment = IntegrityAttachment.findById(new IntegrityAttachment.Key(reference, number));
        if (attachment == null) {
            throw ProblemException.notFound("Report " + reference + " has no attachment " + number + ".");
        }
        return attachment;
    }

    @Transactional
    public IntegrityViews.Report triage(String reference, IntegrityRequests.Triage body, String auditor) {
        IntegrityReport report = lock(reference);
        if (body == null || body.status() == null || !TriageRules.isStatus(body.status())) {
            throw ProblemException.badRequest("status", "one of " + String.join(", ", TriageRules.STATUSES));
        }
        String note = text("note", body.note(), NOTE_LENGTH);
        if (!TriageRules.allows(report.status, body.status())) {
            List<String> next = TriageRules.next(report.status);
            throw ProblemException.conflict("The report is " + report.status + "; it cannot be moved to "
                    + body.status() + (next.isEmpty() ? " (a closed report stays closed)."
                            : " (from " + report.status + ": " + String.join(", ", next) + ")."));
        }
        IntegrityTriage triage = new IntegrityTriage();
        triage.reference = report.reference;
        triage.number = (int) IntegrityTriage.count("reference", report.reference) + 1;
        triage.fromStatus = report.status;
        triage.toStatus = body.status();
        triage.note = note;
        triage.auditor = auditor;
        triage.decidedOn = today();
        triage.persist();
        report.status = body.status();
        return reportView(report);
    }

    @Transactional
    public IntegrityViews.Report reply(String reference, IntegrityRequests.Reply body, String auditor) {
        IntegrityReport report = lock(reference);
        append(report, IntegrityMessage.AUDITOR, auditor, text("text", body == null ? null : body.text(),
                MESSAGE_LENGTH));
        return reportView(report);
    }

    private Optional<IntegrityReport> byCode(String code) {
        String hash = codes.hash(code);
        IntegrityReport report = IntegrityReport.find("codeHash", hash).firstResult();
        return report != null && FollowUpCodes.sameHash(report.codeHash, hash) ? Optional.of(report)
                : Optional.empty();
    }

    private void append(IntegrityReport report, String author, String auditor, String text) {
        IntegrityMessage message = new IntegrityMessage();
        message.reference = report.reference;
        message.number = (int) IntegrityMessage.count("reference", report.reference) + 1;
        message.author = author;
        message.auditor = auditor;
        message.text = text;
        message.sentOn = today();
        message.persist();
    }

    private IntegrityViews.FollowUp followUpView(IntegrityReport report) {
        return new IntegrityViews.FollowUp(report.reference, IntegrityViews.Subject.of(report), report.category,
                report.status, report.receivedOn, messages(report.reference).stream()
                        .map(IntegrityViews.Message::of).toList());
    }

    private IntegrityViews.Report reportView(IntegrityReport report) {
        List<IntegrityViews.Attachment> attachments = IntegrityAttachment
                .<IntegrityAttachment>find("reference", Sort.ascending("number"), report.reference).list().stream()
                .map(a -> new IntegrityViews.Attachment(a.number, a.mediaType, a.size, a.sha256,
                        "/api/integrity-reports/" + report.reference + "/attachments/" + a.number))
                .toList();
        List<IntegrityViews.AuditorMessage> messages = messages(report.reference).stream()
                .map(m -> new IntegrityViews.AuditorMessage(m.author, m.auditor, m.text, m.sentOn)).toList();
        List<IntegrityViews.Triage> triage = IntegrityTriage
                .<IntegrityTriage>find("reference", Sort.ascending("number"), report.reference).list().stream()
                .map(t -> new IntegrityViews.Triage(t.fromStatus, t.toStatus, t.note, t.auditor, t.decidedOn))
                .toList();
        return new IntegrityViews.Report(report.reference, IntegrityViews.Subject.of(report), report.category,
                report.description, report.status, report.receivedOn, TriageRules.next(report.status), attachments,
                messages, triage);
    }

    private static List<IntegrityMessage> messages(String reference) {
        return IntegrityMessage.<IntegrityMessage>find("reference", Sort.ascending("number"), reference).list();
    }

    private IntegrityReport find(String reference) {
        IntegrityReport report = reference == null ? null : IntegrityReport.findById(reference);
        if (report == null) {
            throw ProblemException.notFound("No integrity report " + reference + ".");
        }
        return report;
    }

    private IntegrityReport lock(String reference) {
        find(reference);
        return IntegrityReport.findById(reference, LockModeType.PESSIMISTIC_WRITE);
    }

    private String unusedReference() {
        String reference = codes.newReference();
        while (IntegrityReport.findById(reference) != null) {
            reference = codes.newReference();
        }
        return reference;
    }

    /** The subject's id: a tender or contract this service knows (from the events), none for a general report. */
    private static String subjectId(IntegrityRequests.Subject subject) {
        String id = subject.id() == null || subject.id().isBlank() ? null : subject.id().strip();
        switch (subject.type()) {
            case GENERAL -> {
                if (id != null) {
                    throw ProblemException.badRequest("subject.id", "a general report names no tender or contract;"
                            + " leave it out or choose tender or contract");
                }
                return null;
            }
            case TENDER -> {
                if (id == null || !OCID.matcher(id).matches() || Process.findById(id) == null) {
                    throw ProblemException.badRequest("subject.id", "no published tender has the ocid '"
                            + (id == null ? "" : id) + "' (e.g. ocds-op7x2k-T-2026-000042)");
                }
                return id;
            }
            default -> {
                UUID contractId = null;
                try {
                    contractId = id == null ? null : UUID.fromString(id);
                } catch (IllegalArgumentException e) {
                    // reported below, like an unknown contract
                }
                if (contractId == null || Contract.findById(contractId) == null) {
                    throw ProblemException.badRequest("subject.id", "no contract has the id '"
                            + (id == null ? "" : id) + "'");
                }
                return contractId.toString();
            }
        }
    }

    private List<AttachmentCheck.Checked> attachments(List<IntegrityRequests.Attachment> attachments) {
        if (attachments == null || attachments.isEmpty()) {
            return List.of();
        }
        if (attachments.size() > config.maxAttachments()) {
            throw ProblemException.badRequest("attachments", "at most " + config.maxAttachments() + " files");
        }
        List<AttachmentCheck.Checked> checked = new ArrayList<>();
        for (int i = 0; i < attachments.size(); i++) {
            String field = "attachments[" + i + "].content";
            IntegrityRequests.Attachment attachment = attachments.get(i);
            if (attachment == null || attachment.content() == null || attachment.content().isBlank()) {
                throw ProblemException.badRequest(field, "the file, base64");
            }
            byte[] content;
            try {
                content = Base64.getMimeDecoder().decode(attachment.content());
            } catch (IllegalArgumentException e) {
                throw ProblemException.badRequest(field, "is not base64");
            }
            try {
                checked.add(AttachmentCheck.check(content, config.maxAttachmentBytes()));
            } catch (AttachmentCheck.Refused e) {
                throw new IntegrityProblems.AttachmentRefused(field, e.getMessage(), e.tooLarge());
            }
        }
        return checked;
    }

    static String text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw ProblemException.badRequest(field, "is required");
        }
        String text = value.strip();
        if (text.codePointCount(0, text.length()) > maxLength) {
            throw ProblemException.badRequest(field, "at most " + maxLength + " characters");
        }
        return text;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
