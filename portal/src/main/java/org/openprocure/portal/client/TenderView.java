package org.openprocure.portal.client;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A tender as tender-service shows it: the public notice (GET /api/notices/{ocid}) and the buyer's
 * own view (GET /api/tenders/{id}) share this shape. Field names follow OCDS where OCDS has one.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TenderView(
        UUID id,
        String ocid,
        String status,
        String statusDetails,
        OrganizationReference buyer,
        String title,
        String description,
        String procurementMethod,
        String procurementMethodRationale,
        String mainProcurementCategory,
        String awardCriteria,
        List<Criterion> criteria,
        Value value,
        List<Lot> lots,
        Period consultationPeriod,
        Instant enquiryDeadline,
        Instant submissionDeadline,
        Instant openingDate,
        Integer bidValidityDays,
        OpeningCommittee openingCommittee,
        List<TenderDocument> documents,
        Integer noticeVersion,
        Instant createdAt,
        Instant publishedAt,
        Cancellation cancellation,
        Tally comments,
        Tally enquiries) {

    public TenderView {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
        lots = lots == null ? List.of() : List.copyOf(lots);
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    /** The lot with this id, or null; enquiries and comments name lots by id. */
    public Lot lot(String lotId) {
        return lots.stream().filter(lot -> lot.id() != null && lot.id().equals(lotId)).findFirst().orElse(null);
    }

    /** Lots still open for bids: a cancelled lot can be neither commented, asked about nor cancelled again. */
    public List<Lot> activeLots() {
        return lots.stream().filter(Lot::active).toList();
    }
}
