package org.openprocure.bid.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.openprocure.bid.KeyShareHolding;
import org.openprocure.bid.OpeningRecord;
import org.openprocure.bid.OpeningShare;
import org.openprocure.bid.SealedBid;
import org.openprocure.bid.TenderKey;
import org.openprocure.bid.TenderSchedule;
import org.openprocure.bid.sealing.BidSealer;
import org.openprocure.bid.sealing.EnvelopeUnreadableException;
import org.openprocure.bid.sealing.KeyCard;
import org.openprocure.bid.sealing.KeyCardRejectedException;
import org.openprocure.bid.sealing.ShamirSecretSharing;
import org.openprocure.bid.sealing.TenderKeys;
import org.openprocure.events.EventJson;
import org.openprocure.events.EventTypes;
import org.openprocure.events.bid.BidsOpened;
import org.openprocure.support.outbox.EventOutbox;
import org.openprocure.support.problem.ProblemException;
import org.openprocure.support.security.CurrentUser;

/**
 * The opening ceremony: after the deadline, committee members hand in their key cards, each checked
 * against the hash of the share issued to them; with the threshold reached the key is rebuilt in
 * memory, every current bid is opened and checked against its envelope hash, the key and the shares
 * are dropped, and the opening record is published. Every refused attempt is recorded for auditors.
 */
@ApplicationScoped
public class OpeningCeremony {

    private static final ObjectMapper JSON = EventJson.mapper();

    /** Where an opening stands: shares in and needed, and the record once opened. */
    public record Progress(String ocid, int sharesIn, int threshold, List<String> keyHolders, BidsOpened record) {
    }

    private final Clock clock;
    private final EntityManager em;
    private final EventOutbox outbox;
    private final ShareVault vault;
    private final AccessAttempts attempts;
    private final BidMetrics metrics;

    OpeningCeremony(Clock clock, EntityManager em, EventOutbox outbox, ShareVault vault, AccessAttempts attempts,
            BidMetrics metrics) {
        this.clock = clock;
        this.metrics = metrics;
        this.em = em;
        this.outbox = outbox;
        this.vault = vault;
        this.attempts = attempts;
    }

    @Transactional
    public Progress handIn(String ocid, String cardText, CurrentUser officer) {
        TenderSchedule schedule = em.find(TenderSchedule.class, ocid, LockModeType.PESSIMISTIC_WRITE);
        if (schedule == null || !schedule.buyerId.equals(officer.requireOrganisation())) {
            throw ProblemException.notFound("No published tender " + ocid + " of your organisation.");
        }
        Optional<OpeningRecord> opened = OpeningRecord.findByIdOptional(ocid);
        if (opened.isPresent()) {
            throw ProblemException.conflict("The bids of " + ocid + " were opened at " + opened.get().openedAt + ".");
        }
        Instant now = EventJson.truncate(clock.instant());
        if (now.isBefore(schedule.submissionDeadline)) {
            refuse(ocid, officer, "openingBeforeDeadline", "Opening asked for at " + now + "; bids can be opened"
                    + " only after the deadline " + schedule.submissionDeadline + ".", 409);
        }
        if (schedule.cancelled) {
            throw ProblemException.conflict("Tender " + ocid + " was cancelled; its bids are not opened.");
        }
        TenderKey key = TenderKey.findById(ocid);
        KeyShareHolding holding = KeyShareHolding.<KeyShareHolding>find("key.ocid = ?1 and holderUsername = ?2", ocid,
                officer.username()).firstResultOptional().orElse(null);
        if (holding == null) {
            refuse(ocid, officer, "notAKeyHolder", officer.username() + " holds no share of " + ocid
                    + " and handed in a card.", 403);
        }
        KeyCard card;
        try {
            card = KeyCard.parse(cardText);
        } catch (KeyCardRejectedException e) {
            throw ProblemException.badRequest("card", e.getMessage());
        }
        if (!card.isFor(ocid)) {
            refuse(ocid, officer, "shareOfAnotherTender", "A card of " + card.ocid() + " was handed in to open "
                    + ocid + ".", 400);
        }
        if (card.share().index() != holding.key.index || !card.shareHash().equals(holding.shareHash)) {
            refuse(ocid, officer, "shareNotIssued", "The card handed in by " + officer.username()
                    + " is not the share issued to them.", 400);
        }
        boolean first = OpeningShare.count("key.ocid", ocid) == 0;
        if (OpeningShare.findById(holding.key) == null) {
            OpeningShare share = new OpeningShare();
            share.key = new KeyShareHolding.Key(ocid, holding.key.index);
            share.holderUsername = officer.username();
            share.wrappedShare = vault.wrap(ocid, holding.key.index, card.text());
            share.submittedAt = now;
            share.persist();
            em.flush();
            metrics.shareHandedIn(first);
        }
        List<OpeningShare> shares = OpeningShare.list("key.ocid = ?1 order by key.index", ocid);
        List<String> holders = shares.stream().map(s -> s.holderUsername).toList();
        if (shares.size() < key.threshold) {
            return new Progress(ocid, shares.size(), key.threshold, holders, null);
        }
        return new Progress(ocid, shares.size(), key.threshold, holders, open(schedule, key, shares, officer, now));
    }

    private BidsOpened open(TenderSchedule schedule, TenderKey key, List<OpeningShare> shares, CurrentUser officer,
            Instant now) {
        String ocid = schedule.ocid;
        long decryptStart = System.nanoTime();
        byte[] secret = ShamirSecretSharing.combine(shares.stream()
                .map(s -> KeyCard.parse(vault.unwrap(ocid, s.key.index, s.wrappedShare)).share()).toList());
        List<BidsOpened.Bid> bids = new ArrayList<>();
        List<BidsOpened.Decoy> decoys = new ArrayList<>();
        try {
            PrivateKey privateKey = TenderKeys.privateKeyFrom(secret);
            if (!Arrays.equals(TenderKeys.rawPublicKeyOf(privateKey), key.publicKey)) {
                throw new IllegalStateException("the shares of " + ocid + " do not rebuild its key");
            }
            for (SealedBid bid : SealedBid.<SealedBid>list("ocid = ?1 and state = ?2 order by receivedAt, envelopeSha256", ocid,
                    SealedBid.CURRENT)) {
                Opened opened = opened(schedule, bid, privateKey);
                if (opened.decoy() != null) {
                    decoys.add(opened.decoy());
                } else {
                    bids.add(opened.bid());
                }
            }
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
        java.time.Duration decrypting = java.time.Duration.ofNanos(System.nanoTime() - decryptStart);
        OpeningShare.delete("key.ocid", ocid);
        List<String> keyHolders = shares.stream().map(s -> s.holderUsername).toList();
        BidsOpened record = new BidsOpened(schedule.tenderId, now, bids.size(), keyHolders, bids,
                decoys);
        OpeningRecord stored = new OpeningRecord();
        stored.ocid = ocid;
        stored.openedAt = now;
        stored.record = json(record);
        stored.persist();
        outbox.append(EventTypes.BIDS_OPENED, ocid, "opening/" + ocid, officer.actor("officer"), record);
        em.flush();
        metrics.opened(decrypting);
        return record;
    }

    /** An opened envelope: a bid, or one of bid-service's own decoys. */
    private record Opened(BidsOpened.Bid bid, BidsOpened.Decoy decoy) {
        static Opened bid(BidsOpened.Bid bid) {
            return new Opened(bid, null);
        }
    }

    private static Opened opened(TenderSchedule schedule, SealedBid bid, PrivateKey key) {
        boolean reconfirmed = schedule.bidsMustBeReconfirmedSince == null
                || bid.noticeVersion >= schedule.bidsMustBeReconfirmedSince;
        try {
            var envelope = org.openprocure.bid.sealing.SealedEnvelope.parse(bid.envelope);
            if (!envelope.sha256().equals(bid.envelopeSha256)) {
                return Opened.bid(unreadable(bid, reconfirmed, "the envelope's SHA-256 differs from the one on its"
                        + " receipt"));
            }
            byte[] content = BidSealer.open(key, envelope, BidSubmissions.context(schedule.ocid, bid.bidId,
                    bid.version));
            if (DecoyEnvelopes.isDecoy(content)) {
                return new Opened(null, new BidsOpened.Decoy(bid.bidId.toString(), bid.version, bid.receivedAt,
                        bid.envelopeSha256));
            }
            BidSubmissions.SealedContent offer = JSON.readValue(content, BidSubmissions.SealedContent.class);
            return Opened.bid(new BidsOpened.Bid(bid.bidId.toString(), bid.version, offer.bidder(), offer.bidderName(),
                    bid.receivedAt, bid.envelopeSha256,
                    offer.lots().stream().map(l -> new BidsOpened.LotPrice(l.lotId(), l.amount(), l.currency()))
                            .toList(),
                    offer.answers().stream().map(a -> new BidsOpened.Answer(a.criterion(), a.text())).toList(),
                    offer.documents().stream().map(d -> new BidsOpened.Document(d.title(), d.fileName(), d.sha256()))
                            .toList(),
                    reconfirmed, true, null));
        } catch (EnvelopeUnreadableException | java.io.IOException e) {
            return Opened.bid(unreadable(bid, reconfirmed, "the envelope does not open with the tender's key: "
                    + e.getMessage()));
        }
    }

    private static BidsOpened.Bid unreadable(SealedBid bid, boolean reconfirmed, String problem) {
        return new BidsOpened.Bid(bid.bidId.toString(), bid.version, null, null, bid.receivedAt, bid.envelopeSha256,
                List.of(), List.of(), List.of(), reconfirmed, false, problem);
    }

    /** The public opening record, once the bids are opened. */
    @Transactional
    public Optional<BidsOpened> record(String ocid) {
        return OpeningRecord.<OpeningRecord>findByIdOptional(ocid).map(r -> {
            try {
                return JSON.readValue(r.record, BidsOpened.class);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a stored opening record is plain data", e);
            }
        });
    }

    /** Before the opening, nobody reads sealed bids: the attempt is refused and recorded. */
    public ProblemException sealedUntilOpened(String ocid, CurrentUser user) {
        if (em.find(TenderSchedule.class, ocid) == null) {
            // Nothing sealed to protect: an unknown tender is not an attempt worth an auditor's time, and
            // recording every made-up ocid would let anybody fill the security log.
            return ProblemException.notFound("No tender " + ocid + " takes bids here.");
        }
        String who = user.organisation().isPresent() ? user.actor(roleOf(user)).id() : "anonymous";
        attempts.refused(ocid, "sealedBidsRead", "The bids of " + ocid + " were asked for before their opening"
                + " (by " + who + ").", user.organisation().isPresent() ? user.actor(roleOf(user))
                : new org.openprocure.events.Actor("public", "anonymous"));
        return ProblemException.conflict("The bids of " + ocid + " are sealed until the opening ceremony;"
                + " this attempt was recorded.");
    }

    private static String roleOf(CurrentUser user) {
        for (String role : List.of("officer", "auditor", "evaluator", "supplier")) {
            if (user.hasRole(role)) {
                return role;
            }
        }
        return "user";
    }

    private void refuse(String ocid, CurrentUser officer, String what, String detail, int status) {
        attempts.refused(ocid, what, detail, officer.actor("officer"));
        throw new ProblemException(status, "Refused", detail + " The attempt was recorded.");
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plain data", e);
        }
    }
}
