package org.openprocure.bid.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.openprocure.bid.BidRequest;
import org.openprocure.bid.SealedBid;
import org.openprocure.bid.TenderKey;
import org.openprocure.bid.TenderSchedule;
import org.openprocure.bid.config.BidConfig;
import org.openprocure.bid.sealing.BidSealer;
import org.openprocure.bid.sealing.Receipt;
import org.openprocure.bid.sealing.ReceiptSigner;
import org.openprocure.bid.sealing.SealedEnvelope;
import org.openprocure.bid.sealing.TenderKeys;
import org.openprocure.events.EventJson;
import org.openprocure.support.money.Currencies;
import org.openprocure.support.pdf.PdfUploadCheck;
import org.openprocure.support.problem.Problem;
import org.openprocure.support.problem.ProblemException;
import org.openprocure.support.security.CurrentUser;

/**
 * Receiving bids: each is sealed on receipt to its tender's public key, stored only as ciphertext
 * with its hash and exact receipt time, and answered with a receipt the platform signs. Replacing and
 * withdrawing work until the deadline, by the server's clock; a retried request (same
 * Idempotency-Key) gets the same receipt and never makes a second bid.
 */
@ApplicationScoped
public class BidSubmissions {

    /** What a supplier offers: a price per lot, answers to quality criteria, documents (PDF, base64). */
    public record Offer(List<LotPrice> lots, List<Answer> answers, List<Document> documents) {
    }

    public record LotPrice(String lotId, BigDecimal amount, String currency) {
    }

    public record Answer(String criterion, String text) {
    }

    public record Document(String title, String fileName, byte[] content) {
    }

    /** What goes into the envelope: the offer and who made it, readable only at the opening. */
    public record SealedContent(String bidder, String bidderName, String submittedBy, List<LotPrice> lots,
            List<Answer> answers, List<SealedDocument> documents) {
    }

    public record SealedDocument(String title, String fileName, String sha256, String content) {
    }

    /** A receipt with the platform's signature over its canonical form. */
    public record SignedReceipt(Receipt receipt, String signature) {
    }

    private static final ObjectMapper JSON = EventJson.mapper();

    private final Clock clock;
    private final EntityManager em;
    private final BidConfig config;
    private final ReceiptSigner signer;
    private final SecureRandom random = new SecureRandom();
    private static final int CACHED_KEYS = 10_000;
    private final Map<String, PublicKey> publicKeys = new ConcurrentHashMap<>();
    private final BidMetrics metrics;

    BidSubmissions(Clock clock, EntityManager em, BidConfig config, BidMetrics metrics) {
        this.clock = clock;
        this.metrics = metrics;
        this.em = em;
        this.config = config;
        this.signer = ReceiptSigner.load(Base64.getDecoder().decode(config.receiptSigningKey().strip()),
                Base64.getDecoder().decode(config.receiptVerifyKey().strip()));
    }

    public ReceiptSigner signer() {
        return signer;
    }

    @Transactional
    public SignedReceipt submit(String ocid, Offer offer, String idempotencyKey, CurrentUser supplier) {
        return once(ocid, idempotencyKey, "submit", offer, supplier, (schedule, tag, now) -> {
            if (SealedBid.count("ocid = ?1 and bidderTag = ?2 and state = ?3", ocid, tag, SealedBid.CURRENT) > 0) {
                throw ProblemException.conflict("Your organisation already has a bid for " + ocid
                        + "; replace it (PUT /api/tenders/" + ocid + "/bids/{bidId}) or withdraw it.");
            }
            return seal(schedule, UUID.randomUUID(), 1, tag, offer, supplier, now, Receipt.Kind.SUBMITTED);
        });
    }

    @Transactional
    public SignedReceipt replace(String ocid, UUID bidId, Offer offer, String idempotencyKey, CurrentUser supplier) {
        return once(ocid, idempotencyKey, "replace " + bidId, offer, supplier, (schedule, tag, now) -> {
            Ended current = endCurrentOwn(ocid, bidId, tag, SealedBid.SUPERSEDED);
            return seal(schedule, bidId, current.version() + 1, tag, offer, supplier, now, Receipt.Kind.REPLACED);
        });
    }

    @Transactional
    public SignedReceipt withdraw(String ocid, UUID bidId, String idempotencyKey, CurrentUser supplier) {
        return once(ocid, idempotencyKey, "withdraw " + bidId, null, supplier, (schedule, tag, now) -> {
            Ended current = endCurrentOwn(ocid, bidId, tag, SealedBid.WITHDRAWN);
            metrics.withdrawn();
            return sign(new Receipt(ocid, bidId.toString(), current.version(), List.of(current.lotIds().split(",")),
                    Receipt.Kind.WITHDRAWN, now, current.envelopeSha256()));
        });
    }

    private interface Step {
        SignedReceipt run(TenderSchedule schedule, String bidderTag, Instant now);
    }

    private SignedReceipt once(String ocid, String idempotencyKey, String action, Offer offer, CurrentUser supplier,
            Step step) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 200) {
            throw ProblemException.badRequest("Idempotency-Key", "send a unique key (1 to 200 characters) with"
                    + " every bid request, e.g. a UUID, and the same key when you retry it");
        }
        // A shared lock: bids of different suppliers go on side by side, while closing, cancelling, moving the
        // deadline and opening (which update or lock the row exclusively) wait for the bids in flight, and
        // bids wait for them; so the deadline checked below still holds when this bid commits.
        TenderSchedule schedule = em.find(TenderSchedule.class, ocid, LockModeType.PESSIMISTIC_READ);
        if (schedule == null) {
            throw ProblemException.notFound("No published tender " + ocid + " is known here.");
        }
        String tag = bidderTag(ocid, supplier.requireOrganisation());
        oneAtATime(tag);
        String requestKey = sha256Hex(tag + "|" + ocid + "|" + idempotencyKey);
        String requestHash = sha256Hex(action + "|" + json(offer));
        BidRequest earlier = BidRequest.findById(requestKey);
        if (earlier != null) {
            if (!earlier.requestSha256.equals(requestHash)) {
                throw new ProblemException(422, "Idempotency-Key reused", "This Idempotency-Key was used for a"
                        + " different request; use a new key for a new request.");
            }
            return readReceipt(earlier.receipt);
        }
        Instant now = EventJson.truncate(clock.instant());
        if (!schedule.acceptsBidsAt(now)) {
            throw ProblemException.conflict("Bids for " + ocid + " are no longer accepted: "
                    + (schedule.cancelled ? "the tender was cancelled." : "the deadline was "
                    + schedule.submissionDeadline + "; server time " + now + "."));
        }
        SignedReceipt receipt = step.run(schedule, tag, now);
        BidRequest answered = new BidRequest();
        answered.requestKey = requestKey;
        answered.requestSha256 = requestHash;
        answered.receipt = json(receipt);
        answered.createdAt = now;
        answered.persist();
        return receipt;
    }

    /**
     * One supplier's requests for one tender run one after the other (a transaction-scoped advisory lock on its
     * bidder tag), so the checks for an earlier request with the same Idempotency-Key, for a current bid and for
     * the version to replace always see the supplier's previous request committed.
     */
    private void oneAtATime(String bidderTag) {
        em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(?1)) locked")
                .setParameter(1, Long.parseUnsignedLong(bidderTag.substring(0, 16), 16))
                .getSingleResult();
    }

    private SignedReceipt seal(TenderSchedule schedule, UUID bidId, int version, String tag, Offer offer,
            CurrentUser supplier, Instant now, Receipt.Kind kind) {
        List<SealedDocument> documents = check(schedule, offer);
        PublicKey key = publicKey(schedule.ocid);
        byte[] content = json(new SealedContent(supplier.requireOrganisation(), supplier.organisationName(),
                supplier.username(), offer.lots(), offer.answers() == null ? List.of() : offer.answers(), documents))
                .getBytes(StandardCharsets.UTF_8);
        SealedEnvelope envelope = BidSealer.seal(key, content,
                context(schedule.ocid, bidId, version), random);
        SealedBid bid = new SealedBid();
        bid.id = UUID.randomUUID();
        bid.ocid = schedule.ocid;
        bid.bidId = bidId;
        bid.version = version;
        bid.bidderTag = tag;
        bid.envelope = envelope.toBytes();
        bid.envelopeSha256 = envelope.sha256();
        bid.lotIds = String.join(",", offer.lots().stream().map(LotPrice::lotId).sorted().toList());
        bid.receivedAt = now;
        bid.noticeVersion = schedule.noticeVersion;
        bid.state = SealedBid.CURRENT;
        bid.persist();
        metrics.sealed(kind);
        return sign(new Receipt(schedule.ocid, bidId.toString(), version,
                offer.lots().stream().map(LotPrice::lotId).sorted().toList(), kind, now, bid.envelopeSha256));
    }

    /**
     * A tender's public sealing key. It never changes once made, so each replica keeps the keys it has
     * read (up to {@link #CACHED_KEYS} tenders, then it starts over).
     */
    private PublicKey publicKey(String ocid) {
        PublicKey cached = publicKeys.get(ocid);
        if (cached != null) {
            return cached;
        }
        TenderKey key = TenderKey.findById(ocid);
        if (key == null) {
            throw new ProblemException(503, "Not ready", "Tender " + ocid + " has no sealing key yet; try"
                    + " again in a moment.");
        }
        if (publicKeys.size() >= CACHED_KEYS) {
            publicKeys.clear();
        }
        PublicKey loaded = TenderKeys.publicKeyFrom(key.publicKey);
        publicKeys.put(ocid, loaded);
        return loaded;
    }

    /** The context an envelope is sealed to: it opens only as this version of this bid of this tender. */
    public static String context(String ocid, UUID bidId, int version) {
        return ocid + "|" + bidId + "|" + version;
    }

    private List<SealedDocument> check(TenderSchedule schedule, Offer offer) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<String> lots = new HashSet<>();
        long total = 0;
        if (offer.lots() == null || offer.lots().isEmpty()) {
            errors.add(new Problem.FieldError("lots", "bid for at least one lot"));
        } else {
            for (int i = 0; i < offer.lots().size(); i++) {
                LotPrice lot = offer.lots().get(i);
                String path = "lots[" + i + "]";
                if (lot.lotId() == null || !lot.lotId().matches("lot-[1-9][0-9]*")
                        || Integer.parseInt(lot.lotId().substring(4)) > schedule.lotCount) {
                    errors.add(new Problem.FieldError(path + ".lotId", "the tender's lots are lot-1 to lot-"
                            + schedule.lotCount));
                } else if (!lots.add(lot.lotId())) {
                    errors.add(new Problem.FieldError(path + ".lotId", lot.lotId() + " is named twice"));
                }
                if (lot.amount() == null || lot.amount().signum() <= 0 || lot.amount().scale() > 2
                        || lot.amount().precision() - lot.amount().scale() > 15) {
                    errors.add(new Problem.FieldError(path + ".amount", "a positive amount with at most 2 decimals"));
                }
                if (!Currencies.isIso4217(lot.currency())) {
                    errors.add(new Problem.FieldError(path + ".currency", "an ISO 4217 currency code, e.g. EUR"));
                }
            }
        }
        List<SealedDocument> documents = new ArrayList<>();
        List<Document> given = offer.documents() == null ? List.of() : offer.documents();
        for (int i = 0; i < given.size(); i++) {
            Document document = given.get(i);
            String path = "documents[" + i + "]";
            if (document.title() == null || document.title().isBlank() || document.title().length() > 300) {
                errors.add(new Problem.FieldError(path + ".title", "a title of 1 to 300 characters"));
            }
            if (document.fileName() == null || document.fileName().isBlank() || document.fileName().length() > 255) {
                errors.add(new Problem.FieldError(path + ".fileName", "a file name of 1 to 255 characters"));
            }
            byte[] content = document.content() == null ? new byte[0] : document.content();
            total += content.length;
            try {
                var facts = PdfUploadCheck.check(content, config.maxBidBytes());
                documents.add(new SealedDocument(document.title(), document.fileName(), facts.sha256(),
                        Base64.getEncoder().encodeToString(content)));
            } catch (org.openprocure.support.pdf.PdfRejectedException e) {
                errors.add(new Problem.FieldError(path + ".content", e.getMessage()));
            }
        }
        if (total > config.maxBidBytes()) {
            throw new ProblemException(413, "Bid too large", "The bid's documents add up to " + total
                    + " bytes; the limit is " + config.maxBidBytes() + ".");
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "Invalid bid", String.join("; ", errors.stream()
                    .map(e -> e.field() + ": " + e.message()).toList()), errors);
        }
        return documents;
    }

    /** The version of a bid that a replacement or withdrawal ended. */
    private record Ended(int version, String lotIds, String envelopeSha256) {
    }

    /**
     * Ends the caller's current version of a bid (superseded or withdrawn) in one statement, without loading
     * its envelope; 404 when the organisation has no such current bid.
     */
    private Ended endCurrentOwn(String ocid, UUID bidId, String tag, String newState) {
        @SuppressWarnings("unchecked")
        List<Object[]> ended = em.createNativeQuery("update sealed_bid set state = ?1 where ocid = ?2 and bid_id = ?3"
                        + " and state = 'current' and bidder_tag = ?4 returning version, lot_ids, envelope_sha256")
                .setParameter(1, newState).setParameter(2, ocid).setParameter(3, bidId).setParameter(4, tag)
                .getResultList();
        if (ended.isEmpty()) {
            throw ProblemException.notFound("Your organisation has no current bid " + bidId + " for " + ocid + ".");
        }
        Object[] row = ended.get(0);
        return new Ended(((Number) row[0]).intValue(), (String) row[1], (String) row[2]);
    }

    private SignedReceipt sign(Receipt receipt) {
        return new SignedReceipt(receipt, Base64.getEncoder().encodeToString(signer.sign(receipt)));
    }

    /** The bidder as a keyed hash: stable per tender, meaningless without the key kept outside the database. */
    String bidderTag(String ocid, String organisation) {
        return keyedTag("bidder|" + ocid + "|" + organisation.toLowerCase(Locale.ROOT));
    }

    /** A tag as bid rows carry it: HMAC-SHA256 of {@code message} under the key kept outside the database. */
    String keyedTag(String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(config.shareWrappingKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is in every Java runtime", e);
        }
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plain data", e);
        }
    }

    static SignedReceipt readReceipt(String json) {
        try {
            return JSON.readValue(json, SignedReceipt.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored receipt is plain data", e);
        }
    }

    static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is in every Java runtime", e);
        }
    }
}
