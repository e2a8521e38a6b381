package org.openprocure.bid.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.jboss.logging.Logger;
import org.openprocure.bid.BidRequest;
import org.openprocure.bid.SealedBid;
import org.openprocure.bid.TenderKey;
import org.openprocure.bid.TenderSchedule;
import org.openprocure.bid.config.BidConfig;
import org.openprocure.bid.sealing.BidSealer;
import org.openprocure.bid.sealing.Receipt;
import org.openprocure.bid.sealing.SealedEnvelope;
import org.openprocure.bid.sealing.TenderKeys;
import org.openprocure.events.EventJson;

/**
 * Decoy envelopes, so that nobody can count the bids before the opening — not through the API, not
 * in a database dump. While a tender accepts bids, bid-service itself now and then seals a decoy to the
 * tender's key, replaces or withdraws one, exactly as a supplier would: the same rows (a sealed
 * envelope, a bidder tag, lots, a receipt time, a signed receipt in the request log), sizes like those
 * of real bids, at random moments. What tells a decoy apart is sealed inside the envelope; its bidder
 * tag is a keyed hash under the same key as the suppliers' tags, kept outside the database. At the
 * opening the decoys open as such, leave the bids alone, and are listed in the record, so that every
 * envelope is accounted for.
 *
 * <p>Moves come as a Poisson process in the server's time: on each look, for each tender accepting
 * bids, a random number of moves with mean {@code per-day × days since the last look}. One replica
 * looks at a time (the {@code decoy_watch} row is locked).
 */
@ApplicationScoped
public class DecoyEnvelopes {

    private static final Logger LOG = Logger.getLogger(DecoyEnvelopes.class);
    private static final ObjectMapper JSON = EventJson.mapper();
    /** The most moves one look makes for one tender, however long since the last look. */
    private static final int MOST_MOVES_PER_LOOK = 4;

    /** What sealed content a decoy carries: the mark, and padding to a bid-like size. */
    public record DecoyContent(boolean decoy, String padding) {
    }

    private final Clock clock;
    private final EntityManager em;
    private final BidConfig config;
    private final BidSubmissions submissions;
    private final SecureRandom random = new SecureRandom();
    /** Looks taken, for operators (and the local demo, which waits for one): says nothing about moves. */
    private final io.micrometer.core.instrument.Counter looks;
    /** Counts a decoy's envelope as a supplier's, so that the counts tell no more than the rows. */
    private final BidMetrics metrics;

    DecoyEnvelopes(Clock clock, EntityManager em, BidConfig config, BidSubmissions submissions,
            io.micrometer.core.instrument.MeterRegistry meters, BidMetrics metrics) {
        this.clock = clock;
        this.metrics = metrics;
        this.em = em;
        this.config = config;
        this.submissions = submissions;
        this.looks = io.micrometer.core.instrument.Counter.builder("openprocure.decoys.looks")
                .description("Looks taken for decoy moves (not the moves: their number would hint at the bids')")
                .register(meters);
    }

    @Scheduled(every = "${openprocure.bid.decoys.check-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void tick() {
        try {
            look(random);
            looks.increment();
        } catch (RuntimeException e) {
            LOG.error("looking for decoy moves failed; the next look tries again", e);
        }
    }

    /**
     * One look: how long since the last one by the server's clock, and for each tender accepting bids
     * that many days' worth of random moves. Returns the moves made.
     */
    @Transactional
    public int look(RandomGenerator randomness) {
        Instant now = EventJson.truncate(clock.instant());
        em.createNativeQuery("insert into decoy_watch (id, looked_at) values (1, ?1) on conflict (id) do nothing")
                .setParameter(1, now).executeUpdate();
        Object lookedAt = em.createNativeQuery("select looked_at from decoy_watch where id = 1 for update")
                .getSingleResult();
        Instant last = lookedAt instanceof java.sql.Timestamp t ? t.toInstant() : lookedAt instanceof
                java.time.OffsetDateTime o ? o.toInstant() : (Instant) lookedAt;
        em.createNativeQuery("update decoy_watch set looked_at = ?1 where id = 1").setParameter(1, now).executeUpdate();
        if (!now.isAfter(last) || config.decoys().perDay() <= 0) {
            return 0;
        }
        double days = Duration.between(last, now).toMillis() / 86_400_000.0;
        int moves = 0;
        for (String ocid : em.createQuery("select s.ocid from TenderSchedule s where s.cancelled = false"
                        + " and s.closedAt is null and s.submissionDeadline > :now order by s.ocid", String.class)
                .setParameter("now", now).getResultList()) {
            int count = Math.min(MOST_MOVES_PER_LOOK, poisson(config.decoys().perDay() * days, randomness));
            for (int i = 0; i < count; i++) {
                moves += move(ocid, now, randomness) ? 1 : 0;
            }
        }
        return moves;
    }

    /**
     * One move on one tender: a new decoy while fewer than {@code most-current} are current, otherwise
     * (and at random) a replacement or a withdrawal of a current one. False when the tender no longer
     * accepts bids or has no key.
     */
    @Transactional
    public boolean move(String ocid, Instant now, RandomGenerator randomness) {
        TenderSchedule schedule = em.find(TenderSchedule.class, ocid, LockModeType.PESSIMISTIC_READ);
        TenderKey key = TenderKey.findById(ocid);
        if (schedule == null || key == null || !schedule.acceptsBidsAt(now)) {
            return false;
        }
        int most = config.decoys().mostCurrent();
        List<String> freeTags = new ArrayList<>();
        List<SealedBid> current = new ArrayList<>();
        for (int n = 1; n <= most; n++) {
            String tag = tag(ocid, n);
            SealedBid.<SealedBid>find("ocid = ?1 and bidderTag = ?2 and state = ?3", ocid, tag, SealedBid.CURRENT)
                    .firstResultOptional().ifPresentOrElse(current::add, () -> freeTags.add(tag));
        }
        double dice = randomness.nextDouble();
        if (!freeTags.isEmpty() && (current.isEmpty() || dice < 0.5)) {
            String tag = freeTags.get(randomness.nextInt(freeTags.size()));
            seal(schedule, key, UUID.randomUUID(), 1, tag, now, Receipt.Kind.SUBMITTED, randomness);
        } else if (current.isEmpty()) {
            return false;
        } else {
            SealedBid earlier = current.get(randomness.nextInt(current.size()));
            if (dice < 0.85) {
                earlier.state = SealedBid.SUPERSEDED;
                em.flush();
                seal(schedule, key, earlier.bidId, earlier.version + 1, earlier.bidderTag, now, Receipt.Kind.REPLACED,
                        randomness);
            } else {
                earlier.state = SealedBid.WITHDRAWN;
                metrics.withdrawn();
                log(schedule.ocid, earlier.bidderTag, new Receipt(schedule.ocid, earlier.bidId.toString(),
                        earlier.version, List.of(earlier.lotIds.split(",")), Receipt.Kind.WITHDRAWN, now,
                        earlier.envelopeSha256), now, randomness);
            }
        }
        return true;
    }

    private void seal(TenderSchedule schedule, TenderKey key, UUID bidId, int version, String tag, Instant now,
            Receipt.Kind kind, RandomGenerator randomness) {
        byte[] padding = new byte[paddingSize(randomness)];
        random.nextBytes(padding);
        byte[] content = BidSubmissions.json(new DecoyContent(true, Base64.getEncoder().encodeToString(padding)))
                .getBytes(StandardCharsets.UTF_8);
        SealedEnvelope envelope = BidSealer.seal(TenderKeys.publicKeyFrom(key.publicKey), content,
                BidSubmissions.context(schedule.ocid, bidId, version), random);
        List<String> lots = lots(schedule.lotCount, randomness);
        SealedBid bid = new SealedBid();
        bid.id = UUID.randomUUID();
        bid.ocid = schedule.ocid;
        bid.bidId = bidId;
        bid.version = version;
        bid.bidderTag = tag;
        bid.envelope = envelope.toBytes();
        bid.envelopeSha256 = envelope.sha256();
        bid.lotIds = String.join(",", lots);
        bid.receivedAt = now;
        bid.noticeVersion = schedule.noticeVersion;
        bid.state = SealedBid.CURRENT;
        bid.persist();
        metrics.sealed(kind);
        log(schedule.ocid, tag, new Receipt(schedule.ocid, bidId.toString(), version, lots, kind, now,
                bid.envelopeSha256), now, randomness);
    }

    /** The request log gets its row as for a supplier's request: keyed by a hash, with the signed receipt. */
    private void log(String ocid, String tag, Receipt receipt, Instant now, RandomGenerator randomness) {
        BidRequest request = new BidRequest();
        request.requestKey = BidSubmissions.sha256Hex(tag + "|" + ocid + "|" + UUID.randomUUID());
        request.requestSha256 = BidSubmissions.sha256Hex(receipt.kind() + "|" + randomness.nextLong());
        request.receipt = BidSubmissions.json(new BidSubmissions.SignedReceipt(receipt,
                Base64.getEncoder().encodeToString(submissions.signer().sign(receipt))));
        request.createdAt = now;
        request.persist();
    }

    /** A non-empty random set of the tender's lots, in order. */
    private static List<String> lots(int lotCount, RandomGenerator randomness) {
        List<String> lots = new ArrayList<>();
        while (lots.isEmpty()) {
            for (int lot = 1; lot <= lotCount; lot++) {
                if (lotCount == 1 || randomness.nextDouble() < 0.5) {
                    lots.add("lot-" + lot);
                }
            }
        }
        return lots.stream().sorted().toList();
    }

    /**
     * Padding that makes the sealed content as large as a bid's: about a third of bids carry prices and
     * answers only (a few hundred bytes), the others documents (log-uniform from 8 KiB to 512 KiB).
     */
    static int paddingSize(RandomGenerator randomness) {
        if (randomness.nextDouble() < 0.35) {
            return 150 + randomness.nextInt(450);
        }
        double log = Math.log(8 * 1024) + randomness.nextDouble() * (Math.log(512 * 1024) - Math.log(8 * 1024));
        return (int) Math.exp(log);
    }

    /** A Poisson-distributed count with the given mean (Knuth's method; the means here are small). */
    static int poisson(double mean, RandomGenerator randomness) {
        double limit = Math.exp(-Math.min(mean, 30));
        int count = 0;
        double product = randomness.nextDouble();
        while (product > limit) {
            count++;
            product *= randomness.nextDouble();
        }
        return count;
    }

    /** Whether sealed content, once opened, is a decoy's. */
    public static boolean isDecoy(byte[] content) {
        try {
            JsonNode node = JSON.readTree(content);
            return node != null && node.path("decoy").asBoolean(false) && node.size() == 2 && node.has("padding");
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** The bidder tag of a tender's n-th decoy: a keyed hash, like a supplier's, meaningless without the key. */
    String tag(String ocid, int n) {
        return submissions.keyedTag("decoy|" + ocid + "|" + n);
    }
}
