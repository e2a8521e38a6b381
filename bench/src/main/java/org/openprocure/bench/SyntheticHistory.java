package org.openprocure.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.openprocure.events.Actor;
import org.openprocure.events.EventEnvelope;
import org.openprocure.events.EventHashing;
import org.openprocure.events.EventJson;
import org.openprocure.events.EventType;
import org.openprocure.events.EventTypes;
import org.openprocure.events.Money;
import org.openprocure.events.Organization;
import org.openprocure.events.Period;
import org.openprocure.events.bid.BidsOpened;
import org.openprocure.events.bid.KeyShareCollected;
import org.openprocure.events.bid.SealingKeyGenerated;
import org.openprocure.events.contract.ContractCompleted;
import org.openprocure.events.contract.ContractSigned;
import org.openprocure.events.contract.ContractTerminated;
import org.openprocure.events.contract.MilestoneRecorded;
import org.openprocure.events.contract.PaymentRecorded;
import org.openprocure.events.evaluation.AwardConfirmed;
import org.openprocure.events.evaluation.AwardProposed;
import org.openprocure.events.evaluation.CommitteeAssigned;
import org.openprocure.events.evaluation.ComplaintDecided;
import org.openprocure.events.evaluation.ComplaintFiled;
import org.openprocure.events.evaluation.ConflictOfInterestDeclared;
import org.openprocure.events.evaluation.EvaluationConcluded;
import org.openprocure.events.evaluation.QualificationDecided;
import org.openprocure.events.evaluation.QualityScoresSubmitted;
import org.openprocure.events.evaluation.TenderUnsuccessful;
import org.openprocure.events.tender.CommentTarget;
import org.openprocure.events.tender.EnquiryAnswered;
import org.openprocure.events.tender.EnquiryAsked;
import org.openprocure.events.tender.TenderAmended;
import org.openprocure.events.tender.TenderPublished;
import org.openprocure.events.tender.TenderingClosed;

/**
 * The whole event history of synthetic procurement processes, as the four producing services would have
 * published it: valid envelopes (the project's {@link EventEnvelope}, sealed by {@link EventHashing}) in
 * one hash chain per producer and aggregate: the tender (tender-service), its sealing (bid-service), its
 * evaluation (evaluation-service) and each contract (contract-service). The same for the same seed,
 * event ids included. A process: the notice, enquiries and answers, sometimes an amendment, the close;
 * the sealing key, the key cards, the opening with one to eight bids over one to four lots; the committee,
 * conflict declarations, qualification of every bid per lot (about one in ten disqualified), quality scores
 * under rated criteria, award proposals (or the lot unsuccessful), now and then a complaint, the
 * confirmations and the conclusion; then per awarded lot the contract signed, its milestones, payments and
 * completion (a few terminated).
 */
final class SyntheticHistory {

    /** One event on the wire: its topic, its key (the ocid), its type and the envelope's JSON. */
    record Record(String topic, String ocid, String type, String json) {
    }

    private static final Instant FIRST = Instant.parse("2021-01-04T08:00:00Z");
    private static final List<String[]> OFFICERS = List.of(new String[] {"officer.anna", "Anna Kowalczyk"},
            new String[] {"officer.bruno", "Bruno Díaz"}, new String[] {"officer.chloe", "Chloé Martin"},
            new String[] {"officer.dmitri", "Dmitri Volkov"}, new String[] {"officer.eun-ji", "Eun-ji Park"});
    private static final List<String[]> EVALUATORS = List.of(new String[] {"evaluator.dana", "Dana Novák"},
            new String[] {"evaluator.ines", "Inês Ferreira"}, new String[] {"evaluator.emeka", "Emeka Okafor"});
    private static final String[] QUESTIONS = {
        "May an equivalent product of another standard be offered?",
        "Is a site visit required before bidding, and how is it booked?",
        "Can the delivery schedule be split into two phases?",
        "Which insurance cover is expected for the contract period?"};

    private final Random random;
    private final SyntheticMarket market;
    private final String prefix;

    SyntheticHistory(long seed, String prefix) {
        this.random = new Random(seed);
        this.market = new SyntheticMarket(random, 400, 6000);
        this.prefix = prefix;
    }

    /** One hash chain: a producer's aggregate, sealed event after event. */
    private final class Chain {
        final String producer;
        final String topic;
        final String aggregateId;
        final String ocid;
        final List<Record> out;
        long sequence;
        String prevHash;

        Chain(String producer, String topic, String aggregateId, String ocid, List<Record> out) {
            this.producer = producer;
            this.topic = topic;
            this.aggregateId = aggregateId;
            this.ocid = ocid;
            this.out = out;
        }

        <P> void next(EventType<P> type, Actor actor, Instant at, P payload) {
            EventEnvelope unsealed = new EventEnvelope(uuid(), type.name(), type.schemaVersion(), ocid, aggregateId,
                    ++sequence, EventJson.truncate(at), producer, actor, prevHash, null, EventJson.toTree(payload));
            EventEnvelope sealed = EventHashing.seal(unsealed);
            prevHash = sealed.hash();
            out.add(new Record(topic, ocid, type.name(), EventJson.toJson(sealed)));
        }
    }

    private record Bidder(SyntheticMarket.Party party, String bidId, Map<String, BigDecimal> prices,
            Map<String, Boolean> qualified, Instant receivedAt) {
    }

    /** Every event of process number {@code number}, each producer's in the order it published them. */
    List<Record> process(int number) {
        List<Record> tenderEvents = new ArrayList<>();
        List<Record> bidEvents = new ArrayList<>();
        List<Record> evaluationEvents = new ArrayList<>();
        List<Record> contractEvents = new ArrayList<>();

        int buyerIndex = random.nextInt(market.buyers.size());
        SyntheticMarket.Party buyerParty = market.buyers.get(buyerIndex);
        Organization buyer = new Organization(buyerParty.id(), buyerParty.name());
        int[] divisions = market.buyerDivisions.get(buyerIndex);
        int division = divisions[random.nextInt(divisions.length)];
        SyntheticMarket.Division cpv = SyntheticMarket.DIVISIONS.get(division);
        Instant published = FIRST.plus(Duration.ofMinutes(random.nextInt(5 * 365 * 24 * 60)))
                .truncatedTo(ChronoUnit.MINUTES);
        String ocid = String.format("%s-T-%d-%06d", prefix, published.atZone(java.time.ZoneOffset.UTC).getYear(), number);
        String tenderId = uuid().toString();
        Actor officer = new Actor("officer", pseudonym());
        Actor officer2 = new Actor("officer", pseudonym());
        boolean rated = random.nextInt(10) < 3;
        String method = random.nextInt(10) < 8 ? "open" : "selective";

        int lotCount = random.nextInt(100) < 50 ? 1 : random.nextInt(100) < 60 ? 2 : 3 + random.nextInt(2);
        List<TenderPublished.Lot> lots = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int l = 1; l <= lotCount; l++) {
            BigDecimal estimate = amount((cpv.category().equals("works") ? 400_000 : 100_000)
                    * Math.exp(random.nextGaussian() * 0.8));
            total = total.add(estimate);
            SyntheticMarket.Cpv code = cpv.items().get(random.nextInt(cpv.items().size()));
            lots.add(new TenderPublished.Lot("lot-" + l, "Lot " + l + ": " + code.description(),
                    code.description() + " as specified in the technical specification, lot " + l + ".",
                    new Money(estimate, "EUR"), "active",
                    List.of(new TenderPublished.Item("item-" + l, code.description(),
                            BigDecimal.valueOf(1 + random.nextInt(5000)), code.unit(),
                            new TenderPublished.Classification("CPV", code.id(), code.description())))));
        }
        Instant deadline = published.plus(Duration.ofDays(15 + random.nextInt(46))).truncatedTo(ChronoUnit.DAYS)
                .plus(Duration.ofHours(12));
        Instant opening = deadline.plus(Duration.ofMinutes(30));
        List<TenderPublished.Member> committee = new ArrayList<>();
        for (String[] o : OFFICERS.subList(0, 3)) {
            committee.add(new TenderPublished.Member(o[0], o[1]));
        }
        TenderPublished notice = new TenderPublished(tenderId, 1,
                cpv.items().get(0).description() + " for " + buyer.name(),
                "Supply and services of " + cpv.items().get(0).description().toLowerCase() + " for " + buyer.name()
                        + ", in " + lotCount + " lot(s).",
                buyer, method, null, cpv.category(), rated ? "ratedCriteria" : "priceOnly",
                rated ? List.of(new TenderPublished.Criterion("Price", "price", 70),
                        new TenderPublished.Criterion("Technical approach", "quality", 30)) : List.of(),
                new Money(total, "EUR"), lots, null, new Period(published, deadline),
                new Period(published, deadline.minus(Duration.ofDays(10))), opening, 90,
                new TenderPublished.OpeningCommittee(2, committee),
                List.of(new TenderPublished.Document(uuid().toString(), "tenderNotice", "Contract notice, version 1",
                        "notice-v1.pdf", 20_000 + random.nextInt(20_000), sha256())),
                published);

        Chain tender = new Chain("tender-service", "procurement.tender", tenderId, ocid, tenderEvents);
        tender.next(EventTypes.TENDER_PUBLISHED, officer, published, notice);
        int enquiries = random.nextInt(4);
        for (int q = 1; q <= enquiries; q++) {
            String enquiryId = uuid().toString();
            Instant asked = published.plus(Duration.ofHours(24L * q + random.nextInt(24)));
            tender.next(EventTypes.ENQUIRY_ASKED, new Actor("supplier", pseudonym()), asked,
                    new EnquiryAsked(tenderId, enquiryId, q, new CommentTarget("lot", null, "lot-1", null),
                            "Supplier " + HexFormat.of().toHexDigits(random.nextInt()).substring(2).toUpperCase(),
                            QUESTIONS[random.nextInt(QUESTIONS.length)], asked));
            Instant answered = asked.plus(Duration.ofHours(4 + random.nextInt(48)));
            tender.next(EventTypes.ENQUIRY_ANSWERED, officer, answered, new EnquiryAnswered(tenderId, enquiryId, q,
                    "Yes, provided the offer shows equivalence with the standard named in the specification.",
                    answered, false));
        }
        if (random.nextInt(5) == 0) {
            Instant amended = published.plus(Duration.ofDays(5));
            BigDecimal before = lots.get(0).value().amount();
            BigDecimal after = before.multiply(BigDecimal.valueOf(1.1)).setScale(2, RoundingMode.HALF_UP);
            List<TenderPublished.Lot> newLots = new ArrayList<>(lots);
            TenderPublished.Lot first = lots.get(0);
            newLots.set(0, new TenderPublished.Lot(first.id(), first.title(), first.description(),
                    new Money(after, "EUR"), first.status(), first.items()));
            TenderPublished v2 = new TenderPublished(tenderId, 2, notice.title(), notice.description(), buyer, method,
                    null, notice.mainProcurementCategory(), notice.awardCriteria(), notice.criteria(),
                    new Money(total.add(after).subtract(before), "EUR"), newLots, null, notice.tenderPeriod(),
                    notice.enquiryPeriod(), opening, 90, notice.openingCommittee(), notice.documents(), published);
            tender.next(EventTypes.TENDER_AMENDED, officer, amended, new TenderAmended(tenderId, 2,
                    "Quantities corrected after the site survey.",
                    List.of(new TenderAmended.Change("lots[0].value.amount", before.toPlainString(),
                            after.toPlainString())), false, false, v2));
            lots = newLots;
        }
        tender.next(EventTypes.TENDERING_CLOSED, Actor.system("tender-service"), deadline,
                new TenderingClosed(tenderId, deadline, opening));

        // Sealing and opening.
        Chain sealing = new Chain("bid-service", "procurement.bid", uuid().toString(), ocid, bidEvents);
        List<SealingKeyGenerated.Holder> holders = new ArrayList<>();
        for (int h = 0; h < 3; h++) {
            holders.add(new SealingKeyGenerated.Holder(h + 1, OFFICERS.get(h)[0], OFFICERS.get(h)[1]));
        }
        sealing.next(EventTypes.SEALING_KEY_GENERATED, Actor.system("bid-service"), published.plusSeconds(1),
                new SealingKeyGenerated(tenderId, base64url(32), sha256(), 2, holders));
        for (int h = 0; h < 3; h++) {
            sealing.next(EventTypes.KEY_SHARE_COLLECTED, new Actor("officer", pseudonym()),
                    published.plus(Duration.ofHours(1 + h)), new KeyShareCollected(tenderId, h + 1, OFFICERS.get(h)[0]));
        }
        int bidderCount = random.nextInt(7) == 0 ? 1 : 2 + random.nextInt(7);
        List<Bidder> bidders = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int b = 0; b < bidderCount; b++) {
            SyntheticMarket.Party party = market.bidder(random, division);
            if (!seen.add(party.id())) {
                continue;
            }
            Map<String, BigDecimal> prices = new LinkedHashMap<>();
            Map<String, Boolean> qualified = new LinkedHashMap<>();
            for (TenderPublished.Lot lot : lots) {
                if (prices.isEmpty() || random.nextInt(3) > 0) {
                    prices.put(lot.id(), amount(lot.value().amount().doubleValue() * (0.72 + 0.45 * random.nextDouble())));
                    qualified.put(lot.id(), random.nextInt(10) > 0);
                }
            }
            bidders.add(new Bidder(party, uuid().toString(), prices, qualified,
                    deadline.minus(Duration.ofMinutes(1 + random.nextInt(60 * 24 * 10)))));
        }
        List<BidsOpened.Bid> opened = new ArrayList<>();
        for (Bidder bidder : bidders) {
            List<BidsOpened.LotPrice> prices = new ArrayList<>();
            bidder.prices().forEach((lot, price) -> prices.add(new BidsOpened.LotPrice(lot, price, "EUR")));
            opened.add(new BidsOpened.Bid(bidder.bidId(), 1, bidder.party().id(), bidder.party().name(),
                    bidder.receivedAt(), sha256(), prices,
                    rated ? List.of(new BidsOpened.Answer("Technical approach",
                            "Two crews in shifts; the work plan keeps the site open to the public.")) : List.of(),
                    List.of(new BidsOpened.Document("Price schedule", "price-schedule.pdf", sha256())),
                    false, true, null));
        }
        Instant openedAt = opening.plus(Duration.ofMinutes(1 + random.nextInt(20)));
        sealing.next(EventTypes.BIDS_OPENED, officer2, openedAt, new BidsOpened(tenderId, openedAt, opened.size(),
                List.of(OFFICERS.get(0)[0], OFFICERS.get(2)[0]), opened, List.of()));

        // Evaluation.
        Chain evaluation = new Chain("evaluation-service", "procurement.evaluation", uuid().toString(), ocid,
                evaluationEvents);
        Instant t = openedAt.plus(Duration.ofHours(2));
        int evaluatorCount = 2 + random.nextInt(2);
        List<CommitteeAssigned.Member> members = new ArrayList<>();
        List<Actor> evaluatorActors = new ArrayList<>();
        for (int e = 0; e < evaluatorCount; e++) {
            members.add(new CommitteeAssigned.Member(EVALUATORS.get(e)[0], EVALUATORS.get(e)[1], e == 0));
            evaluatorActors.add(new Actor("evaluator", pseudonym()));
        }
        evaluation.next(EventTypes.COMMITTEE_ASSIGNED, officer, t, new CommitteeAssigned(tenderId, members));
        for (int e = 0; e < evaluatorCount; e++) {
            List<ConflictOfInterestDeclared.Declaration> declarations = new ArrayList<>();
            for (Bidder bidder : bidders) {
                declarations.add(new ConflictOfInterestDeclared.Declaration(bidder.party().id(), bidder.party().name(),
                        false, null));
            }
            t = t.plus(Duration.ofMinutes(20 + random.nextInt(600)));
            evaluation.next(EventTypes.CONFLICT_OF_INTEREST_DECLARED, evaluatorActors.get(e), t,
                    new ConflictOfInterestDeclared(tenderId, EVALUATORS.get(e)[0], EVALUATORS.get(e)[1], declarations,
                            false));
        }
        for (Bidder bidder : bidders) {
            for (Map.Entry<String, Boolean> lot : bidder.qualified().entrySet()) {
                t = t.plus(Duration.ofMinutes(5 + random.nextInt(120)));
                evaluation.next(EventTypes.QUALIFICATION_DECIDED, evaluatorActors.get(0), t,
                        new QualificationDecided(tenderId, lot.getKey(), bidder.bidId(), bidder.party().id(),
                                bidder.party().name(), lot.getValue(), lot.getValue()
                                ? "Turnover, references and insurance as required."
                                : "No valid insurance certificate for the contract period.",
                                List.of(new QualificationDecided.Document("Price schedule", "price-schedule.pdf",
                                        sha256())), EVALUATORS.get(0)[0]));
            }
        }
        if (rated) {
            for (Bidder bidder : bidders) {
                for (int e = 0; e < evaluatorCount; e++) {
                    t = t.plus(Duration.ofMinutes(10 + random.nextInt(120)));
                    evaluation.next(EventTypes.QUALITY_SCORES_SUBMITTED, evaluatorActors.get(e), t,
                            new QualityScoresSubmitted(tenderId, bidder.bidId(), bidder.party().id(),
                                    EVALUATORS.get(e)[0], List.of(new QualityScoresSubmitted.Score("Technical approach",
                                            BigDecimal.valueOf(10 + random.nextInt(21)), 30,
                                            "Clear work plan; staffing as described."))));
                }
            }
        }
        List<AwardConfirmed> confirmations = new ArrayList<>();
        List<EvaluationConcluded.LotOutcome> outcomes = new ArrayList<>();
        Instant proposedAt = t.plus(Duration.ofDays(1));
        for (TenderPublished.Lot lot : lots) {
            List<Bidder> ranked = bidders.stream()
                    .filter(b -> Boolean.TRUE.equals(b.qualified().get(lot.id())))
                    .sorted(java.util.Comparator.comparing(b -> b.prices().get(lot.id())))
                    .toList();
            if (ranked.isEmpty()) {
                evaluation.next(EventTypes.TENDER_UNSUCCESSFUL, evaluatorActors.get(0), proposedAt,
                        new TenderUnsuccessful(tenderId, lot.id(), "No bid for the lot was qualified.", false));
                outcomes.add(new EvaluationConcluded.LotOutcome(lot.id(), "unsuccessful"));
                continue;
            }
            List<AwardProposed.RankedBid> ranking = new ArrayList<>();
            for (int r = 0; r < ranked.size(); r++) {
                Bidder b = ranked.get(r);
                ranking.add(new AwardProposed.RankedBid(r + 1, b.bidId(), b.party().id(), b.party().name(),
                        new Money(b.prices().get(lot.id()), "EUR"), null, null, null));
            }
            Bidder winner = ranked.get(0);
            Organization supplier = new Organization(winner.party().id(), winner.party().name());
            Money value = new Money(winner.prices().get(lot.id()), "EUR");
            String awardId = uuid().toString();
            Instant standstillEnds = proposedAt.plus(Duration.ofDays(10));
            evaluation.next(EventTypes.AWARD_PROPOSED, evaluatorActors.get(0), proposedAt, new AwardProposed(tenderId,
                    lot.id(), awardId, winner.bidId(), supplier, value, rated ? "bestPriceQuality" : "lowestPrice",
                    ranking, standstillEnds, sha256()));
            if (ranked.size() > 1 && random.nextInt(25) == 0) {
                Bidder complainant = ranked.get(1);
                evaluation.next(EventTypes.COMPLAINT_FILED, new Actor("supplier", pseudonym()),
                        proposedAt.plus(Duration.ofDays(3)), new ComplaintFiled(tenderId, lot.id(), awardId, 1,
                                new Organization(complainant.party().id(), complainant.party().name()),
                                "The winning price is abnormally low and was not questioned."));
                standstillEnds = proposedAt.plus(Duration.ofDays(14));
                evaluation.next(EventTypes.COMPLAINT_DECIDED, evaluatorActors.get(0), proposedAt.plus(Duration.ofDays(6)),
                        new ComplaintDecided(tenderId, lot.id(), awardId, 1, "dismissed",
                                "The price was checked against the estimate and the market and is sustainable.",
                                standstillEnds));
            }
            Instant confirmedAt = standstillEnds.plus(Duration.ofMinutes(1));
            AwardConfirmed confirmed = new AwardConfirmed(tenderId, lot.id(), awardId, winner.bidId(), supplier, value,
                    confirmedAt, sha256());
            evaluation.next(EventTypes.AWARD_CONFIRMED, Actor.system("evaluation-service"), confirmedAt, confirmed);
            confirmations.add(confirmed);
            outcomes.add(new EvaluationConcluded.LotOutcome(lot.id(), "awarded"));
        }
        evaluation.next(EventTypes.EVALUATION_CONCLUDED, evaluatorActors.get(0), proposedAt.plus(Duration.ofDays(15)),
                new EvaluationConcluded(tenderId, confirmations.isEmpty() ? "unsuccessful" : "awarded", outcomes));

        // Contracts, one per confirmed award.
        for (AwardConfirmed award : confirmations) {
            String contractId = UUID.nameUUIDFromBytes((ocid + '/' + award.awardId()).getBytes(StandardCharsets.UTF_8))
                    .toString();
            Chain contract = new Chain("contract-service", "procurement.contract", contractId, ocid, contractEvents);
            Instant signed = award.confirmedAt().plus(Duration.ofDays(3 + random.nextInt(20))).truncatedTo(ChronoUnit.DAYS)
                    .plus(Duration.ofHours(10));
            Instant start = signed.plus(Duration.ofDays(14)).truncatedTo(ChronoUnit.DAYS);
            Instant end = start.plus(Duration.ofDays(60 + random.nextInt(300)));
            Money value = award.value();
            contract.next(EventTypes.CONTRACT_SIGNED, officer, signed, new ContractSigned(tenderId, contractId,
                    award.awardId(), award.lotId(), buyer, award.supplier(), value, value, signed,
                    new Period(start, end), new ContractSigned.Document(uuid().toString(), "Signed contract",
                            "contract-" + award.lotId() + ".pdf", 100_000 + random.nextInt(200_000), sha256())));
            Instant half = start.plus(Duration.between(start, end).dividedBy(2)).truncatedTo(ChronoUnit.DAYS);
            for (int m = 1; m <= 2; m++) {
                contract.next(EventTypes.MILESTONE_RECORDED, officer, signed.plus(Duration.ofHours(m)),
                        new MilestoneRecorded(tenderId, contractId, "milestone-" + m, m == 1 ? "First half delivered"
                                : "Delivery completed", "As set out in the contract's schedule.", m == 1 ? half : end,
                                "scheduled", null));
            }
            BigDecimal first = value.amount().divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
            boolean terminated = random.nextInt(33) == 0;
            Organization payee = award.supplier();
            contract.next(EventTypes.MILESTONE_RECORDED, officer, half.plus(Duration.ofDays(2)),
                    new MilestoneRecorded(tenderId, contractId, "milestone-1", "First half delivered",
                            "As set out in the contract's schedule.", half, "met", half.plus(Duration.ofDays(1))));
            contract.next(EventTypes.PAYMENT_RECORDED, officer, half.plus(Duration.ofDays(20)), new PaymentRecorded(tenderId,
                    contractId, "payment-1", half.plus(Duration.ofDays(20)), new Money(first, "EUR"), buyer, payee,
                    "milestone-1", "First instalment."));
            if (terminated) {
                contract.next(EventTypes.CONTRACT_TERMINATED, officer, half.plus(Duration.ofDays(40)),
                        new ContractTerminated(tenderId, contractId, half.plus(Duration.ofDays(40)),
                                "The supplier stopped work after the first milestone.", new Money(first, "EUR")));
                continue;
            }
            contract.next(EventTypes.MILESTONE_RECORDED, officer, end.plus(Duration.ofDays(2)),
                    new MilestoneRecorded(tenderId, contractId, "milestone-2", "Delivery completed",
                            "As set out in the contract's schedule.", end, "met", end.plus(Duration.ofDays(1))));
            contract.next(EventTypes.PAYMENT_RECORDED, officer, end.plus(Duration.ofDays(20)), new PaymentRecorded(tenderId,
                    contractId, "payment-2", end.plus(Duration.ofDays(20)),
                    new Money(value.amount().subtract(first), "EUR"), buyer, payee, "milestone-2", "Final instalment."));
            contract.next(EventTypes.CONTRACT_COMPLETED, officer, end.plus(Duration.ofDays(25)),
                    new ContractCompleted(tenderId, contractId, end.plus(Duration.ofDays(25)), value, value));
        }

        List<Record> all = new ArrayList<>(tenderEvents.size() + bidEvents.size() + evaluationEvents.size()
                + contractEvents.size());
        all.addAll(tenderEvents);
        all.addAll(bidEvents);
        all.addAll(evaluationEvents);
        all.addAll(contractEvents);
        return all;
    }

    /** A version-4 UUID drawn from the seeded generator, so that a run can be repeated event id for event id. */
    private UUID uuid() {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }

    private String pseudonym() {
        return "p-" + HexFormat.of().toHexDigits(random.nextLong());
    }

    private String sha256() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private String base64url(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static BigDecimal amount(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}
