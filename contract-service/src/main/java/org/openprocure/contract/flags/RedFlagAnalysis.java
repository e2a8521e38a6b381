package org.openprocure.contract.flags;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.openprocure.contract.redflags.Group;
import org.openprocure.contract.redflags.IndicatorEngine;
import org.openprocure.contract.redflags.RedFlags;
import org.openprocure.contract.redflags.Settings;
import org.openprocure.contract.screens.AmendmentScreen;
import org.openprocure.contract.screens.AwardAgainstEstimate;
import org.openprocure.contract.screens.Bid;
import org.openprocure.contract.screens.BidRotationScreen;
import org.openprocure.contract.screens.ContractAmendment;
import org.openprocure.contract.screens.EstimateScreen;
import org.openprocure.contract.screens.LotBids;
import org.openprocure.contract.screens.LotParticipation;
import org.openprocure.contract.screens.MarketScreens;
import org.openprocure.contract.screens.ProcedureMixScreen;
import org.openprocure.contract.screens.ProcedureRecord;
import org.openprocure.contract.screens.Screen;
import org.openprocure.contract.screens.ScreenResult;
import org.openprocure.contract.screens.SupplierAward;
import org.openprocure.contract.screens.SupplierConcentrationScreen;
import org.openprocure.events.EventJson;
import org.openprocure.events.Organization;
import org.openprocure.events.bid.BidsOpened;

/**
 * Runs the Cardinal indicators and the collusion and market screens over the platform's processes and
 * turns every result into a {@link Flag} with its name, a plain-language explanation, the evidence (with
 * the ids of the events the numbers came from) and the threshold that fired. Cancelled processes and
 * processes whose notice has not been read are left out of everything, statistics included.
 */
public final class RedFlagAnalysis {

    /** The indicators' and screens' names, by code. */
    public static final Map<String, String> NAMES = names();

    private final Settings settings;

    public RedFlagAnalysis(Settings settings) {
        this.settings = settings;
    }

    /** The flags of the processes; {@code compiled} holds each process's compiled release by ocid. */
    public List<Flag> analyse(Collection<ProcessFacts> processes, Map<String, JsonNode> compiled) {
        List<ProcessFacts> live = processes.stream().filter(RedFlagAnalysis::analysed)
                .sorted(Comparator.comparing(ProcessFacts::ocid)).toList();
        Context context = new Context(live);
        List<Flag> flags = new ArrayList<>();
        flags.addAll(cardinal(live, compiled, context));
        flags.addAll(screens(live, context));
        flags.sort(Comparator.comparing(Flag::code)
                .thenComparing(f -> f.ocid() == null ? "" : f.ocid())
                .thenComparing(f -> f.lotId() == null ? "" : f.lotId())
                .thenComparing(Flag::subjectType).thenComparing(Flag::subjectId));
        return flags;
    }

    /** Whether a process counts: its notice read, and not cancelled as a whole. */
    public static boolean analysed(ProcessFacts facts) {
        return facts.buyer() != null && !facts.cancelled();
    }

    // ---- Cardinal's indicators ----

    private List<Flag> cardinal(List<ProcessFacts> live, Map<String, JsonNode> compiled, Context context) {
        List<JsonNode> releases = new ArrayList<>();
        for (ProcessFacts facts : live) {
            JsonNode release = compiled.get(facts.ocid());
            if (release != null) {
                releases.add(AnalysisRelease.of(release, facts));
            }
        }
        RedFlags results = IndicatorEngine.evaluate(releases, settings);
        List<Flag> flags = new ArrayList<>();
        for (Group group : Group.values()) {
            results.get(group).forEach((id, codes) -> codes.forEach((code, value) -> {
                RedFlags.Detail detail = results.detail(group, id, code)
                        .orElse(new RedFlags.Detail("flagged by " + code, Map.of()));
                flags.add(cardinalFlag(group, id, code, value, detail, context));
            }));
        }
        return flags;
    }

    private Flag cardinalFlag(Group group, String id, String code, double value, RedFlags.Detail detail,
            Context context) {
        Map<String, Object> e = detail.evidence();
        ObjectNode evidence = evidence(e);
        String name = NAMES.getOrDefault(code, code);
        if (group == Group.OCID) {
            ProcessFacts p = context.byOcid.get(id);
            List<ProcessFacts.EventRef> events = code.equals("R003") ? p.noticeEvents()
                    : code.equals("R018") ? opening(p) : p.bidEvents();
            events(evidence, events);
            return new Flag(code, name, id, p.title(), null, p.buyer().id(), p.buyer().name(), "process", id,
                    p.title(), value, processExplanation(code, p, e), evidence, detail.threshold(), Flag.CARDINAL,
                    p.publishedAt());
        }
        String org = AnalysisRelease.orgId(id);
        String subjectName = context.names.getOrDefault(org, org);
        List<ProcessFacts> involved = group == Group.Tenderer ? context.processesOfTenderer(org)
                : context.processesOfBuyer(org);
        List<ProcessFacts.EventRef> events = new ArrayList<>();
        involved.forEach(p -> events.addAll(p.bidEvents()));
        events(evidence, events);
        String type = switch (group) {
            case Buyer -> "buyer";
            case ProcuringEntity -> "procuringEntity";
            default -> "tenderer";
        };
        boolean organisation = group == Group.Buyer || group == Group.ProcuringEntity;
        return new Flag(code, name, null, null, null, organisation ? org : null, organisation ? subjectName : null,
                type, org, subjectName, value, organisationExplanation(code, subjectName, e), evidence,
                detail.threshold(), Flag.CARDINAL, null);
    }

    private static List<ProcessFacts.EventRef> opening(ProcessFacts p) {
        return p.openingEventId() == null ? List.of()
                : List.of(new ProcessFacts.EventRef("BidsOpened", p.openingEventId()));
    }

    private static String processExplanation(String code, ProcessFacts p, Map<String, Object> e) {
        String t = "“" + p.title() + "” (" + p.ocid() + ")";
        return switch (code) {
            case "R003" -> String.format(Locale.ROOT, "The tender period of %s lasted %s whole days, from %s to %s:"
                    + " a short period leaves bidders little time and can favour one who knew in advance.",
                    t, e.get("days"), e.get("startDate"), e.get("endDate"));
            case "R018" -> String.format(Locale.ROOT, "Only one bid was received for %s, an %s procedure: a"
                    + " competitive procedure that draws a single bid had no competition.", t,
                    e.getOrDefault("procurementMethod", "open"));
            case "R024" -> String.format(Locale.ROOT, "In %s the lowest losing bid (%s %s) was only %s above the"
                    + " winning bid (%s %s), closer than in most processes: cover bids placed just above the"
                    + " winner look like this.", t, amount(e.get("lowestOtherBid")), e.get("currency"),
                    percent(e.get("ratio")), amount(e.get("winningBid")), e.get("currency"));
            case "R028" -> String.format(Locale.ROOT, "In %s two bidders offered exactly the same price, %s %s:"
                    + " identical prices are unlikely without coordination.", t, amount(e.get("amount")),
                    e.get("currency"));
            case "R030" -> String.format(Locale.ROOT, "In %s the winner's bid is dated %s, after the submission"
                    + " deadline of %s.", t, e.get("bidDate"), e.get("tenderPeriodEndDate"));
            case "R035" -> String.format(Locale.ROOT, "In %s every bidder but the winner was disqualified (%s"
                    + " other bidders): disqualifying all competitors can steer an award.", t,
                    e.get("disqualifiedTenderers"));
            case "R036" -> String.format(Locale.ROOT, "In %s the lowest-priced bid (%s %s) was disqualified and a"
                    + " dearer one awarded.", t, amount(e.get("amount")), e.get("currency"));
            case "R058" -> String.format(Locale.ROOT, "In %s the winning bid (%s %s) was %s below the next-lowest"
                    + " bid (%s %s), a far deeper discount than in other processes.", t, amount(e.get("winningBid")),
                    e.get("currency"), percent(e.get("ratio")), amount(e.get("lowestOtherBid")), e.get("currency"));
            default -> "Process " + t + " was flagged by " + code + ".";
        };
    }

    private static String organisationExplanation(String code, String name, Map<String, Object> e) {
        return switch (code) {
            case "R025" -> String.format(Locale.ROOT, "%s bid in %s processes and won %s of them (win ratio %s),"
                    + " unusually few for so frequent a bidder: a firm that keeps bidding and losing may be"
                    + " placing cover bids.", name, e.get("processes"), e.get("wins"), ratio(e.get("winRatio")));
            case "R028" -> String.format(Locale.ROOT, "%s offered exactly the same price as another bidder (%s %s)"
                    + " in %s.", name, amount(e.get("amount")), e.get("currency"), e.get("ocid"));
            case "R038" -> String.format(Locale.ROOT, "%s had %s of %s submitted bids disqualified (%s), at or above"
                    + " the upper fence of its peers' shares (%s).", name, e.get("disqualifiedBids"),
                    e.get("submittedBids"), percent(e.get("share")), percent(e.get("fence")))
                    + (e.get("fence") instanceof Number fence && fence.doubleValue() == 0
                            ? " No peer had a bid disqualified, so the fence is zero and Cardinal's rule flags every"
                                    + " share, this one included: read it as no outlier."
                            : "");
            case "R048" -> String.format(Locale.ROOT, "%s won contracts in %s different CPV divisions (%s),"
                    + " unusually many for one supplier: a firm that supplies everything may be a front.", name,
                    e.get("count"), String.valueOf(e.get("prefixes")).replace("|", ", "));
            case "R058" -> String.format(Locale.ROOT, "%s won %s with a bid %s below the next-lowest one, a far"
                    + " deeper discount than in other processes.", name, e.get("ocid"), percent(e.get("ratio")));
            default -> name + " was flagged by " + code + ".";
        };
    }

    // ---- the screens ----

    private List<Flag> screens(List<ProcessFacts> live, Context context) {
        List<Flag> flags = new ArrayList<>();
        Map<String, LotRef> lots = new LinkedHashMap<>();
        List<LotBids> lotBids = new ArrayList<>();
        List<LotParticipation> participation = new ArrayList<>();
        List<AwardAgainstEstimate> estimates = new ArrayList<>();
        List<ContractAmendment> amendments = new ArrayList<>();
        Map<String, ContractRef> contracts = new LinkedHashMap<>();
        List<ProcedureRecord> procedures = new ArrayList<>();
        List<SupplierAward> supplierAwards = new ArrayList<>();
        for (ProcessFacts p : live) {
            if (p.procurementMethod() != null) {
                procedures.add(new ProcedureRecord(p.buyer().id(), p.procurementMethod()));
            }
            for (ProcessFacts.Lot lot : p.lots().values()) {
                String key = lot.id() + " of " + p.ocid();
                LotRef ref = new LotRef(p, lot);
                lots.put(key, ref);
                lotBids(p, lot, key).ifPresent(lotBids::add);
                Set<String> bidders = new TreeSet<>();
                if (p.opening() != null) {
                    for (BidsOpened.Bid bid : p.opening().bids()) {
                        if (bid.readable() && bid.bidderId() != null && ProcessFacts.price(bid, lot.id()) != null) {
                            bidders.add(bid.bidderId());
                        }
                    }
                }
                String winner = p.awards().stream().filter(a -> lot.id().equals(a.lotId()) && a.supplier() != null)
                        .map(a -> a.supplier().id()).filter(bidders::contains).findFirst().orElse(null);
                if (!bidders.isEmpty()) {
                    participation.add(new LotParticipation(key, bidders, winner));
                    ref.bidders.addAll(bidders);
                }
            }
            for (ProcessFacts.Award award : p.awards()) {
                ProcessFacts.Lot lot = p.lots().get(award.lotId());
                if (award.value() != null && award.supplier() != null) {
                    supplierAwards.add(new SupplierAward(p.buyer().id(), award.supplier().id(),
                            award.value().amount(), award.value().currency()));
                }
                if (lot != null && lot.estimate() != null && award.value() != null
                        && lot.estimate().amount().signum() > 0
                        && lot.estimate().currency().equals(award.value().currency())) {
                    estimates.add(new AwardAgainstEstimate(lot.id() + " of " + p.ocid(), lot.estimate().amount(),
                            award.value().amount(), award.value().currency()));
                }
            }
            for (ProcessFacts.Contract c : p.contracts()) {
                if (c.amendments() > 0 && c.awardValue() != null && c.value() != null
                        && c.awardValue().amount().signum() > 0
                        && c.awardValue().currency().equals(c.value().currency())) {
                    // A contract id counts within its process, as an award id does.
                    String key = c.contractId() + " of " + p.ocid();
                    amendments.add(new ContractAmendment(key, c.awardValue().amount(), c.value().amount(),
                            c.value().currency()));
                    contracts.put(key, new ContractRef(p, c));
                }
            }
        }
        for (ScreenResult r : new MarketScreens().screen(lotBids)) {
            LotRef ref = lots.get(r.subject());
            List<ProcessFacts.EventRef> events = new ArrayList<>(opening(ref.process));
            events.addAll(ref.process.qualificationEvents());
            flags.add(lotFlag(r, ref, r.evidence().get("value"), events));
        }
        for (ScreenResult r : new EstimateScreen().screen(estimates)) {
            LotRef ref = lots.get(r.subject());
            List<ProcessFacts.EventRef> events = new ArrayList<>(ref.process.noticeEvents());
            ref.process.awards().stream().filter(a -> a.lotId().equals(ref.lot.id()))
                    .forEach(a -> events.add(new ProcessFacts.EventRef("AwardConfirmed", a.eventId())));
            flags.add(lotFlag(r, ref, r.evidence().get("ratio"), events));
        }
        for (ScreenResult r : new AmendmentScreen().screen(amendments)) {
            ContractRef ref = contracts.get(r.subject());
            ProcessFacts.Lot lot = ref.process.lots().get(ref.contract.lotId());
            String name = "Contract for " + (lot == null ? ref.contract.lotId() : lot.title());
            flags.add(new Flag(r.code(), NAMES.getOrDefault(r.code(), r.code()), ref.process.ocid(),
                    ref.process.title(), ref.contract.lotId(), ref.process.buyer().id(), ref.process.buyer().name(),
                    "contract", ref.contract.contractId(), name, r.evidence().get("increasePercent"),
                    r.explanation(), events(evidence(r.evidence()), ref.contract.events()), r.threshold(),
                    Flag.SCREEN, ref.contract.lastAmendedAt()));
        }
        List<ScreenResult> rotations = new BidRotationScreen().screen(participation);
        Map<String, Map<String, ProcessFacts>> processesOfPair = processesOfPairs(rotations, lots.values());
        for (ScreenResult r : rotations) {
            String[] pair = r.subject().split("\\+", 2);
            List<ProcessFacts.EventRef> events = new ArrayList<>();
            for (ProcessFacts process : processesOfPair.get(r.subject()).values()) {
                events.addAll(opening(process));
                process.awards().forEach(a -> events.add(new ProcessFacts.EventRef("AwardConfirmed", a.eventId())));
            }
            String name = context.names.getOrDefault(pair[0], pair[0]) + " and "
                    + context.names.getOrDefault(pair[1], pair[1]);
            flags.add(new Flag(r.code(), NAMES.get(r.code()), null, null, null, null, null, "tenderer", r.subject(),
                    name, r.evidence().get("sharedLots"), r.explanation(), events(evidence(r.evidence()), events),
                    r.threshold(), Flag.SCREEN, null));
        }
        for (ScreenResult r : new ProcedureMixScreen().screen(procedures)) {
            List<ProcessFacts.EventRef> events = new ArrayList<>();
            context.processesOfBuyer(r.subject()).forEach(p -> events.addAll(p.noticeEvents()));
            flags.add(buyerFlag(r, r.evidence().get("nonOpenShare"), events, context));
        }
        for (ScreenResult r : new SupplierConcentrationScreen().screen(supplierAwards)) {
            List<ProcessFacts.EventRef> events = new ArrayList<>();
            context.processesOfBuyer(r.subject()).forEach(p -> p.awards().forEach(a ->
                    events.add(new ProcessFacts.EventRef("AwardConfirmed", a.eventId()))));
            flags.add(buyerFlag(r, r.evidence().get("hhi"), events, context));
        }
        return flags;
    }

    /**
     * For each flagged pair ("a+b", a before b), the processes in which both bid on a lot, by ocid in the order
     * of the lots: one pass over the lots, not one per pair.
     */
    private static Map<String, Map<String, ProcessFacts>> processesOfPairs(List<ScreenResult> rotations,
            Collection<LotRef> lots) {
        Map<String, Map<String, ProcessFacts>> byPair = new HashMap<>();
        rotations.forEach(r -> byPair.put(r.subject(), new LinkedHashMap<>()));
        if (byPair.isEmpty()) {
            return byPair;
        }
        for (LotRef ref : lots) {
            List<String> bidders = new ArrayList<>(ref.bidders);
            for (int i = 0; i < bidders.size(); i++) {
                for (int j = i + 1; j < bidders.size(); j++) {
                    Map<String, ProcessFacts> processes = byPair.get(bidders.get(i) + "+" + bidders.get(j));
                    if (processes != null) {
                        processes.putIfAbsent(ref.process.ocid(), ref.process);
                    }
                }
            }
        }
        return byPair;
    }

    /** A lot's bids for the market screens: readable, priced, in one currency, with a CPV division. */
    private static java.util.Optional<LotBids> lotBids(ProcessFacts p, ProcessFacts.Lot lot, String key) {
        if (p.opening() == null || lot.cpv() == null || lot.cpv().length() < 2
                || !Character.isDigit(lot.cpv().charAt(0)) || !Character.isDigit(lot.cpv().charAt(1))) {
            return java.util.Optional.empty();
        }
        List<Bid> bids = new ArrayList<>();
        Set<String> currencies = new TreeSet<>();
        for (BidsOpened.Bid bid : p.opening().bids()) {
            if (!bid.readable() || bid.bidderId() == null || bid.lots() == null) {
                continue;
            }
            for (BidsOpened.LotPrice price : bid.lots()) {
                if (lot.id().equals(price.lotId()) && price.amount() != null && price.amount().signum() > 0
                        && price.currency() != null) {
                    ProcessFacts.Qualification q = p.qualification(bid.bidId(), lot.id());
                    bids.add(new Bid(bid.bidderId(), price.amount(), price.currency(), q == null || q.qualified()));
                    currencies.add(price.currency());
                }
            }
        }
        if (bids.isEmpty() || currencies.size() != 1) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new LotBids(key, p.buyer().id(), lot.cpv(), bids));
    }

    private static Flag lotFlag(ScreenResult r, LotRef ref, Double value, List<ProcessFacts.EventRef> events) {
        ProcessFacts p = ref.process;
        return new Flag(r.code(), NAMES.getOrDefault(r.code(), r.code()), p.ocid(), p.title(), ref.lot.id(),
                p.buyer().id(), p.buyer().name(), "lot", ref.lot.id(), ref.lot.title(), value == null ? 0 : value,
                r.explanation(), events(evidence(r.evidence()), events), r.threshold(), Flag.SCREEN, p.publishedAt());
    }

    private static Flag buyerFlag(ScreenResult r, Double value, List<ProcessFacts.EventRef> events, Context context) {
        String name = context.names.getOrDefault(r.subject(), r.subject());
        return new Flag(r.code(), NAMES.getOrDefault(r.code(), r.code()), null, null, null, r.subject(), name,
                "buyer", r.subject(), name, value == null ? 0 : value, r.explanation(),
                events(evidence(r.evidence()), events), r.threshold(), Flag.SCREEN, null);
    }

    // ---- evidence ----

    private static ObjectNode evidence(Map<String, ?> numbers) {
        ObjectNode node = EventJson.mapper().createObjectNode();
        numbers.forEach((key, value) -> node.set(key, json(value)));
        return node;
    }

    private static JsonNode json(Object value) {
        if (value == null) {
            return EventJson.mapper().nullNode();
        }
        if (value instanceof Collection<?> list) {
            ArrayNode array = EventJson.mapper().createArrayNode();
            list.forEach(v -> array.add(json(v)));
            return array;
        }
        return EventJson.mapper().valueToTree(value);
    }

    private static ObjectNode events(ObjectNode evidence, List<ProcessFacts.EventRef> events) {
        ArrayNode array = evidence.putArray("events");
        Set<String> seen = new LinkedHashSet<>();
        for (ProcessFacts.EventRef ref : events) {
            if (ref.eventId() != null && seen.add(ref.eventId())) {
                array.addObject().put("type", ref.type()).put("eventId", ref.eventId());
            }
        }
        return evidence;
    }

    private static String amount(Object value) {
        return value instanceof Number n ? new BigDecimal(n.toString()).setScale(2, java.math.RoundingMode.HALF_EVEN)
                .toPlainString() : String.valueOf(value);
    }

    private static String percent(Object value) {
        return value instanceof Number n ? String.format(Locale.ROOT, "%.1f %%", n.doubleValue() * 100)
                : String.valueOf(value);
    }

    private static String ratio(Object value) {
        return value instanceof Number n ? String.format(Locale.ROOT, "%.2f", n.doubleValue()) : String.valueOf(value);
    }

    private static final class LotRef {
        final ProcessFacts process;
        final ProcessFacts.Lot lot;
        final Set<String> bidders = new TreeSet<>();

        LotRef(ProcessFacts process, ProcessFacts.Lot lot) {
            this.process = process;
            this.lot = lot;
        }
    }

    private record ContractRef(ProcessFacts process, ProcessFacts.Contract contract) {
    }

    /** Lookups over the analysed processes: by ocid, organisations' names, who took part where. */
    private static final class Context {
        final Map<String, ProcessFacts> byOcid = new LinkedHashMap<>();
        final Map<String, String> names = new HashMap<>();
        final List<ProcessFacts> live;

        Context(List<ProcessFacts> live) {
            this.live = live;
            for (ProcessFacts p : live) {
                byOcid.put(p.ocid(), p);
                names.putIfAbsent(p.buyer().id(), p.buyer().name());
                if (p.opening() != null) {
                    p.opening().bids().stream().filter(b -> b.bidderId() != null && b.bidderName() != null)
                            .forEach(b -> names.putIfAbsent(b.bidderId(), b.bidderName()));
                }
                p.awards().stream().map(ProcessFacts.Award::supplier).filter(s -> s != null && s.name() != null)
                        .forEach((Organization s) -> names.putIfAbsent(s.id(), s.name()));
            }
        }

        /** Each looked up once: an organisation may have several flags, and there may be many processes. */
        private final Map<String, List<ProcessFacts>> ofBuyer = new HashMap<>();
        private final Map<String, List<ProcessFacts>> ofTenderer = new HashMap<>();

        List<ProcessFacts> processesOfBuyer(String buyerId) {
            return ofBuyer.computeIfAbsent(buyerId,
                    id -> live.stream().filter(p -> p.buyer().id().equals(id)).toList());
        }

        List<ProcessFacts> processesOfTenderer(String orgId) {
            return ofTenderer.computeIfAbsent(orgId, id -> live.stream().filter(p -> (p.opening() != null
                    && p.opening().bids().stream().anyMatch(b -> id.equals(b.bidderId())))
                    || p.awards().stream().anyMatch(a -> a.supplier() != null && id.equals(a.supplier().id())))
                    .toList());
        }
    }

    private static Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("R003", "Short submission period");
        names.put("R018", "Single bid received");
        names.put("R024", "Price close to winning bid");
        names.put("R025", "Excessive unsuccessful bids");
        names.put("R028", "Identical bid prices");
        names.put("R030", "Late bid won");
        names.put("R035", "All except winning bid disqualified");
        names.put("R036", "Lowest bid disqualified");
        names.put("R038", "Excessive disqualified bids");
        names.put("R048", "Heterogeneous supplier");
        names.put("R058", "Heavily discounted bid");
        names.put(Screen.COEFFICIENT_OF_VARIATION.code(), "Bids unusually alike (low coefficient of variation)");
        names.put(Screen.SPREAD.code(), "Bids unusually close together (low spread)");
        names.put(Screen.RELATIVE_DISTANCE.code(), "Wide gap below the losing bids (high relative distance)");
        names.put(Screen.NORMALISED_RELATIVE_DISTANCE.code(), "Wide gap between the two lowest bids");
        names.put(Screen.SKEWNESS.code(), "Unusual distribution of bids (low skewness)");
        names.put(Screen.EXCESS_KURTOSIS.code(), "Unusual distribution of bids (high kurtosis)");
        names.put(BidRotationScreen.CODE, "Bid rotation");
        names.put(AmendmentScreen.OVER_10, "Contract amended by more than 10 %");
        names.put(AmendmentScreen.OVER_20, "Contract amended by more than 20 %");
        names.put(EstimateScreen.ABOVE, "Award above the estimate");
        names.put(EstimateScreen.NEAR, "Award at the estimate");
        names.put(ProcedureMixScreen.CODE, "Many procedures without an open call");
        names.put(SupplierConcentrationScreen.CODE, "Awards concentrated on few suppliers");
        return Map.copyOf(names);
    }
}
