package org.openprocure.bid.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.openprocure.bid.KeyShareHolding;
import org.openprocure.bid.TenderKey;
import org.openprocure.bid.TenderSchedule;
import org.openprocure.bid.sealing.KeyCard;
import org.openprocure.bid.sealing.ShamirSecretSharing;
import org.openprocure.bid.sealing.ShamirSecretSharing.Share;
import org.openprocure.bid.sealing.TenderKeys;
import org.openprocure.events.Actor;
import org.openprocure.events.EventJson;
import org.openprocure.events.EventTypes;
import org.openprocure.events.bid.KeyShareCollected;
import org.openprocure.events.bid.SealingKeyGenerated;
import org.openprocure.events.tender.TenderPublished;
import org.openprocure.support.outbox.EventOutbox;
import org.openprocure.support.problem.ProblemException;
import org.openprocure.support.security.CurrentUser;

/**
 * The key ceremony: when a tender is published, a key pair is made for it, the private half split
 * k-of-n among the opening committee and forgotten; each member then collects their key card once.
 */
@ApplicationScoped
public class KeyCeremony {

    static final Actor SYSTEM = new Actor("system", "bid-service");

    private final Clock clock;
    private final EventOutbox outbox;
    private final EntityManager em;
    private final ShareVault vault;
    private final SecureRandom random = new SecureRandom();

    KeyCeremony(Clock clock, EventOutbox outbox, EntityManager em, ShareVault vault) {
        this.clock = clock;
        this.outbox = outbox;
        this.em = em;
        this.vault = vault;
    }

    /** What a member takes away from collecting: the card's text and its printable PDF. */
    public record CollectedCard(String ocid, int index, String holderName, String text, String fingerprint,
            int threshold, int holders, byte[] pdf) {
    }

    /** Makes the tender's key, once; runs in the transaction that applies the TenderPublished event. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void keyFor(String ocid, TenderPublished tender) {
        if (TenderKey.findById(ocid) != null) {
            return;
        }
        TenderKeys keys = TenderKeys.generate(random);
        byte[] privateKey = keys.rawPrivateKey();
        List<Share> shares;
        try {
            shares = new ShamirSecretSharing(random).split(privateKey, tender.openingCommittee().threshold(),
                    tender.openingCommittee().members().size());
        } finally {
            // The private key is never written anywhere; its bytes do not outlive the split.
            Arrays.fill(privateKey, (byte) 0);
        }
        Instant now = EventJson.truncate(clock.instant());
        TenderKey key = new TenderKey();
        key.ocid = ocid;
        key.publicKey = keys.rawPublicKey();
        key.fingerprint = keys.fingerprint();
        key.threshold = tender.openingCommittee().threshold();
        key.createdAt = now;
        key.persist();
        List<SealingKeyGenerated.Holder> holders = new ArrayList<>();
        for (int i = 0; i < shares.size(); i++) {
            TenderPublished.Member member = tender.openingCommittee().members().get(i);
            KeyCard card = KeyCard.of(ocid, shares.get(i));
            KeyShareHolding holding = new KeyShareHolding();
            holding.key = new KeyShareHolding.Key(ocid, shares.get(i).index());
            holding.holderUsername = member.username();
            holding.holderName = member.name();
            holding.shareHash = card.shareHash();
            holding.wrappedShare = vault.wrap(ocid, holding.key.index, card.text());
            holding.persist();
            holders.add(new SealingKeyGenerated.Holder(holding.key.index, member.username(), member.name()));
        }
        outbox.append(EventTypes.SEALING_KEY_GENERATED, ocid, aggregateOf(ocid), SYSTEM,
                new SealingKeyGenerated(tender.tenderId(), keys.publicKeyBase64Url(), keys.fingerprint(),
                        key.threshold, holders));
    }

    /** The caller's key card, handed out exactly once; afterwards the service keeps only its hash. */
    @Transactional
    public CollectedCard collect(String ocid, CurrentUser officer) {
        TenderSchedule schedule = buyersTender(ocid, officer);
        TenderKey key = TenderKey.findById(ocid);
        if (key == null) {
            throw ProblemException.notFound("Tender " + ocid + " has no sealing key yet.");
        }
        KeyShareHolding holding = KeyShareHolding.<KeyShareHolding>find("key.ocid = ?1 and holderUsername = ?2", ocid,
                officer.username()).firstResultOptional()
                .orElseThrow(() -> ProblemException.forbidden("You are not on the opening committee of " + ocid + "."));
        em.lock(holding, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(holding);
        if (holding.isCollected()) {
            throw ProblemException.conflict("Your key card for " + ocid + " was collected at " + holding.collectedAt
                    + "; it is handed out only once. If it is lost, the opening needs " + key.threshold
                    + " of the other cards.");
        }
        String text = vault.unwrap(ocid, holding.key.index, holding.wrappedShare);
        holding.wrappedShare = null;
        holding.collectedAt = EventJson.truncate(clock.instant());
        long holders = KeyShareHolding.count("key.ocid", ocid);
        outbox.append(EventTypes.KEY_SHARE_COLLECTED, ocid, aggregateOf(ocid), officer.actor("officer"),
                new KeyShareCollected(schedule.tenderId, holding.key.index, holding.holderUsername));
        byte[] pdf = org.openprocure.bid.pdf.KeyCardPdf.render(ocid, holding.holderName, holding.key.index, text,
                key.fingerprint, key.threshold, (int) holders, holding.collectedAt);
        return new CollectedCard(ocid, holding.key.index, holding.holderName, text, key.fingerprint, key.threshold,
                (int) holders, pdf);
    }

    /** Who holds a share of the tender's key and who has collected it, for the buyer's officers. */
    @Transactional
    public List<KeyShareHolding> holders(String ocid, CurrentUser officer) {
        buyersTender(ocid, officer);
        return KeyShareHolding.list("key.ocid = ?1 order by key.index", ocid);
    }

    @Transactional
    public java.util.Optional<TenderKey> publicKey(String ocid) {
        return TenderKey.findByIdOptional(ocid);
    }

    private static TenderSchedule buyersTender(String ocid, CurrentUser officer) {
        TenderSchedule schedule = TenderSchedule.findById(ocid);
        if (schedule == null || !schedule.buyerId.equals(officer.requireOrganisation())) {
            throw ProblemException.notFound("No published tender " + ocid + " of your organisation.");
        }
        return schedule;
    }

    static String aggregateOf(String ocid) {
        return "tender-key/" + ocid;
    }
}
