package org.openprocure.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openprocure.events.bid.AccessAttemptRefused;
import org.openprocure.events.bid.BidsOpened;
import org.openprocure.events.bid.KeyShareCollected;
import org.openprocure.events.bid.SealingKeyGenerated;
import org.openprocure.events.contract.ContractAmended;
import org.openprocure.events.contract.ContractCompleted;
import org.openprocure.events.contract.ContractSigned;
import org.openprocure.events.contract.ContractTerminated;
import org.openprocure.events.contract.MilestoneRecorded;
import org.openprocure.events.contract.PaymentRecorded;
import org.openprocure.events.evaluation.EvaluationConcluded;
import org.openprocure.events.evaluation.CommitteeAssigned;
import org.openprocure.events.evaluation.ConflictOfInterestDeclared;
import org.openprocure.events.evaluation.QualificationDecided;
import org.openprocure.events.evaluation.QualityScoresSubmitted;
import org.openprocure.events.evaluation.JustificationRequested;
import org.openprocure.events.evaluation.JustificationSubmitted;
import org.openprocure.events.evaluation.JustificationDecided;
import org.openprocure.events.evaluation.AwardProposed;
import org.openprocure.events.evaluation.ComplaintFiled;
import org.openprocure.events.evaluation.ComplaintDecided;
import org.openprocure.events.contract.ContractSigned;
import org.openprocure.events.contract.ContractAmended;
import org.openprocure.events.contract.MilestoneRecorded;
import org.openprocure.events.contract.PaymentRecorded;
import org.openprocure.events.contract.ContractCompleted;
import org.openprocure.events.contract.ContractTerminated;
import org.openprocure.events.evaluation.AwardConfirmed;
import org.openprocure.events.evaluation.TenderUnsuccessful;
import org.openprocure.events.tender.ConsultationCommentAnswered;
import org.openprocure.events.tender.ConsultationCommentHidden;
import org.openprocure.events.tender.ConsultationCommentPosted;
import org.openprocure.events.tender.ConsultationOpened;
import org.openprocure.events.tender.EnquiryAnswered;
import org.openprocure.events.tender.EnquiryAsked;
import org.openprocure.events.tender.SubmissionDeadlineExtended;
import org.openprocure.events.tender.TenderAmended;
import org.openprocure.events.tender.TenderCancelled;
import org.openprocure.events.tender.TenderPublished;
import org.openprocure.events.tender.TenderingClosed;

/** The registry of every event type in the platform. Adding a type means adding a golden fixture too. */
public final class EventTypes {

    public static final EventType<TenderPublished> TENDER_PUBLISHED =
            new EventType<>("TenderPublished", 1, TenderPublished.class, Topics.TENDER);

    public static final EventType<ConsultationOpened> CONSULTATION_OPENED =
            new EventType<>("ConsultationOpened", 1, ConsultationOpened.class, Topics.TENDER);

    public static final EventType<ConsultationCommentPosted> CONSULTATION_COMMENT_POSTED =
            new EventType<>("ConsultationCommentPosted", 1, ConsultationCommentPosted.class, Topics.TENDER);

    public static final EventType<ConsultationCommentHidden> CONSULTATION_COMMENT_HIDDEN =
            new EventType<>("ConsultationCommentHidden", 1, ConsultationCommentHidden.class, Topics.TENDER);

    public static final EventType<ConsultationCommentAnswered> CONSULTATION_COMMENT_ANSWERED =
            new EventType<>("ConsultationCommentAnswered", 1, ConsultationCommentAnswered.class, Topics.TENDER);

    public static final EventType<EnquiryAsked> ENQUIRY_ASKED =
            new EventType<>("EnquiryAsked", 1, EnquiryAsked.class, Topics.TENDER);

    public static final EventType<EnquiryAnswered> ENQUIRY_ANSWERED =
            new EventType<>("EnquiryAnswered", 1, EnquiryAnswered.class, Topics.TENDER);

    public static final EventType<SubmissionDeadlineExtended> SUBMISSION_DEADLINE_EXTENDED =
            new EventType<>("SubmissionDeadlineExtended", 1, SubmissionDeadlineExtended.class, Topics.TENDER);

    public static final EventType<TenderAmended> TENDER_AMENDED =
            new EventType<>("TenderAmended", 1, TenderAmended.class, Topics.TENDER);

    public static final EventType<TenderCancelled> TENDER_CANCELLED =
            new EventType<>("TenderCancelled", 1, TenderCancelled.class, Topics.TENDER);

    public static final EventType<TenderingClosed> TENDERING_CLOSED =
            new EventType<>("TenderingClosed", 1, TenderingClosed.class, Topics.TENDER);

    public static final EventType<SealingKeyGenerated> SEALING_KEY_GENERATED =
            new EventType<>("SealingKeyGenerated", 1, SealingKeyGenerated.class, Topics.BID);

    public static final EventType<KeyShareCollected> KEY_SHARE_COLLECTED =
            new EventType<>("KeyShareCollected", 1, KeyShareCollected.class, Topics.BID);

    public static final EventType<AccessAttemptRefused> ACCESS_ATTEMPT_REFUSED =
            new EventType<>("AccessAttemptRefused", 1, AccessAttemptRefused.class, Topics.BID);

    public static final EventType<BidsOpened> BIDS_OPENED =
            new EventType<>("BidsOpened", 1, BidsOpened.class, Topics.BID);

    public static final EventType<EvaluationConcluded> EVALUATION_CONCLUDED =
            new EventType<>("EvaluationConcluded", 1, EvaluationConcluded.class, Topics.EVALUATION);

    public static final EventType<CommitteeAssigned> COMMITTEE_ASSIGNED =
            new EventType<>("CommitteeAssigned", 1, CommitteeAssigned.class, Topics.EVALUATION);

    public static final EventType<ConflictOfInterestDeclared> CONFLICT_OF_INTEREST_DECLARED =
            new EventType<>("ConflictOfInterestDeclared", 1, ConflictOfInterestDeclared.class, Topics.EVALUATION);

    public static final EventType<QualificationDecided> QUALIFICATION_DECIDED =
            new EventType<>("QualificationDecided", 1, QualificationDecided.class, Topics.EVALUATION);

    public static final EventType<QualityScoresSubmitted> QUALITY_SCORES_SUBMITTED =
            new EventType<>("QualityScoresSubmitted", 1, QualityScoresSubmitted.class, Topics.EVALUATION);

    public static final EventType<JustificationRequested> JUSTIFICATION_REQUESTED =
            new EventType<>("JustificationRequested", 1, JustificationRequested.class, Topics.EVALUATION);

    public static final EventType<JustificationSubmitted> JUSTIFICATION_SUBMITTED =
            new EventType<>("JustificationSubmitted", 1, JustificationSubmitted.class, Topics.EVALUATION);

    public static final EventType<JustificationDecided> JUSTIFICATION_DECIDED =
            new EventType<>("JustificationDecided", 1, JustificationDecided.class, Topics.EVALUATION);

    public static final EventType<AwardProposed> AWARD_PROPOSED =
            new EventType<>("AwardProposed", 1, AwardProposed.class, Topics.EVALUATION);

    public static final EventType<ComplaintFiled> COMPLAINT_FILED =
            new EventType<>("ComplaintFiled", 1, ComplaintFiled.class, Topics.EVALUATION);

    public static final EventType<ComplaintDecided> COMPLAINT_DECIDED =
            new EventType<>("ComplaintDecided", 1, ComplaintDecided.class, Topics.EVALUATION);

    public static final EventType<AwardConfirmed> AWARD_CONFIRMED =
            new EventType<>("AwardConfirmed", 1, AwardConfirmed.class, Topics.EVALUATION);

    public static final EventType<TenderUnsuccessful> TENDER_UNSUCCESSFUL =
            new EventType<>("TenderUnsuccessful", 1, TenderUnsuccessful.class, Topics.EVALUATION);

    public static final EventType<ContractSigned> CONTRACT_SIGNED =
            new EventType<>("ContractSigned", 1, ContractSigned.class, Topics.CONTRACT);

    public static final EventType<ContractAmended> CONTRACT_AMENDED =
            new EventType<>("ContractAmended", 1, ContractAmended.class, Topics.CONTRACT);

    public static final EventType<MilestoneRecorded> MILESTONE_RECORDED =
            new EventType<>("MilestoneRecorded", 1, MilestoneRecorded.class, Topics.CONTRACT);

    public static final EventType<PaymentRecorded> PAYMENT_RECORDED =
            new EventType<>("PaymentRecorded", 1, PaymentRecorded.class, Topics.CONTRACT);

    public static final EventType<ContractCompleted> CONTRACT_COMPLETED =
            new EventType<>("ContractCompleted", 1, ContractCompleted.class, Topics.CONTRACT);

    public static final EventType<ContractTerminated> CONTRACT_TERMINATED =
            new EventType<>("ContractTerminated", 1, ContractTerminated.class, Topics.CONTRACT);

    public static final List<EventType<?>> ALL = List.of(TENDER_PUBLISHED, CONSULTATION_OPENED,
            CONSULTATION_COMMENT_POSTED, CONSULTATION_COMMENT_HIDDEN, CONSULTATION_COMMENT_ANSWERED, ENQUIRY_ASKED,
            ENQUIRY_ANSWERED, SUBMISSION_DEADLINE_EXTENDED, TENDER_AMENDED, TENDER_CANCELLED, TENDERING_CLOSED,
            SEALING_KEY_GENERATED, KEY_SHARE_COLLECTED, ACCESS_ATTEMPT_REFUSED, BIDS_OPENED, EVALUATION_CONCLUDED,
            COMMITTEE_ASSIGNED, CONFLICT_OF_INTEREST_DECLARED, QUALIFICATION_DECIDED, QUALITY_SCORES_SUBMITTED,
            JUSTIFICATION_REQUESTED, JUSTIFICATION_SUBMITTED,
            JUSTIFICATION_DECIDED, AWARD_PROPOSED, COMPLAINT_FILED, COMPLAINT_DECIDED, AWARD_CONFIRMED, TENDER_UNSUCCESSFUL,
            CONTRACT_SIGNED, CONTRACT_AMENDED, MILESTONE_RECORDED, PAYMENT_RECORDED, CONTRACT_COMPLETED,
            CONTRACT_TERMINATED);

    private static final Map<String, EventType<?>> BY_NAME =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::name, Function.identity()));

    private EventTypes() {
    }

    public static Optional<EventType<?>> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }
}
