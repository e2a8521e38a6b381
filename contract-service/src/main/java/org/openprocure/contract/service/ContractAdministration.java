package org.openprocure.contract.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.openprocure.contract.contracts.Contract;
import org.openprocure.contract.contracts.ContractAmendment;
import org.openprocure.contract.contracts.ContractConfig;
import org.openprocure.contract.contracts.ContractDocument;
import org.openprocure.contract.contracts.ContractMilestone;
import org.openprocure.contract.contracts.ContractPayment;
import org.openprocure.contract.domain.ContractRuleViolation;
import org.openprocure.contract.domain.ContractRules;
import org.openprocure.contract.domain.ContractStepRefused;
import org.openprocure.contract.domain.ContractValueChange;
import org.openprocure.events.EventJson;
import org.openprocure.events.EventTypes;
import org.openprocure.events.Money;
import org.openprocure.events.Organization;
import org.openprocure.events.Period;
import org.openprocure.events.contract.ContractAmended;
import org.openprocure.events.contract.ContractCompleted;
import org.openprocure.events.contract.ContractSigned;
import org.openprocure.events.contract.ContractTerminated;
import org.openprocure.events.contract.MilestoneRecorded;
import org.openprocure.events.contract.PaymentRecorded;
import org.openprocure.support.outbox.EventOutbox;
import org.openprocure.support.pdf.PdfFacts;
import org.openprocure.support.pdf.PdfRejectedException;
import org.openprocure.support.pdf.PdfUploadCheck;
import org.openprocure.support.problem.Problem;
import org.openprocure.support.problem.ProblemException;
import org.openprocure.support.security.CurrentUser;

/**
 * The buyer's officers run a contract: sign it, amend it, record its milestones and payments, complete
 * or terminate it. Each write locks the contract, checks who asks and what its status allows, and
 * appends its event to the outbox in the same transaction; a refusal changes nothing.
 */
@ApplicationScoped
public class ContractAdministration {

    private static final Pattern MILESTONE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}");
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[\\x21-\\x7e]{1,200}");
    private static final int REASON_LENGTH = 4000;

    private final EventOutbox outbox;
    private final Clock clock;
    private final long maxDocumentBytes;

    ContractAdministration(EventOutbox outbox, Clock clock, ContractConfig config) {
        this.outbox = outbox;
        this.clock = clock;
        this.maxDocumentBytes = config.maxDocumentBytes();
    }

    /** A payment as recorded; {@code created} is false when an Idempotency-Key retry found it. */
    public record PaymentOutcome(ContractFile contract, ContractPayment payment, boolean created) {
    }

    @Transactional
    public ContractFile sign(UUID contractId, ContractRequests.Signature body, CurrentUser officer) {
        return checked(() -> {
            Contract contract = own(contractId, officer);
            ContractRules.requireStatus(contract.status, Contract.PENDING, "be signed");
            required("body", body);
            Instant now = clock.instant();
            ContractRules.pastDate("dateSigned", body.dateSigned(), now, contract.awardedAt,
                    "the award's confirmation");
            required("value", body.value());
            ContractRules.amount("value", body.value().amount(), body.value().currency(), contract.currency);
            required("period", body.period());
            ContractRules.period("period", body.period().startDate(), body.period().endDate());
            required("document", body.document());
            String title = ContractRules.text("document.title", body.document().title(), 300);
            String fileName = ContractRules.text("document.fileName", body.document().fileName(), 255);
            byte[] content = pdf(body.document().content());

            contract.status = Contract.ACTIVE;
            contract.statusDetails = Contract.ACTIVE;
            contract.dateSigned = EventJson.truncate(body.dateSigned());
            contract.valueAmount = body.value().amount().setScale(2);
            contract.periodStart = EventJson.truncate(body.period().startDate());
            contract.periodEnd = EventJson.truncate(body.period().endDate());
            contract.documentId = UUID.randomUUID();
            contract.documentTitle = title;
            contract.documentFileName = fileName;
            contract.documentSize = (long) content.length;
            contract.documentSha256 = PdfUploadCheck.sha256(content);
            ContractDocument document = new ContractDocument();
            document.contractId = contract.contractId;
            document.content = content;
            document.persist();
            outbox.append(EventTypes.CONTRACT_SIGNED, contract.ocid, contract.contractId.toString(),
                    officer.actor("officer"), new ContractSigned(contract.tenderId, contract.contractId.toString(),
                            contract.awardId, contract.lotId, buyer(contract), supplier(contract),
                            money(contract.awardAmount, contract), money(contract.valueAmount, contract),
                            contract.dateSigned, period(contract.periodStart, contract.periodEnd),
                            new ContractSigned.Document(contract.documentId.toString(), title, fileName,
                                    content.length, contract.documentSha256)));
            return ContractFile.of(contract);
        });
    }

    @Transactional
    public ContractFile amend(UUID contractId, ContractRequests.Amendment body, CurrentUser officer) {
        return checked(() -> {
            Contract contract = own(contractId, officer);
            ContractRules.requireStatus(contract.status, Contract.ACTIVE, "be amended");
            required("body", body);
            String reason = ContractRules.text("reason", body.reason(), REASON_LENGTH);
            if (body.value() == null && body.period() == null) {
                throw new ContractRuleViolation("value", "an amendment changes the value, the period or both;"
                        + " give at least one");
            }
            if (body.value() != null) {
                ContractRules.amount("value", body.value().amount(), body.value().currency(), contract.currency);
            }
            if (body.period() != null) {
                ContractRules.period("period", body.period().startDate(), body.period().endDate());
            }
            ContractAmendment amendment = new ContractAmendment();
            amendment.contractId = contract.contractId;
            amendment.number = (int) ContractAmendment.count("contractId", contract.contractId) + 1;
            amendment.amendedAt = EventJson.truncate(clock.instant());
            amendment.reason = reason;
            amendment.previousAmount = contract.valueAmount;
            amendment.previousStart = contract.periodStart;
            amendment.previousEnd = contract.periodEnd;
            amendment.valueAmount = body.value() == null ? contract.valueAmount : body.value().amount().setScale(2);
            amendment.periodStart = body.period() == null ? contract.periodStart
                    : EventJson.truncate(body.period().startDate());
            amendment.periodEnd = body.period() == null ? contract.periodEnd
                    : EventJson.truncate(body.period().endDate());
            if (amendment.valueAmount.compareTo(amendment.previousAmount) == 0
                    && amendment.periodStart.equals(amendment.previousStart)
                    && amendment.periodEnd.equals(amendment.previousEnd)) {
                throw new ContractRuleViolation(body.value() != null ? "value" : "period",
                        "is what the contract already has; the amendment would change nothing");
            }
            amendment.persist();
            contract.valueAmount = amendment.valueAmount;
            contract.periodStart = amendment.periodStart;
            contract.periodEnd = amendment.periodEnd;
            ContractValueChange change = ContractValueChange.against(contract.awardAmount, contract.valueAmount);
            outbox.append(EventTypes.CONTRACT_AMENDED, contract.ocid, contract.contractId.toString(),
                    officer.actor("officer"), new ContractAmended(contract.tenderId, contract.contractId.toString(),
                            amendment.number, reason, money(amendment.previousAmount, contract),
                            money(amendment.valueAmount, contract),
                            period(amendment.previousStart, amendment.previousEnd),
                            period(amendment.periodStart, amendment.periodEnd), money(change.amount(), contract),
                            change.percent()));
            return ContractFile.of(contract);
        });
    }

    @Transactional
    public ContractFile milestone(UUID contractId, String milestoneId, ContractRequests.Milestone body,
            CurrentUser officer) {
        return checked(() -> {
            Contract contract = own(contractId, officer);
            ContractRules.requireStatus(contract.status, Contract.ACTIVE, "record milestones");
            if (milestoneId == null || !MILESTONE_ID.matcher(milestoneId).matches()) {
                throw new ContractRuleViolation("milestoneId", "must be 1 to 100 letters, digits, '.', '_', ':'"
                        + " or '-', e.g. milestone-1");
            }
            required("body", body);
            String title = ContractRules.text("title", body.title(), 300);
            String description = ContractRules.optionalText("description", body.description(), REASON_LENGTH);
            ContractRules.milestone(body.status(), body.dateMet(), clock.instant());
            ContractMilestone milestone = ContractMilestone.findById(
                    new ContractMilestone.Key(contract.contractId, milestoneId));
            if (milestone == null) {
                milestone = new ContractMilestone();
                milestone.contractId = contract.contractId;
                milestone.milestoneId = milestoneId;
                milestone.firstRecordedAt = EventJson.truncate(clock.instant());
            }
            milestone.title = title;
            milestone.description = description;
            milestone.dueDate = body.dueDate() == null ? null : EventJson.truncate(body.dueDate());
            milestone.status = body.status();
            milestone.dateMet = body.dateMet() == null ? null : EventJson.truncate(body.dateMet());
            milestone.persist();
            outbox.append(EventTypes.MILESTONE_RECORDED, contract.ocid, contract.contractId.toString(),
                    officer.actor("officer"), new MilestoneRecorded(contract.tenderId, contract.contractId.toString(),
                            milestoneId, title, description, milestone.dueDate, milestone.status, milestone.dateMet));
            return ContractFile.of(contract);
        });
    }

    @Transactional
    public PaymentOutcome pay(UUID contractId, ContractRequests.Payment body, String idempotencyKey,
            CurrentUser officer) {
        return checked(() -> {
            Contract contract = own(contractId, officer);
            if (idempotencyKey != null && !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
                throw new ContractRuleViolation("Idempotency-Key", "must be 1 to 200 visible ASCII characters");
            }
            if (idempotencyKey != null) {
                ContractPayment earlier = ContractPayment.find("contractId = ?1 and idempotencyKey = ?2",
                        contract.contractId, idempotencyKey).firstResult();
                if (earlier != null) {
                    if (!sameRequest(earlier, body, contract)) {
                        throw new ProblemException(422, "Idempotency-Key reused", "The Idempotency-Key "
                                + idempotencyKey + " was used for " + earlier.paymentId
                                + ", a different payment; send a new key for a new payment.",
                                List.of(new Problem.FieldError("Idempotency-Key", "was used for a different payment")));
                    }
                    return new PaymentOutcome(ContractFile.of(contract), earlier, false);
                }
            }
            ContractRules.requireStatus(contract.status, Contract.ACTIVE, "record payments");
            required("body", body);
            ContractRules.pastDate("date", body.date(), clock.instant(), contract.dateSigned, "the signature");
            required("value", body.value());
            ContractRules.amount("value", body.value().amount(), body.value().currency(), contract.currency);
            String milestoneId = ContractRules.optionalText("milestoneId", body.milestoneId(), 100);
            if (milestoneId != null && ContractMilestone.findById(
                    new ContractMilestone.Key(contract.contractId, milestoneId)) == null) {
                throw new ContractRuleViolation("milestoneId", "the contract has no milestone " + milestoneId);
            }
            String description = ContractRules.optionalText("description", body.description(), REASON_LENGTH);
            ContractPayment payment = new ContractPayment();
            payment.contractId = contract.contractId;
            payment.number = (int) ContractPayment.count("contractId", contract.contractId) + 1;
            payment.paymentId = "payment-" + payment.number;
            payment.date = EventJson.truncate(body.date());
            payment.amount = body.value().amount().setScale(2);
            payment.milestoneId = milestoneId;
            payment.description = description;
            payment.idempotencyKey = idempotencyKey;
            payment.recordedAt = EventJson.truncate(clock.instant());
            payment.persist();
            outbox.append(EventTypes.PAYMENT_RECORDED, contract.ocid, contract.contractId.toString(),
                    officer.actor("officer"), new PaymentRecorded(contract.tenderId, contract.contractId.toString(),
                            payment.paymentId, payment.date, money(payment.amount, contract), buyer(contract),
                            supplier(contract), milestoneId, description));
            return new PaymentOutcome(ContractFile.of(contract), payment, true);
        });
    }

    @Transactional
    public ContractFile complete(UUID contractId, ContractRequests.Completion body, CurrentUser officer) {
        return checked(() -> {
            Contract contract = own(contractId, officer);
            ContractRules.requireStatus(contract.status, Contract.ACTIVE, "be completed");
            required("body", body);
            ContractRules.pastDate("date", body.date(), clock.instant(), contract.dateSigned, "the signature");
            contract.status = Contract.TERMINATED;
            contract.statusDetails = Contract.COMPLETED;
            contract.dateCompleted = EventJson.truncate(body.date());
            ContractFile file = ContractFile.of(contract);
            outbox.append(EventTypes.CONTRACT_COMPLETED, contract.ocid, contract.contractId.toString(),
                    officer.actor("officer"), new ContractCompleted(contract.tenderId, contract.contractId.toString(),
                            contract.dateCompleted, money(contract.valueAmount, contract),
                            money(file.totalPaid(), contract)));
            return file;
        });
    }

    @Transactional
    public ContractFile terminate(UUID contractId, ContractRequests.Termination body, CurrentUser officer) {
        return checked(() -> {
            Contract contract = own(contractId, officer);
            ContractRules.requireStatus(contract.status, Contract.ACTIVE, "be terminated");
            required("body", body);
            ContractRules.pastDate("date", body.date(), clock.instant(), contract.dateSigned, "the signature");
            String reason = ContractRules.text("reason", body.reason(), REASON_LENGTH);
            contract.status = Contract.TERMINATED;
            contract.statusDetails = Contract.TERMINATED_EARLY;
            contract.dateTerminated = EventJson.truncate(body.date());
            contract.terminationReason = reason;
            ContractFile file = ContractFile.of(contract);
            outbox.append(EventTypes.CONTRACT_TERMINATED, contract.ocid, contract.contractId.toString(),
                    officer.actor("officer"), new ContractTerminated(contract.tenderId,
                            contract.contractId.toString(), contract.dateTerminated, reason,
                            money(file.totalPaid(), contract)));
            return file;
        });
    }

    /** The contract, locked for the write, if the officer acts for its buyer. */
    private static Contract own(UUID contractId, CurrentUser officer) {
        Contract contract = Contract.findById(contractId, LockModeType.PESSIMISTIC_WRITE);
        if (contract == null) {
            throw ProblemException.notFound("No contract " + contractId + ".");
        }
        String organisation = officer.requireOrganisation();
        if (contract.buyerId == null) {
            throw ProblemException.forbidden("The buyer of contract " + contractId
                    + " is not known yet (its notice has not been read); try again shortly.");
        }
        if (!contract.buyerId.equals(organisation)) {
            throw ProblemException.forbidden("Contract " + contractId + " is " + contract.buyerName
                    + "'s; only its officers can change it.");
        }
        return contract;
    }

    private static boolean sameRequest(ContractPayment earlier, ContractRequests.Payment body, Contract contract) {
        return body != null && body.value() != null && body.date() != null
                && body.value().amount() != null && earlier.amount.compareTo(body.value().amount()) == 0
                && contract.currency.equals(body.value().currency())
                && earlier.date.equals(EventJson.truncate(body.date()))
                && Objects.equals(earlier.milestoneId, blankToNull(body.milestoneId()))
                && Objects.equals(earlier.description, blankToNull(body.description()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private byte[] pdf(String base64) {
        if (base64 == null || base64.isBlank()) {
            throw new ContractRuleViolation("document.content", "is required: the signed PDF, base64-encoded");
        }
        byte[] content;
        try {
            content = Base64.getMimeDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new ContractRuleViolation("document.content", "is not valid base64");
        }
        try {
            PdfFacts ignored = PdfUploadCheck.check(content, maxDocumentBytes);
            return content;
        } catch (PdfRejectedException e) {
            if (e.reason() == PdfRejectedException.Reason.TOO_LARGE) {
                throw new ProblemException(413, "Document too large", e.getMessage(),
                        List.of(new Problem.FieldError("document.content", e.getMessage())));
            }
            throw new ContractRuleViolation("document.content", e.getMessage());
        }
    }

    private static void required(String field, Object value) {
        if (value == null) {
            throw new ContractRuleViolation(field, "is required");
        }
    }

    private static <T> T checked(Supplier<T> step) {
        try {
            return step.get();
        } catch (ContractRuleViolation e) {
            throw ProblemException.badRequest(e.field(), e.getMessage());
        } catch (ContractStepRefused e) {
            throw ProblemException.conflict(e.getMessage());
        }
    }

    static Organization buyer(Contract contract) {
        return new Organization(contract.buyerId, contract.buyerName);
    }

    static Organization supplier(Contract contract) {
        return new Organization(contract.supplierId, contract.supplierName);
    }

    static Money money(java.math.BigDecimal amount, Contract contract) {
        return new Money(amount, contract.currency);
    }

    static Period period(Instant start, Instant end) {
        return new Period(start, end);
    }
}
