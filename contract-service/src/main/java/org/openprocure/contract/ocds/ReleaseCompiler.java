package org.openprocure.contract.ocds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.openprocure.events.EventEnvelope;
import org.openprocure.events.EventJson;
import org.openprocure.events.EventTypes;
import org.openprocure.events.Money;
import org.openprocure.events.Organization;
import org.openprocure.events.Period;
import org.openprocure.events.bid.BidsOpened;
import org.openprocure.events.contract.ContractAmended;
import org.openprocure.events.contract.ContractCompleted;
import org.openprocure.events.contract.ContractSigned;
import org.openprocure.events.contract.ContractTerminated;
import org.openprocure.events.contract.MilestoneRecorded;
import org.openprocure.events.contract.PaymentRecorded;
import org.openprocure.events.evaluation.AwardConfirmed;
import org.openprocure.events.evaluation.AwardProposed;
import org.openprocure.events.evaluation.ComplaintDecided;
import org.openprocure.events.evaluation.EvaluationConcluded;
import org.openprocure.events.evaluation.TenderUnsuccessful;
import org.openprocure.events.tender.ConsultationOpened;
import org.openprocure.events.tender.EnquiryAnswered;
import org.openprocure.events.tender.EnquiryAsked;
import org.openprocure.events.tender.SubmissionDeadlineExtended;
import org.openprocure.events.tender.TenderAmended;
import org.openprocure.events.tender.TenderCancelled;
import org.openprocure.events.tender.TenderPublished;
import org.openprocure.events.tender.TenderingClosed;

/**
 * Compiles the OCDS 1.1.5 releases of one process from its events, in timeline order. A release says
 * what the event changed in the public record (the record's compiled release merges them); it carries
 * the parties it names with every role they have had in the process so far, because OCDS merging
 * replaces a party's {@code roles} array as a whole.
 *
 * <p>Nothing sealed gets out early: no event before {@code BidsOpened} carries a bid or a bidder, and
 * the enquirers' pseudonyms, the actors and the internal events (key shares, committees, scores,
 * comments) are never published.
 */
public final class ReleaseCompiler {

    /** The party identifier scheme: the platform's own organisation ids ({@code org} claim). */
    public static final String PARTY_SCHEME = "XI-OPENPROCURE";

    private static final JsonNodeFactory JSON = EventJson.mapper().getNodeFactory();

    /** One compiled release, with the event it was compiled from. */
    public record CompiledRelease(EventEnvelope event, List<String> tags, ObjectNode release) {
    }

    /** What earlier events established and later releases refer to. */
    private static final class ProcessState {
        final Map<String, Party> parties = new LinkedHashMap<>();
        final Map<String, String> lotTitles = new LinkedHashMap<>();
        final Map<String, String> awardStatus = new LinkedHashMap<>();
        final Map<String, String> awardLot = new LinkedHashMap<>();
        final Set<String> proposedAwards = new LinkedHashSet<>();
        final Map<String, String> contractAwards = new LinkedHashMap<>();
        Organization buyer;
    }

    private record Party(String name, Set<String> roles) {
    }

    /**
     * A process's timeline compiled one event at a time, in timeline order: what the events so far established
     * is kept, so the release of the next event costs that event alone.
     */
    public final class Timeline {
        private final ProcessState state = new ProcessState();

        private Timeline() {
        }

        /** The release of the timeline's next event, if it changes the public record. */
        public Optional<CompiledRelease> next(EventEnvelope event) {
            return compile(state, event);
        }
    }

    /** An empty timeline, to compile event by event. */
    public Timeline timeline() {
        return new Timeline();
    }

    /** The releases of a process's whole timeline (events in the order they happened). */
    public List<CompiledRelease> compileAll(List<EventEnvelope> timeline) {
        Timeline compiled = timeline();
        List<CompiledRelease> releases = new ArrayList<>();
        for (EventEnvelope event : timeline) {
            compiled.next(event).ifPresent(releases::add);
        }
        return releases;
    }

    private Optional<CompiledRelease> compile(ProcessState state, EventEnvelope event) {
        ObjectNode release = JSON.objectNode();
        List<String> tags = new ArrayList<>();
        boolean published = switch (event.type()) {
            case "ConsultationOpened" ->
                    consultation(state, release, tags, event.payloadAs(EventTypes.CONSULTATION_OPENED));
            case "TenderPublished" -> tender(state, release, tags, event.payloadAs(EventTypes.TENDER_PUBLISHED));
            case "TenderAmended" -> amended(state, release, tags, event.payloadAs(EventTypes.TENDER_AMENDED), event);
            case "SubmissionDeadlineExtended" -> extended(release, tags,
                    event.payloadAs(EventTypes.SUBMISSION_DEADLINE_EXTENDED), event);
            case "TenderCancelled" -> cancelled(state, release, tags, event.payloadAs(EventTypes.TENDER_CANCELLED),
                    event);
            case "EnquiryAsked" -> enquiryAsked(release, tags, event.payloadAs(EventTypes.ENQUIRY_ASKED));
            case "EnquiryAnswered" -> enquiryAnswered(release, tags, event.payloadAs(EventTypes.ENQUIRY_ANSWERED));
            case "TenderingClosed" -> closed(release, tags, event.payloadAs(EventTypes.TENDERING_CLOSED));
            case "BidsOpened" -> opened(state, release, tags, event.payloadAs(EventTypes.BIDS_OPENED));
            case "AwardProposed" -> proposed(state, release, tags, event.payloadAs(EventTypes.AWARD_PROPOSED), event);
            case "AwardConfirmed" -> confirmed(state, release, tags, event.payloadAs(EventTypes.AWARD_CONFIRMED));
            case "ComplaintDecided" -> complaintDecided(state, release, tags,
                    event.payloadAs(EventTypes.COMPLAINT_DECIDED), event);
            case "TenderUnsuccessful" -> unsuccessful(state, release, tags,
                    event.payloadAs(EventTypes.TENDER_UNSUCCESSFUL), event);
            case "EvaluationConcluded" -> concluded(release, tags, event.payloadAs(EventTypes.EVALUATION_CONCLUDED));
            case "ContractSigned" -> signed(state, release, tags, event.payloadAs(EventTypes.CONTRACT_SIGNED));
            case "ContractAmended" -> contractAmended(state, release, tags, event.payloadAs(EventTypes.CONTRACT_AMENDED),
                    event);
            case "MilestoneRecorded" -> milestone(state, release, tags, event.payloadAs(EventTypes.MILESTONE_RECORDED));
            case "PaymentRecorded" -> payment(state, release, tags, event.payloadAs(EventTypes.PAYMENT_RECORDED));
            case "ContractCompleted" -> completed(state, release, tags, event.payloadAs(EventTypes.CONTRACT_COMPLETED));
            case "ContractTerminated" -> terminated(state, release, tags, event.payloadAs(EventTypes.CONTRACT_TERMINATED),
                    event);
            // Internal to the process (sealing keys, committees, scores, comments): no public release.
            default -> false;
        };
        if (!published) {
            return Optional.empty();
        }
        ObjectNode head = JSON.objectNode();
        head.put("ocid", event.ocid());
        head.put("id", releaseId(event));
        head.put("date", date(event.occurredAt()));
        ArrayNode tagNode = head.putArray("tag");
        tags.forEach(tagNode::add);
        head.put("initiationType", "tender");
        head.put("language", "en");
        head.setAll(release);
        return Optional.of(new CompiledRelease(event, List.copyOf(tags), head));
    }

    public static String releaseId(EventEnvelope event) {
        return event.ocid() + "-" + event.eventId();
    }

    // ---- tender ----

    private boolean consultation(ProcessState state, ObjectNode release, List<String> tags, ConsultationOpened draft) {
        tags.add("planning");
        state.buyer = draft.buyer();
        buyer(state, release, draft.buyer());
        ObjectNode planning = release.putObject("planning");
        planning.put("rationale", "The draft is open for public comment until "
                + date(draft.consultationPeriod().endDate()) + ".");
        planning.putObject("budget").set("amount", money(draft.value()));
        ObjectNode milestone = planning.putArray("milestones").addObject();
        milestone.put("id", "consultation");
        milestone.put("title", "Public consultation on the draft");
        milestone.put("type", "engagement");
        putDate(milestone, "dueDate", draft.consultationPeriod().endDate());
        milestone.put("status", "scheduled");
        ObjectNode tender = release.putObject("tender");
        tender.put("id", draft.tenderId());
        tender.put("title", draft.title());
        tender.put("status", "planning");
        tender.put("procurementMethod", draft.procurementMethod());
        tender.put("mainProcurementCategory", draft.mainProcurementCategory());
        tender.set("value", money(draft.value()));
        tender.set("procuringEntity", reference(draft.buyer()));
        return true;
    }

    private boolean tender(ProcessState state, ObjectNode release, List<String> tags, TenderPublished notice) {
        tags.add("tender");
        noticeRelease(state, release, notice);
        return true;
    }

    private void noticeRelease(ProcessState state, ObjectNode release, TenderPublished notice) {
        state.buyer = notice.buyer();
        buyer(state, release, notice.buyer());
        notice.lots().forEach(lot -> state.lotTitles.put(lot.id(), lot.title()));
        ObjectNode tender = release.putObject("tender");
        tender.put("id", notice.tenderId());
        tender.put("title", notice.title());
        putText(tender, "description", notice.description());
        tender.put("status", "active");
        tender.put("procurementMethod", notice.procurementMethod());
        putText(tender, "procurementMethodRationale", notice.procurementMethodRationale());
        tender.put("mainProcurementCategory", notice.mainProcurementCategory());
        putText(tender, "awardCriteria", notice.awardCriteria());
        if (notice.criteria() != null && !notice.criteria().isEmpty()) {
            tender.put("awardCriteriaDetails", notice.criteria().stream()
                    .map(c -> c.name() + " (" + c.type() + ") " + c.weight() + "%")
                    .collect(Collectors.joining("; ")));
        }
        tender.set("value", money(notice.value()));
        tender.set("procuringEntity", reference(notice.buyer()));
        ArrayNode items = tender.putArray("items");
        ArrayNode lots = tender.putArray("lots");
        for (TenderPublished.Lot lot : notice.lots()) {
            ObjectNode l = lots.addObject();
            l.put("id", lot.id());
            l.put("title", lot.title());
            putText(l, "description", lot.description());
            if (lot.value() != null) {
                l.set("value", money(lot.value()));
            }
            l.put("status", lot.status());
            for (TenderPublished.Item item : lot.items()) {
                ObjectNode i = items.addObject();
                i.put("id", item.id());
                i.put("description", item.description());
                if (item.classification() != null) {
                    ObjectNode c = i.putObject("classification");
                    c.put("scheme", item.classification().scheme());
                    c.put("id", item.classification().id());
                    putText(c, "description", item.classification().description());
                }
                if (item.quantity() != null) {
                    i.put("quantity", item.quantity());
                }
                if (item.unit() != null) {
                    i.putObject("unit").put("name", item.unit());
                }
                i.put("relatedLot", lot.id());
            }
        }
        putPeriod(tender, "tenderPeriod", notice.tenderPeriod());
        putPeriod(tender, "enquiryPeriod", notice.enquiryPeriod());
        tender.putArray("submissionMethod").add("electronicSubmission");
        if (notice.openingDate() != null) {
            ObjectNode opening = tender.putArray("milestones").addObject();
            opening.put("id", "bid-opening");
            opening.put("title", "Public opening of the sealed bids");
            opening.put("type", "assessment");
            putDate(opening, "dueDate", notice.openingDate());
            opening.put("status", "scheduled");
        }
        ArrayNode documents = tender.putArray("documents");
        for (TenderPublished.Document d : notice.documents()) {
            ObjectNode doc = documents.addObject();
            doc.put("id", d.id());
            doc.put("documentType", d.documentType());
            doc.put("title", d.title());
            doc.put("description", "File " + d.fileName() + ", " + d.size() + " bytes, SHA-256 " + d.sha256());
            doc.put("format", "application/pdf");
            putDate(doc, "datePublished", notice.publishedAt());
        }
    }

    private boolean amended(ProcessState state, ObjectNode release, List<String> tags, TenderAmended amendment,
            EventEnvelope event) {
        tags.add("tenderAmendment");
        noticeRelease(state, release, amendment.notice());
        ObjectNode a = ((ObjectNode) release.get("tender")).putArray("amendments").addObject();
        a.put("id", "notice-version-" + amendment.noticeVersion());
        putDate(a, "date", event.occurredAt());
        putText(a, "rationale", amendment.reason());
        a.put("description", amendment.changes().stream()
                .map(c -> c.field() + ": " + c.before() + " → " + c.after()).collect(Collectors.joining("; ")));
        return true;
    }

    private boolean extended(ObjectNode release, List<String> tags, SubmissionDeadlineExtended extension,
            EventEnvelope event) {
        tags.add("tenderAmendment");
        ObjectNode tender = release.putObject("tender");
        tender.put("id", extension.tenderId());
        putPeriod(tender, "tenderPeriod", extension.tenderPeriod());
        if (extension.openingDate() != null) {
            ObjectNode opening = tender.putArray("milestones").addObject();
            opening.put("id", "bid-opening");
            putDate(opening, "dueDate", extension.openingDate());
        }
        ObjectNode a = tender.putArray("amendments").addObject();
        a.put("id", "notice-version-" + extension.noticeVersion());
        putDate(a, "date", event.occurredAt());
        a.put("rationale", switch (extension.reason()) {
            case "lateEnquiryAnswer" -> "An enquiry was answered after the enquiry deadline.";
            case "unansweredEnquiries" -> "Enquiries were still unanswered when the enquiry period closed.";
            default -> extension.reason();
        });
        a.put("description", "Submission deadline moved from " + date(extension.previousDeadline()) + " to "
                + date(extension.tenderPeriod().endDate()) + ".");
        return true;
    }

    private boolean cancelled(ProcessState state, ObjectNode release, List<String> tags, TenderCancelled cancellation,
            EventEnvelope event) {
        ObjectNode tender = release.putObject("tender");
        tender.put("id", cancellation.tenderId());
        if (cancellation.tenderCancelled()) {
            tags.add("tenderCancellation");
            tender.put("status", "cancelled");
        } else {
            tags.add("tenderUpdate");
        }
        List<String> lots = cancellation.lotId() != null ? List.of(cancellation.lotId())
                : List.copyOf(state.lotTitles.keySet());
        if (!lots.isEmpty()) {
            ArrayNode lotNodes = tender.putArray("lots");
            lots.forEach(lot -> lotNodes.addObject().put("id", lot).put("status", "cancelled"));
        }
        ObjectNode a = tender.putArray("amendments").addObject();
        a.put("id", "cancellation-" + event.eventId());
        putDate(a, "date", event.occurredAt());
        putText(a, "rationale", cancellation.reason());
        a.put("description", cancellation.lotId() == null ? "The tender was cancelled."
                : "Lot " + cancellation.lotId() + " was cancelled.");
        // Pending awards of what was cancelled are void; confirmed ones stand.
        ArrayNode awards = JSON.arrayNode();
        state.awardStatus.forEach((awardId, status) -> {
            if ("pending".equals(status) && (cancellation.lotId() == null
                    || cancellation.lotId().equals(state.awardLot.get(awardId)))) {
                awards.addObject().put("id", awardId).put("status", "cancelled");
            }
        });
        for (JsonNode award : awards) {
            state.awardStatus.put(award.get("id").asText(), "cancelled");
        }
        if (!awards.isEmpty()) {
            tags.add("awardUpdate");
            release.set("awards", awards);
        }
        return true;
    }

    private boolean enquiryAsked(ObjectNode release, List<String> tags, EnquiryAsked enquiry) {
        tags.add("tenderUpdate");
        ObjectNode tender = release.putObject("tender");
        tender.put("id", enquiry.tenderId());
        tender.put("hasEnquiries", true);
        ObjectNode e = tender.putArray("enquiries").addObject();
        e.put("id", enquiry.enquiryId());
        putDate(e, "date", enquiry.askedAt());
        e.put("title", "Question " + enquiry.number());
        e.put("description", enquiry.question());
        if (enquiry.target() != null && enquiry.target().lotId() != null) {
            e.put("relatedLot", enquiry.target().lotId());
        }
        if (enquiry.target() != null && enquiry.target().itemId() != null) {
            e.put("relatedItem", enquiry.target().itemId());
        }
        return true;
    }

    private boolean enquiryAnswered(ObjectNode release, List<String> tags, EnquiryAnswered answer) {
        tags.add("tenderUpdate");
        ObjectNode tender = release.putObject("tender");
        tender.put("id", answer.tenderId());
        ObjectNode e = tender.putArray("enquiries").addObject();
        e.put("id", answer.enquiryId());
        e.put("answer", answer.answer());
        putDate(e, "dateAnswered", answer.answeredAt());
        return true;
    }

    private boolean closed(ObjectNode release, List<String> tags, TenderingClosed closing) {
        tags.add("tenderUpdate");
        ObjectNode tender = release.putObject("tender");
        tender.put("id", closing.tenderId());
        putDate(tender.putObject("tenderPeriod"), "endDate", closing.submissionDeadline());
        return true;
    }

    /** The opening makes the bidders public: how many bid, and who. Prices stay in the opening record. */
    private boolean opened(ProcessState state, ObjectNode release, List<String> tags, BidsOpened opening) {
        tags.add("tenderUpdate");
        ObjectNode tender = release.putObject("tender");
        tender.put("id", opening.tenderId());
        tender.put("numberOfTenderers", opening.bids().size());
        ArrayNode tenderers = tender.putArray("tenderers");
        List<Organization> bidders = new ArrayList<>();
        for (BidsOpened.Bid bid : opening.bids()) {
            if (bid.bidderId() != null && bidders.stream().noneMatch(b -> b.id().equals(bid.bidderId()))) {
                bidders.add(new Organization(bid.bidderId(), bid.bidderName()));
            }
        }
        bidders.forEach(b -> tenderers.add(reference(b)));
        ObjectNode milestone = tender.putArray("milestones").addObject();
        milestone.put("id", "bid-opening");
        milestone.put("status", "met");
        putDate(milestone, "dateMet", opening.openedAt());
        parties(state, release, bidders.stream().map(b -> new Role(b, "tenderer")).toList());
        return true;
    }

    // ---- awards ----

    private boolean proposed(ProcessState state, ObjectNode release, List<String> tags, AwardProposed proposal,
            EventEnvelope event) {
        if ("active".equals(state.awardStatus.get(proposal.awardId()))) {
            return false; // a confirmed award is final; evaluation-service would not propose it again
        }
        tags.add("award");
        state.awardStatus.put(proposal.awardId(), "pending");
        state.awardLot.put(proposal.awardId(), proposal.lotId());
        state.proposedAwards.add(proposal.awardId());
        ObjectNode award = award(state, release, proposal.awardId(), proposal.lotId(), "pending");
        putDate(award, "date", event.occurredAt());
        award.set("value", money(proposal.value()));
        award.putArray("suppliers").add(reference(proposal.supplier()));
        ObjectNode report = award.putArray("documents").addObject();
        report.put("id", "evaluation-report-" + proposal.awardId());
        report.put("documentType", "evaluationReports");
        report.put("title", "Evaluation report");
        report.put("description", "SHA-256 " + proposal.reportSha256());
        report.put("format", "application/pdf");
        parties(state, release, List.of(new Role(proposal.supplier(), "tenderer"),
                new Role(proposal.supplier(), "supplier")));
        return true;
    }

    private boolean confirmed(ProcessState state, ObjectNode release, List<String> tags, AwardConfirmed confirmation) {
        tags.add("award");
        boolean proposed = state.proposedAwards.contains(confirmation.awardId());
        state.awardStatus.put(confirmation.awardId(), "active");
        state.awardLot.put(confirmation.awardId(), confirmation.lotId());
        ObjectNode award = award(state, release, confirmation.awardId(), confirmation.lotId(), "active");
        if (!proposed) {
            putDate(award, "date", confirmation.confirmedAt());
        }
        award.set("value", money(confirmation.value()));
        award.putArray("suppliers").add(reference(confirmation.supplier()));
        ObjectNode notice = award.putArray("documents").addObject();
        notice.put("id", "award-notice-" + confirmation.awardId());
        notice.put("documentType", "awardNotice");
        notice.put("title", "Award notice");
        notice.put("description", "SHA-256 " + confirmation.noticeSha256());
        notice.put("format", "application/pdf");
        putDate(notice, "datePublished", confirmation.confirmedAt());
        parties(state, release, List.of(new Role(confirmation.supplier(), "tenderer"),
                new Role(confirmation.supplier(), "supplier")));
        return true;
    }

    /** Only an upheld complaint changes the public record: the award is void. */
    private boolean complaintDecided(ProcessState state, ObjectNode release, List<String> tags,
            ComplaintDecided decision, EventEnvelope event) {
        if (!"upheld".equals(decision.decision()) || !"pending".equals(state.awardStatus.get(decision.awardId()))) {
            return false;
        }
        tags.add("awardUpdate");
        state.awardStatus.put(decision.awardId(), "cancelled");
        ObjectNode award = release.putArray("awards").addObject();
        award.put("id", decision.awardId());
        award.put("status", "cancelled");
        ObjectNode a = award.putArray("amendments").addObject();
        a.put("id", "complaint-" + decision.number());
        putDate(a, "date", event.occurredAt());
        a.put("rationale", "Complaint upheld: " + decision.reason());
        return true;
    }

    private boolean unsuccessful(ProcessState state, ObjectNode release, List<String> tags,
            TenderUnsuccessful failure, EventEnvelope event) {
        tags.add("award");
        String awardId = failure.lotId() + "-unsuccessful";
        state.awardStatus.put(awardId, "unsuccessful");
        state.awardLot.put(awardId, failure.lotId());
        ObjectNode award = award(state, release, awardId, failure.lotId(), "unsuccessful");
        putDate(award, "date", event.occurredAt());
        putText(award, "description", failure.reason());
        ObjectNode tender = release.putObject("tender");
        tender.put("id", failure.tenderId());
        tender.putArray("lots").addObject().put("id", failure.lotId()).put("status", "unsuccessful");
        if (failure.tenderUnsuccessful()) {
            tags.add("tenderUpdate");
            tender.put("status", "unsuccessful");
        }
        return true;
    }

    private boolean concluded(ObjectNode release, List<String> tags, EvaluationConcluded conclusion) {
        tags.add("tenderUpdate");
        ObjectNode tender = release.putObject("tender");
        tender.put("id", conclusion.tenderId());
        tender.put("status", "awarded".equals(conclusion.outcome()) ? "complete" : "unsuccessful");
        ArrayNode lots = tender.putArray("lots");
        for (EvaluationConcluded.LotOutcome lot : conclusion.lots()) {
            lots.addObject().put("id", lot.lotId()).put("status", switch (lot.outcome()) {
                case "awarded" -> "complete";
                case "cancelled" -> "cancelled";
                default -> "unsuccessful";
            });
        }
        return true;
    }

    private ObjectNode award(ProcessState state, ObjectNode release, String awardId, String lotId, String status) {
        ObjectNode award = release.putArray("awards").addObject();
        award.put("id", awardId);
        String lotTitle = state.lotTitles.get(lotId);
        award.put("title", lotTitle == null ? "Lot " + lotId : lotTitle);
        award.put("status", status);
        award.putArray("relatedLots").add(lotId);
        return award;
    }

    // ---- contracts ----

    private boolean signed(ProcessState state, ObjectNode release, List<String> tags, ContractSigned signature) {
        tags.add("contract");
        state.buyer = signature.buyer();
        buyer(state, release, signature.buyer());
        String lotTitle = state.lotTitles.get(signature.lotId());
        String title = "Contract for " + (lotTitle == null ? "lot " + signature.lotId() : lotTitle);
        state.contractAwards.put(signature.contractId(), signature.awardId());
        ObjectNode contract = release.putArray("contracts").addObject();
        contract.put("id", signature.contractId());
        contract.put("awardID", signature.awardId());
        contract.put("title", title);
        contract.put("status", "active");
        contract.set("value", money(signature.value()));
        putPeriod(contract, "period", signature.period());
        putDate(contract, "dateSigned", signature.dateSigned());
        if (signature.document() != null) {
            ObjectNode doc = contract.putArray("documents").addObject();
            doc.put("id", signature.document().id());
            doc.put("documentType", "contractSigned");
            doc.put("title", signature.document().title());
            doc.put("description", "File " + signature.document().fileName() + ", " + signature.document().size()
                    + " bytes, SHA-256 " + signature.document().sha256());
            doc.put("format", "application/pdf");
            putDate(doc, "datePublished", signature.dateSigned());
        }
        parties(state, release, List.of(new Role(signature.supplier(), "tenderer"),
                new Role(signature.supplier(), "supplier")));
        return true;
    }

    private boolean contractAmended(ProcessState state, ObjectNode release, List<String> tags, ContractAmended amendment,
            EventEnvelope event) {
        if (!state.contractAwards.containsKey(amendment.contractId())) {
            return false; // an OCDS contract needs its awardID, known from its signing on the timeline
        }
        tags.add("contractAmendment");
        ObjectNode contract = contract(state, release, amendment.contractId());
        if (amendment.value() != null) {
            contract.set("value", money(amendment.value()));
        }
        putPeriod(contract, "period", amendment.period());
        ObjectNode a = contract.putArray("amendments").addObject();
        a.put("id", amendment.contractId() + "-amendment-" + amendment.number());
        putDate(a, "date", event.occurredAt());
        putText(a, "rationale", amendment.reason());
        List<String> changes = new ArrayList<>();
        if (amendment.value() != null && amendment.previousValue() != null) {
            changes.add("value " + text(amendment.previousValue()) + " → " + text(amendment.value()));
        }
        if (amendment.period() != null && amendment.previousPeriod() != null) {
            changes.add("period " + text(amendment.previousPeriod()) + " → " + text(amendment.period()));
        }
        if (amendment.cumulativeChange() != null) {
            changes.add("cumulative change against the awarded value " + text(amendment.cumulativeChange())
                    + " (" + amendment.cumulativeChangePercent().toPlainString() + "%)");
        }
        a.put("description", String.join("; ", changes));
        return true;
    }

    private boolean milestone(ProcessState state, ObjectNode release, List<String> tags, MilestoneRecorded milestone) {
        if (!state.contractAwards.containsKey(milestone.contractId())) {
            return false; // an OCDS contract needs its awardID, known from its signing on the timeline
        }
        tags.add("implementation");
        ObjectNode contract = contract(state, release, milestone.contractId());
        ObjectNode m = contract.putObject("implementation").putArray("milestones").addObject();
        m.put("id", milestone.milestoneId());
        m.put("title", milestone.title());
        putText(m, "description", milestone.description());
        m.put("type", "delivery");
        putDate(m, "dueDate", milestone.dueDate());
        m.put("status", milestone.status());
        if (milestone.dateMet() != null) {
            putDate(m, "dateMet", milestone.dateMet());
        }
        return true;
    }

    private boolean payment(ProcessState state, ObjectNode release, List<String> tags, PaymentRecorded payment) {
        if (!state.contractAwards.containsKey(payment.contractId())) {
            return false; // an OCDS contract needs its awardID, known from its signing on the timeline
        }
        tags.add("implementation");
        ObjectNode contract = contract(state, release, payment.contractId());
        ObjectNode t = contract.putObject("implementation").putArray("transactions").addObject();
        t.put("id", payment.paymentId());
        t.put("source", "urn:openprocure:contract:" + payment.contractId());
        putDate(t, "date", payment.date());
        t.set("value", money(payment.value()));
        t.set("payer", reference(payment.payer()));
        t.set("payee", reference(payment.payee()));
        parties(state, release, List.of(new Role(payment.payer(), "payer"), new Role(payment.payee(), "payee")));
        return true;
    }

    private boolean completed(ProcessState state, ObjectNode release, List<String> tags, ContractCompleted completion) {
        if (!state.contractAwards.containsKey(completion.contractId())) {
            return false; // an OCDS contract needs its awardID, known from its signing on the timeline
        }
        tags.add("contractTermination");
        ObjectNode contract = contract(state, release, completion.contractId());
        contract.put("status", "terminated");
        contract.put("statusDetails", "completed");
        if (completion.finalValue() != null) {
            contract.set("value", money(completion.finalValue()));
        }
        return true;
    }

    private boolean terminated(ProcessState state, ObjectNode release, List<String> tags, ContractTerminated termination,
            EventEnvelope event) {
        if (!state.contractAwards.containsKey(termination.contractId())) {
            return false; // an OCDS contract needs its awardID, known from its signing on the timeline
        }
        tags.add("contractTermination");
        ObjectNode contract = contract(state, release, termination.contractId());
        contract.put("status", "terminated");
        contract.put("statusDetails", "terminatedEarly");
        ObjectNode a = contract.putArray("amendments").addObject();
        a.put("id", termination.contractId() + "-termination");
        putDate(a, "date", event.occurredAt());
        putText(a, "rationale", termination.reason());
        a.put("description", "Terminated early on " + date(termination.dateTerminated()) + "; paid until then "
                + text(termination.totalPaid()) + ".");
        return true;
    }

    private static ObjectNode contract(ProcessState state, ObjectNode release, String contractId) {
        ObjectNode contract = release.putArray("contracts").addObject();
        contract.put("id", contractId);
        contract.put("awardID", state.contractAwards.get(contractId));
        return contract;
    }

    // ---- parties ----

    private record Role(Organization organization, String role) {
    }

    private void buyer(ProcessState state, ObjectNode release, Organization buyer) {
        release.set("buyer", reference(buyer));
        parties(state, release, List.of(new Role(buyer, "buyer"), new Role(buyer, "procuringEntity")));
    }

    /** Adds the roles to the process's parties, and the parties, with every role so far, to the release. */
    private void parties(ProcessState state, ObjectNode release, List<Role> roles) {
        Set<String> named = new LinkedHashSet<>();
        for (Role role : roles) {
            Organization org = role.organization();
            Party party = state.parties.computeIfAbsent(org.id(), id -> new Party(org.name(), new LinkedHashSet<>()));
            party.roles().add(role.role());
            named.add(org.id());
        }
        ArrayNode parties = release.has("parties") ? (ArrayNode) release.get("parties") : release.putArray("parties");
        for (String id : named) {
            Party party = state.parties.get(id);
            ObjectNode p = parties.addObject();
            p.put("id", partyId(id));
            p.put("name", party.name());
            ObjectNode identifier = p.putObject("identifier");
            identifier.put("scheme", PARTY_SCHEME);
            identifier.put("id", id);
            identifier.put("legalName", party.name());
            ArrayNode r = p.putArray("roles");
            party.roles().forEach(r::add);
        }
    }

    static String partyId(String orgId) {
        return PARTY_SCHEME + "-" + orgId;
    }

    private static ObjectNode reference(Organization org) {
        ObjectNode ref = JSON.objectNode();
        ref.put("id", partyId(org.id()));
        ref.put("name", org.name());
        return ref;
    }

    // ---- values ----

    private static ObjectNode money(Money money) {
        ObjectNode value = JSON.objectNode();
        value.put("amount", money.amount());
        value.put("currency", money.currency());
        return value;
    }

    private static String text(Money money) {
        return money.amount().toPlainString() + " " + money.currency();
    }

    private static String text(Period period) {
        return (period.startDate() == null ? "…" : date(period.startDate())) + "/"
                + (period.endDate() == null ? "…" : date(period.endDate()));
    }

    static String date(Instant instant) {
        return EventJson.INSTANT_FORMAT.format(instant);
    }

    private static void putDate(ObjectNode node, String field, Instant instant) {
        if (instant != null) {
            node.put(field, date(instant));
        }
    }

    private static void putText(ObjectNode node, String field, String text) {
        if (text != null && !text.isBlank()) {
            node.put(field, text);
        }
    }

    private static void putPeriod(ObjectNode node, String field, Period period) {
        if (period != null && (period.startDate() != null || period.endDate() != null)) {
            ObjectNode p = node.putObject(field);
            putDate(p, "startDate", period.startDate());
            putDate(p, "endDate", period.endDate());
        }
    }
}
