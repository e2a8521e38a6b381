package org.openprocure.portal.view;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;

import org.openprocure.portal.client.Contract;
import org.openprocure.portal.client.ContractAmendmentRequest;
import org.openprocure.portal.client.ContractEndRequest;
import org.openprocure.portal.client.MilestoneRequest;
import org.openprocure.portal.client.PaymentRequest;
import org.openprocure.portal.client.Period;
import org.openprocure.portal.client.Problem.FieldError;
import org.openprocure.portal.client.SignatureRequest;
import org.openprocure.portal.client.Value;
import org.openprocure.portal.i18n.ContractMessages;

/**
 * Reading the officer's contract forms. Field names are contract-service's body paths ({@code value.amount},
 * {@code period.endDate}), so a field the service names in a refusal is marked at the form's own field. Dates
 * are whole days, sent as the start of the day in UTC. The portal checks only what it must convert and that
 * required fields are there; everything else is contract-service's decision.
 */
public final class ContractForms {

    public static final List<String> MILESTONE_STATUSES = List.of("scheduled", "met", "notMet");

    private ContractForms() {
    }

    /** What a form gave: the request to send, or why it cannot be sent. */
    public record Parsed<T>(T request, FormProblem problem) {
    }

    /** A file the officer uploaded: its name and bytes. */
    public record Upload(String fileName, byte[] content) {
    }

    public static Parsed<SignatureRequest> signature(MultivaluedMap<String, String> form, Upload file,
            ContractMessages messages) {
        Errors errors = new Errors(messages);
        Instant signed = errors.date(form, "dateSigned", true);
        BigDecimal amount = errors.amount(form, "value.amount", true);
        Instant start = errors.date(form, "period.startDate", true);
        Instant end = errors.date(form, "period.endDate", true);
        String title = Forms.text(form, "document.title");
        if (file == null || file.content() == null || file.content().length == 0) {
            errors.add("document.content", messages.errorFile());
        }
        if (errors.any()) {
            return errors.problem();
        }
        String fileName = file.fileName() == null || file.fileName().isBlank() ? "contract.pdf" : file.fileName();
        return new Parsed<>(new SignatureRequest(signed, new Value(amount, Forms.text(form, "value.currency")),
                new Period(start, end), new SignatureRequest.SignedDocument(title != null ? title : fileName, fileName,
                        Base64.getEncoder().encodeToString(file.content()))), null);
    }

    /** A new value, a new end date, or both; the period keeps its start. */
    public static Parsed<ContractAmendmentRequest> amendment(MultivaluedMap<String, String> form, Contract contract,
            ContractMessages messages) {
        Errors errors = new Errors(messages);
        String reason = errors.required(form, "reason");
        BigDecimal amount = errors.amount(form, "value.amount", false);
        Instant end = errors.date(form, "period.endDate", false);
        if (!errors.any() && amount == null && end == null) {
            errors.add("value.amount", messages.errorAmendNothing());
        }
        if (errors.any()) {
            return errors.problem();
        }
        Value value = amount == null ? null : new Value(amount, Forms.text(form, "value.currency"));
        Instant start = contract != null && contract.period() != null ? contract.period().startDate() : null;
        Period period = end == null ? null : new Period(start, end);
        return new Parsed<>(new ContractAmendmentRequest(reason, value, period), null);
    }

    public static Parsed<MilestoneRequest> milestone(MultivaluedMap<String, String> form, ContractMessages messages) {
        Errors errors = new Errors(messages);
        errors.required(form, "milestoneId");
        String title = errors.required(form, "title");
        Instant due = errors.date(form, "dueDate", true);
        String status = Forms.text(form, "status");
        if (status == null || !MILESTONE_STATUSES.contains(status)) {
            errors.add("status", messages.errorRequired());
        }
        Instant met = errors.date(form, "dateMet", false);
        if (errors.any()) {
            return errors.problem();
        }
        return new Parsed<>(new MilestoneRequest(title, Forms.text(form, "description"), due, status, met), null);
    }

    public static Parsed<PaymentRequest> payment(MultivaluedMap<String, String> form, ContractMessages messages) {
        Errors errors = new Errors(messages);
        Instant date = errors.date(form, "date", true);
        BigDecimal amount = errors.amount(form, "value.amount", true);
        if (errors.any()) {
            return errors.problem();
        }
        return new Parsed<>(new PaymentRequest(date, new Value(amount, Forms.text(form, "value.currency")),
                Forms.text(form, "milestoneId"), Forms.text(form, "description")), null);
    }

    public static Parsed<ContractEndRequest> completion(MultivaluedMap<String, String> form,
            ContractMessages messages) {
        Errors errors = new Errors(messages);
        Instant date = errors.date(form, "date", true);
        return errors.any() ? errors.problem() : new Parsed<>(ContractEndRequest.completion(date), null);
    }

    public static Parsed<ContractEndRequest> termination(MultivaluedMap<String, String> form,
            ContractMessages messages) {
        Errors errors = new Errors(messages);
        Instant date = errors.date(form, "date", true);
        String reason = errors.required(form, "reason");
        return errors.any() ? errors.problem() : new Parsed<>(new ContractEndRequest(date, reason), null);
    }

    /** A {@code date} input's value as the start of that day in UTC. */
    static Instant day(String text) {
        return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The value a {@code date} input shows for an instant: its UTC day. */
    public static String dateInput(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }

    /** What the officer entered, first value of each field, to show again after a refusal. */
    public static Map<String, String> entered(MultivaluedMap<String, String> form) {
        Map<String, String> entered = new LinkedHashMap<>();
        if (form != null) {
            form.forEach((name, values) -> {
                if (values != null && !values.isEmpty()) {
                    entered.put(name, values.get(0));
                }
            });
        }
        return entered;
    }

    private static final class Errors {

        private final ContractMessages messages;
        private final List<FieldError> errors = new ArrayList<>();

        Errors(ContractMessages messages) {
            this.messages = messages;
        }

        void add(String field, String message) {
            errors.add(new FieldError(field, message));
        }

        boolean any() {
            return !errors.isEmpty();
        }

        <T> Parsed<T> problem() {
            return new Parsed<>(null, FormProblem.local(errors));
        }

        String required(MultivaluedMap<String, String> form, String field) {
            String text = Forms.text(form, field);
            if (text == null) {
                add(field, messages.errorRequired());
            }
            return text;
        }

        Instant date(MultivaluedMap<String, String> form, String field, boolean required) {
            String text = Forms.text(form, field);
            if (text == null) {
                if (required) {
                    add(field, messages.errorDate());
                }
                return null;
            }
            try {
                return day(text);
            } catch (DateTimeParseException notADate) {
                add(field, messages.errorDate());
                return null;
            }
        }

        BigDecimal amount(MultivaluedMap<String, String> form, String field, boolean required) {
            String text = Forms.text(form, field);
            if (text == null) {
                if (required) {
                    add(field, messages.errorAmount());
                }
                return null;
            }
            try {
                return new BigDecimal(text.replace(" ", "").replace("\u00a0", "").replace(',', '.'));
            } catch (NumberFormatException notANumber) {
                add(field, messages.errorAmount());
                return null;
            }
        }
    }
}
