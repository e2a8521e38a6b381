package org.openprocure.tender.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openprocure.tender.ConsultationComment;
import org.openprocure.tender.Enquiry;
import org.openprocure.tender.Tender;
import org.openprocure.tender.TenderDocument;
import org.openprocure.tender.TenderVersion;

/** Reads a tender with what belongs to it, in one transaction, for the views. */
@ApplicationScoped
public class TenderReader {

    /** A tender with its documents in force and how many comments and enquiries (unanswered) it has. */
    public record TenderDetails(Tender tender, List<TenderDocument> documents, long comments,
            long unansweredComments, long enquiries, long unansweredEnquiries) {
    }

    @Transactional
    public TenderDetails details(UUID tenderId) {
        Tender tender = Tender.findById(tenderId);
        return new TenderDetails(tender, TenderDocument.current(tenderId),
                ConsultationComment.count("tenderId", tenderId),
                ConsultationComment.count("tenderId = ?1 and answer is null", tenderId),
                Enquiry.count("tenderId", tenderId), Enquiry.count("tenderId = ?1 and answer is null", tenderId));
    }

    @Transactional
    public List<TenderVersion> versions(UUID tenderId) {
        return TenderVersion.list("key.tenderId = ?1 order by key.version", tenderId);
    }

    @Transactional
    public Optional<TenderVersion> version(UUID tenderId, int version) {
        return TenderVersion.findByIdOptional(new TenderVersion.Key(tenderId, version));
    }
}
