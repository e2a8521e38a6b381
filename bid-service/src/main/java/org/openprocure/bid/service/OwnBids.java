package org.openprocure.bid.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openprocure.bid.SealedBid;
import org.openprocure.bid.TenderSchedule;
import org.openprocure.support.problem.ProblemException;
import org.openprocure.support.security.CurrentUser;

/**
 * What a supplier may see of its own bids: the current one (id, version, lots, receipt time and
 * envelope hash) and every receipt the platform signed for them, exactly as issued. Never the sealed
 * content, and nothing about anyone else's bids: bids are found only through the caller's own bidder
 * tag, so the answer for an organisation that did not bid is the same whether others bid or not.
 */
@ApplicationScoped
public class OwnBids {

    /** The organisation's current bid for a tender. */
    public record CurrentBid(String bidId, int version, List<String> lotIds, Instant receivedAt,
            String envelopeSha256) {
    }

    /** One tender's bid of the organisation (null once withdrawn) and its receipts, oldest first. */
    public record TenderBids(String ocid, CurrentBid current, List<BidSubmissions.SignedReceipt> receipts) {
    }

    /** Tags are matched in batches well under PostgreSQL's limit on bind parameters. */
    private static final int BATCH = 500;

    private static final Comparator<BidSubmissions.SignedReceipt> ISSUED = Comparator
            .comparing((BidSubmissions.SignedReceipt s) -> s.receipt().receivedAt())
            .thenComparing(s -> s.receipt().version())
            .thenComparing(s -> s.receipt().kind());

    private final EntityManager em;
    private final BidSubmissions submissions;

    OwnBids(EntityManager em, BidSubmissions submissions) {
        this.em = em;
        this.submissions = submissions;
    }

    @Transactional
    public TenderBids forTender(String ocid, CurrentUser supplier) {
        String organisation = supplier.requireOrganisation();
        if (TenderSchedule.findById(ocid) == null) {
            throw ProblemException.notFound("No published tender " + ocid + " is known here.");
        }
        List<SealedBid> versions = SealedBid.list("ocid = ?1 and bidderTag = ?2", ocid,
                submissions.bidderTag(ocid, organisation));
        return tenderBids(ocid, versions);
    }

    /** Every tender the organisation bid for, withdrawn bids included, newest receipt first. */
    @Transactional
    public List<TenderBids> all(CurrentUser supplier) {
        String organisation = supplier.requireOrganisation();
        List<String> ocids = em.createQuery("select s.ocid from TenderSchedule s", String.class).getResultList();
        Map<String, String> tags = new HashMap<>();
        for (String ocid : ocids) {
            tags.put(submissions.bidderTag(ocid, organisation), ocid);
        }
        List<String> wanted = new ArrayList<>(tags.keySet());
        Map<String, List<SealedBid>> byTender = new LinkedHashMap<>();
        for (int from = 0; from < wanted.size(); from += BATCH) {
            List<SealedBid> found = SealedBid.list("bidderTag in ?1",
                    wanted.subList(from, Math.min(from + BATCH, wanted.size())));
            for (SealedBid bid : found) {
                byTender.computeIfAbsent(bid.ocid, o -> new ArrayList<>()).add(bid);
            }
        }
        return byTender.entrySet().stream().map(e -> tenderBids(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing((TenderBids t) -> t.receipts().isEmpty() ? Instant.EPOCH
                        : t.receipts().get(t.receipts().size() - 1).receipt().receivedAt()).reversed())
                .toList();
    }

    private TenderBids tenderBids(String ocid, List<SealedBid> versions) {
        CurrentBid current = versions.stream().filter(v -> SealedBid.CURRENT.equals(v.state)).findFirst()
                .map(v -> new CurrentBid(v.bidId.toString(), v.version, List.of(v.lotIds.split(",")), v.receivedAt,
                        v.envelopeSha256))
                .orElse(null);
        List<String> bidIds = versions.stream().map(v -> v.bidId.toString()).distinct().toList();
        return new TenderBids(ocid, current, receiptsOf(bidIds));
    }

    /**
     * The receipts handed out for these bids, as stored with their requests. Bid ids are random and only
     * their bidder can act on them, so every receipt naming one of them was issued to that bidder.
     */
    private List<BidSubmissions.SignedReceipt> receiptsOf(List<String> bidIds) {
        if (bidIds.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<String> stored = em.createNativeQuery("select receipt from bid_request"
                        + " where cast(receipt as jsonb) -> 'receipt' ->> 'bidId' in (:ids)", String.class)
                .setParameter("ids", bidIds).getResultList();
        return stored.stream().map(BidSubmissions::readReceipt).sorted(ISSUED).toList();
    }
}
