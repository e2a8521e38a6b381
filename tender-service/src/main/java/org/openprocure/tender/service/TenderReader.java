package org.openprocure.tender.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openprocure.tender.Award;
import org.openprocure.tender.ConsultationComment;
import org.openprocure.tender.Enquiry;
import org.openprocure.tender.Tender;
import org.openprocure.tender.TenderDocument;
import org.openprocure.tender.TenderVersion;

/** Reads a tender with what belongs to it, in one transaction, for the views. */
@ApplicationScoped
public class TenderReader {

    /**
     * A tender with its documents in force, how many comments and enquiries (unanswered) it has, and
     * each lot's latest award by lot id (a lot without one is absent).
     */
    public record TenderDetails(Tender tender, List<TenderDocument> documents, long comments,
            long unansweredComments, long enquiries, long unansweredEnquiries, Map<String, Award> awards) {
    }

    @Transactional
    public TenderDetails details(UUID tenderId) {
        Tender tender = Tender.findById(tenderId);
        return new TenderDetails(tender, TenderDocument.current(tenderId),
                ConsultationComment.count("tenderId", tenderId),
                ConsultationComment.count("tenderId = ?1 and answer is null", tenderId),
                Enquiry.count("tenderId", tenderId), Enquiry.count("tenderId = ?1 and answer is null", tenderId),
                Award.latestByLot(List.of(tenderId)).getOrDefault(tenderId, Map.of()));
    }

    /**
     * The details of many tenders in a handful of queries whatever their number (an officer's list):
     * the tenders, their documents, and the comment and enquiry counts grouped by tender. In the
     * order of {@code tenderIds}.
     */
    @Transactional
    public List<TenderDetails> details(List<UUID> tenderIds) {
        if (tenderIds.isEmpty()) {
            return List.of();
        }
        Map<UUID, Tender> tenders = Tender.<Tender>list("id in ?1", tenderIds).stream()
                .collect(Collectors.toMap(t -> t.id, t -> t));
        Map<UUID, List<TenderDocument>> documents = TenderDocument.<TenderDocument>list(
                        "tenderId in ?1 and removedAt is null order by addedAt, fileName", tenderIds).stream()
                .collect(Collectors.groupingBy(d -> d.tenderId));
        Map<UUID, long[]> comments = counts("ConsultationComment", tenderIds);
        Map<UUID, long[]> enquiries = counts("Enquiry", tenderIds);
        Map<UUID, Map<String, Award>> awards = Award.latestByLot(tenderIds);
        long[] none = {0, 0};
        return tenderIds.stream().filter(tenders::containsKey).map(id -> new TenderDetails(tenders.get(id),
                TenderDocument.inForce(documents.getOrDefault(id, List.of())), comments.getOrDefault(id, none)[0],
                comments.getOrDefault(id, none)[1], enquiries.getOrDefault(id, none)[0],
                enquiries.getOrDefault(id, none)[1], awards.getOrDefault(id, Map.of()))).toList();
    }

    /** Per tender: how many of the entity's rows there are, and how many are unanswered. */
    private Map<UUID, long[]> counts(String entity, List<UUID> tenderIds) {
        List<Object[]> rows = Tender.getEntityManager().createQuery("select e.tenderId, count(e), "
                + "sum(case when e.answer is null then 1 else 0 end) from " + entity + " e where e.tenderId in ?1 "
                + "group by e.tenderId", Object[].class).setParameter(1, tenderIds).getResultList();
        Map<UUID, long[]> counts = new HashMap<>();
        for (Object[] row : rows) {
            counts.put((UUID) row[0], new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue()});
        }
        return counts;
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
