package org.openprocure.portal.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import org.openprocure.portal.client.Cancellation;
import org.openprocure.portal.client.Change;
import org.openprocure.portal.client.Classification;
import org.openprocure.portal.client.Comment;
import org.openprocure.portal.client.CommentAnswer;
import org.openprocure.portal.client.CommentAuthor;
import org.openprocure.portal.client.CommentTarget;
import org.openprocure.portal.client.CommitteeMember;
import org.openprocure.portal.client.Criterion;
import org.openprocure.portal.client.Enquiry;
import org.openprocure.portal.client.EnquiryAnswer;
import org.openprocure.portal.client.EnquiryTarget;
import org.openprocure.portal.client.Item;
import org.openprocure.portal.client.Lot;
import org.openprocure.portal.client.NoticeVersion;
import org.openprocure.portal.client.NoticeVersionSummary;
import org.openprocure.portal.client.OpeningCommittee;
import org.openprocure.portal.client.OrganizationReference;
import org.openprocure.portal.client.Period;
import org.openprocure.portal.client.Tally;
import org.openprocure.portal.client.TenderDocument;
import org.openprocure.portal.client.TenderView;
import org.openprocure.portal.client.Value;

/** A tender as tender-service would return it at each stage, with names from several scripts. */
final class TenderFixtures {

    static final String OCID = "ocds-op7x2k-T-2026-000042";
    static final UUID ID = UUID.fromString("5f0c2b8e-7d1a-4c55-9f3e-2a6b8d9e0c11");
    static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private TenderFixtures() {
    }

    static TenderView tendering() {
        return tender("active", "tendering", Instant.parse("2026-11-30T09:00:00Z"), 1, null);
    }

    /** Bids opened and being evaluated. */
    static TenderView inEvaluation() {
        return tender("active", "evaluation", Instant.parse("2026-11-30T09:00:00Z"), 1, null);
    }

    /** In consultation until 7 December 2026, after the test clock's 1 December. */
    static TenderView inConsultation() {
        return tender("planning", "consultation", null, null, null);
    }

    static TenderView draft() {
        TenderView consultation = tender("planning", "draft", null, null, null);
        return new TenderView(consultation.id(), null, consultation.status(), consultation.statusDetails(),
                consultation.buyer(), consultation.title(), consultation.description(),
                consultation.procurementMethod(), consultation.procurementMethodRationale(),
                consultation.mainProcurementCategory(), consultation.awardCriteria(), consultation.criteria(),
                consultation.value(), consultation.lots(), null, consultation.enquiryDeadline(),
                consultation.submissionDeadline(), consultation.openingDate(), consultation.bidValidityDays(),
                consultation.openingCommittee(), List.of(), null, consultation.createdAt(), null, null,
                new Tally(0, 0), new Tally(0, 0));
    }

    static TenderView cancelled() {
        return tender("cancelled", "cancelled", Instant.parse("2026-11-30T09:00:00Z"), 1,
                new Cancellation("The budget was withdrawn by the council.", Instant.parse("2026-12-01T08:00:00Z")));
    }

    private static TenderView tender(String status, String stage, Instant publishedAt, Integer noticeVersion,
            Cancellation cancellation) {
        List<Lot> lots = List.of(
                new Lot("lot-1", "Carriageway", "Milling and resurfacing of the carriageway.",
                        new Value(new BigDecimal("100000.00"), "EUR"), "active", null,
                        List.of(new Item("item-1", "Asphalt surfacing", new BigDecimal("8400"), "m2",
                                        new Classification("CPV", "45233252-0", "Surfacing work for roads")),
                                new Item("item-2", "Road markings", new BigDecimal("1.5"), "km",
                                        new Classification("CPV", "45233221-4", "Road-surface painting work")))),
                new Lot("lot-2", "Pavements of Łódź Street", "Footways on both sides.",
                        new Value(new BigDecimal("25000.00"), "EUR"), "active", null,
                        List.of(new Item("item-3", "Paving slabs", new BigDecimal("1200"), "m2",
                                new Classification("CPV", "45233161-5", "Footpath construction work")))));
        return new TenderView(ID, OCID, status, stage,
                new OrganizationReference("buyer-northvale", "Northvale City Council"),
                "Road resurfacing — Zieliński Street",
                "Milling and resurfacing of 1.2 km of carriageway.",
                "open", null, "works", "ratedCriteria",
                List.of(new Criterion("Price", "price", new BigDecimal("60")),
                        new Criterion("Technical approach", "quality", new BigDecimal("40"))),
                new Value(new BigDecimal("125000.00"), "EUR"),
                lots,
                new Period(Instant.parse("2026-11-25T09:00:00Z"), Instant.parse("2026-12-07T12:00:00Z")),
                Instant.parse("2026-12-20T12:00:00Z"),
                Instant.parse("2026-12-30T12:00:00Z"),
                Instant.parse("2026-12-30T12:30:00Z"),
                90,
                new OpeningCommittee(2, List.of(new CommitteeMember("officer.anna", "Anna Kowalczyk"),
                        new CommitteeMember("officer.bruno", "Bruno Díaz"),
                        new CommitteeMember("officer.eunji", "Eun-ji Park"))),
                List.of(new TenderDocument("doc-1", "Bill of quantities", "boq.pdf", "biddingDocuments", 48_213L, SHA,
                        Instant.parse("2026-11-25T09:05:00Z"))),
                noticeVersion,
                Instant.parse("2026-11-20T08:00:00Z"),
                publishedAt,
                cancellation,
                new Tally(2, 0),
                new Tally(2, 1));
    }

    static List<Comment> comments() {
        return List.of(
                new Comment("c-1", 1, new CommentTarget("section", "schedule", null),
                        new CommentAuthor("Chloé Martin", "Cyclists of Northvale"),
                        "Please keep one lane open during school hours.", Instant.parse("2026-11-26T10:00:00Z"),
                        false, null,
                        new CommentAnswer("partiallyAccepted", "One lane stays open from 07:30 to 09:00.",
                                Instant.parse("2026-11-28T10:00:00Z"))),
                new Comment("c-2", 2, new CommentTarget("lot", null, "lot-2"), null, null,
                        Instant.parse("2026-11-27T10:00:00Z"), true, "Personal insults against a named officer.",
                        new CommentAnswer("rejected", "The comment raised no point about the draft.",
                                Instant.parse("2026-11-28T11:00:00Z"))));
    }

    static List<Enquiry> enquiries() {
        return List.of(
                new Enquiry("e-1", 1, new EnquiryTarget("item", "lot-1", "item-1"), "Bidder A",
                        "Is the 8,400 m2 measured before or after milling?", Instant.parse("2026-12-02T10:00:00Z"),
                        new EnquiryAnswer("After milling.", Instant.parse("2026-12-03T10:00:00Z"))),
                new Enquiry("e-2", 2, new EnquiryTarget("tender", null, null), "Bidder B",
                        "May a joint venture bid?", Instant.parse("2026-12-04T10:00:00Z"), null));
    }

    static List<NoticeVersionSummary> versions() {
        return List.of(
                new NoticeVersionSummary(0, "Consulted draft", null, Instant.parse("2026-11-25T09:00:00Z")),
                new NoticeVersionSummary(1, "Contract notice", "Publication after the consultation",
                        Instant.parse("2026-11-30T09:00:00Z")));
    }

    static NoticeVersion version(int number) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        List<Change> changes = number == 0
                ? List.of()
                : List.of(new Change("enquiryDeadline", json.textNode("2026-12-18T12:00:00Z"),
                        json.textNode("2026-12-20T12:00:00Z")));
        NoticeVersionSummary summary = versions().get(number);
        return new NoticeVersion(number, summary.label(), summary.reason(), summary.createdAt(), json.objectNode(),
                changes);
    }
}
