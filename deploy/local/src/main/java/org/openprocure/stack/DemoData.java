package org.openprocure.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Demo content for a freshly started local platform, created through the public APIs with the demo
 * users' real tokens, exactly as a person would.
 *
 * <p>The past first: on a new home the services' clocks start {@link #HISTORY} behind the present, so a
 * tender can be published, bid for and opened weeks ago — key cards collected, three sealed bids (one
 * replaced), the deadline passed, two of three key holders opening — before the clocks are brought up
 * to the present. Then the present: tenders open for bids (one amended with sealed bids and a refused
 * early look at them, one with a cancelled lot, with questions and answers and a bidding document), a
 * draft in public consultation with comments (one hidden as abusive, one answered), and a draft.
 * Seeding is skipped when the demo tenders exist; the clocks are brought to the present either way.
 */
public final class DemoData {

    private static final System.Logger LOG = System.getLogger(DemoData.class.getName());
    private static final String PASSWORD = "demo";

    /** How far in the past a new local platform starts, for the demo's history. */
    public static final Duration HISTORY = Duration.ofDays(40);
    /** Written under the platform's home once the demo data is there, so later starts keep the present. */
    public static final String SEEDED_MARKER = "data/demo-seeded";
    /** The services whose clocks move together (the portal has none of its own to move). */
    static final List<String> CLOCKED = List.of("tender-service", "bid-service", "evaluation-service",
            "contract-service");
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    /** What happens to a demo tender after it is drafted. */
    enum Fate { DRAFT, CONSULTATION, PUBLISHED }

    /** A lot: title, estimated value, and its items as {description, quantity, unit, CPV code}. */
    record DemoLot(String title, String value, List<String[]> items) {
    }

    /** A demo tender: who drafts it, what becomes of it, and its terms. */
    record DemoTender(String officer, Fate fate, String title, String description, String method,
            String rationale, String category, List<String[]> criteria, int daysToDeadline, List<DemoLot> lots,
            List<String[]> committee) {
    }

    private static final List<String[]> NORTHVALE_COMMITTEE = List.<String[]>of(
            new String[] {"officer.anna", "Anna Kowalczyk"}, new String[] {"officer.bruno", "Bruno Díaz"},
            new String[] {"officer.chloe", "Chloé Martin"});

    static final List<DemoTender> TENDERS = List.of(
            new DemoTender("officer.anna", Fate.PUBLISHED, "Road resurfacing — Zieliński Street",
                    "Milling and resurfacing of 1.2 km of carriageway, including road markings.", "open", null,
                    "works", List.<String[]>of(new String[] {"Price", "price", "70"},
                            new String[] {"Technical approach and traffic management", "quality", "30"}), 30,
                    List.of(new DemoLot("Carriageway", "100000.00",
                                    List.<String[]>of(new String[] {"Asphalt surfacing", "8400", "m2", "45233252-0"})),
                            new DemoLot("Road markings", "25000.00",
                                    List.<String[]>of(new String[] {"Road-surface painting", "1.2", "km", "45233221-4"}))),
                    NORTHVALE_COMMITTEE),
            new DemoTender("officer.dmitri", Fate.PUBLISHED, "Infusion pumps for regional hospitals",
                    "Supply, installation and five years of maintenance of 240 volumetric infusion pumps.", "open",
                    null, "goods", List.of(), 38,
                    List.of(new DemoLot("North region — 120 pumps", "420000.00",
                                    List.<String[]>of(new String[] {"Volumetric infusion pump", "120", "unit", "33194110-0"},
                                            new String[] {"Maintenance, five years", "120", "unit", "50421000-2"})),
                            new DemoLot("South region — 120 pumps", "420000.00",
                                    List.<String[]>of(new String[] {"Volumetric infusion pump", "120", "unit", "33194110-0"},
                                            new String[] {"Maintenance, five years", "120", "unit", "50421000-2"})),
                            new DemoLot("Training of nursing staff", "35000.00",
                                    List.<String[]>of(new String[] {"Training days", "40", "day", "80500000-9"}))),
                    List.<String[]>of(new String[] {"officer.dmitri", "Dmitri Ivanov"},
                            new String[] {"officer.eun-ji", "Eun-ji Park"})),
            new DemoTender("officer.bruno", Fate.PUBLISHED, "Winter road maintenance 2027",
                    "Gritting and snow clearing of the primary road network, December 2026 to March 2027.", "selective",
                    "Only contractors holding the regional winter-service certificate may operate on primary roads.",
                    "services", List.of(), 32,
                    List.of(new DemoLot("Primary network", "310000.00",
                            List.<String[]>of(new String[] {"Snow clearing", "1", "season", "90620000-9"},
                                    new String[] {"Gritting", "1", "season", "90630000-2"}))),
                    List.<String[]>of(new String[] {"officer.bruno", "Bruno Díaz"},
                            new String[] {"officer.chloe", "Chloé Martin"})),
            new DemoTender("officer.anna", Fate.CONSULTATION, "School meals 2027–2029",
                    "Daily hot lunches for 3,400 pupils in eleven primary schools, with at least 30 % organic produce.",
                    "open", null, "services", List.<String[]>of(new String[] {"Price", "price", "80"},
                            new String[] {"Fresh and local produce", "quality", "20"}), 45,
                    List.of(new DemoLot("North schools", "620000.00",
                                    List.<String[]>of(new String[] {"School lunches", "410000", "meal", "55524000-9"})),
                            new DemoLot("South schools", "540000.00",
                                    List.<String[]>of(new String[] {"School lunches", "360000", "meal", "55524000-9"}))),
                    NORTHVALE_COMMITTEE),
            new DemoTender("officer.chloe", Fate.DRAFT, "School IT equipment refresh",
                    "Laptops and classroom displays for twelve primary schools.", "open", null, "goods", List.of(), 40,
                    List.of(new DemoLot("Laptops", "180000.00",
                                    List.<String[]>of(new String[] {"Laptops for pupils", "600", "unit", "30213100-6"})),
                            new DemoLot("Classroom displays", "95000.00",
                                    List.<String[]>of(new String[] {"Interactive flat panel displays", "48", "unit",
                                            "30231310-3"}))),
                    List.<String[]>of(new String[] {"officer.anna", "Anna Kowalczyk"},
                            new String[] {"officer.chloe", "Chloé Martin"})));

    /** Published in the demo's past, bid for, closed and opened before the present. */
    static final DemoTender STREET_LIGHTING = new DemoTender("officer.bruno", Fate.PUBLISHED,
            "Street lighting LED retrofit — Old Town",
            "Replacement of 1,450 sodium street lights by LED luminaires with remote dimming, and five years of"
                    + " maintenance.", "open", null, "works", List.of(), 18,
            List.of(new DemoLot("Luminaires and installation", "165000.00",
                            List.<String[]>of(new String[] {"LED road lights", "1450", "unit", "34993000-4"},
                                    new String[] {"Installation of road lighting", "1450", "unit", "45316110-9"})),
                    new DemoLot("Maintenance, five years", "45000.00",
                            List.<String[]>of(new String[] {"Street-lighting maintenance", "5", "year", "50232100-1"}))),
            NORTHVALE_COMMITTEE);

    /** Published in the demo's past next to the street lighting; its evaluation is under way in the present. */
    static final DemoTender RIVERSIDE = new DemoTender("officer.anna", Fate.PUBLISHED,
            "Riverside park benches and litter bins",
            "Supply and installation of 120 benches and 80 litter bins along the river promenade, with ten years"
                    + " of spare parts.", "open", null, "goods",
            List.<String[]>of(new String[] {"Price", "price", "70"},
                    new String[] {"Durability and maintenance", "quality", "30"}), 24,
            List.of(new DemoLot("Benches and bins", "80000.00",
                    List.<String[]>of(new String[] {"Park benches", "120", "unit", "39113600-3"},
                            new String[] {"Urban furniture — litter bins", "80", "unit", "34928400-2"}))),
            NORTHVALE_COMMITTEE);

    /**
     * Published in the demo's past, open, with hardly more than the shortest period allowed; one
     * supplier bids, just under the estimate, and wins; the contract then grows by more than a fifth. Red
     * flags for the auditors: a single bid, an award within 1 % of the estimate, an amendment above +20 %.
     */
    static final DemoTender FOOTBRIDGE = new DemoTender("officer.chloe", Fate.PUBLISHED,
            "Mill Lane footbridge railings — urgent repair",
            "Removal of the storm-damaged railings of the Mill Lane footbridge and erection of 140 m of new steel"
                    + " railings.", "open", null, "works", List.of(), 16,
            List.of(new DemoLot("Footbridge railings", "60000.00",
                    List.<String[]>of(new String[] {"Erection of railings", "140", "m", "45341000-9"}))),
            NORTHVALE_COMMITTEE);

    /** The Northvale evaluation committee of the demo: Dana chairs. */
    static final String NORTHVALE_EVALUATORS = "{\"members\":[{\"username\":\"evaluator.dana\",\"name\":"
            + "\"Dana Novák\",\"chair\":true},{\"username\":\"evaluator.ines\",\"name\":\"Inês Ferreira\","
            + "\"chair\":false}]}";

    private DemoData() {
    }

    public static void seed(LocalStack stack) {
        Api api = new Api(stack);
        try {
            String existing = api.send("officer.anna", "GET", "/api/tenders", null, null, 200);
            if (existing.contains(TENDERS.get(0).title())) {
                LOG.log(System.Logger.Level.INFO, "Demo tenders exist already");
                return;
            }
            Instant start = serverTime(api);
            if (Duration.between(start, Instant.now()).compareTo(HISTORY.dividedBy(2)) > 0) {
                history(api, start.truncatedTo(ChronoUnit.HOURS));
            } else {
                LOG.log(System.Logger.Level.INFO, "The clocks start at the present: the demo has no history");
            }
            catchUp(api);
            Instant now = serverTime(api).truncatedTo(ChronoUnit.HOURS);
            List<String> ids = new ArrayList<>();
            for (DemoTender tender : TENDERS) {
                String created = api.send(tender.officer(), "POST", "/api/tenders", draftJson(tender, now),
                        "application/json", 201);
                ids.add(String.valueOf(Json.parseObject(created).get("id")));
            }
            roadResurfacing(api, ids.get(0), now);
            infusionPumps(api, ids.get(1));
            api.send("officer.bruno", "POST", "/api/tenders/" + ids.get(2) + "/publish", null, null, 200);
            schoolMeals(api, ids.get(3), now);
            LOG.log(System.Logger.Level.INFO, "Demo tenders created: one opened, three open for bids, one in"
                    + " consultation, one draft");
        } catch (IOException e) {
            throw new IllegalStateException("demo data could not be created: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            try {
                catchUp(api);
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "The clocks could not be brought to the present: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * The demo's past. Street lighting: published by Northvale with three key holders, who collect their
     * cards; three suppliers bid over two weeks (Acme replaces its bid with a lower price); the deadline
     * passes and Anna and Bruno open with two of the three cards — Chloé's stays unused, as a lost card
     * would. Its committee qualifies the bids and proposes Acme and Zieliński; Borealis complains, the chair
     * dismisses the complaint, the standstill runs out and both awards are confirmed. Riverside park
     * furniture, published the same day, closes a few days later: its committee qualifies and scores, Acme's
     * price is found abnormally low and Acme justifies it; the decision is still to come.
     */
    private static void history(Api api, Instant start) throws IOException, InterruptedException {
        DemoTender tender = STREET_LIGHTING;
        String created = api.send(tender.officer(), "POST", "/api/tenders", draftJson(tender, start),
                "application/json", 201);
        String id = String.valueOf(Json.parseObject(created).get("id"));
        api.upload(tender.officer(), id, "Lighting specification", "specification-old-town-lighting.pdf",
                DemoPdf.of("Lighting specification — Old Town", "EN 13201 class M4; 3000 K colour temperature; "
                        + "DALI-2 dimming; ten-year luminaire warranty."));
        String ocid = published(api, tender.officer(), id);
        String riversideId = String.valueOf(Json.parseObject(api.send(RIVERSIDE.officer(), "POST", "/api/tenders",
                draftJson(RIVERSIDE, start), "application/json", 201)).get("id"));
        String riverside = published(api, RIVERSIDE.officer(), riversideId);
        String footbridgeId = String.valueOf(Json.parseObject(api.send(FOOTBRIDGE.officer(), "POST",
                "/api/tenders", draftJson(FOOTBRIDGE, start), "application/json", 201)).get("id"));
        String footbridge = published(api, FOOTBRIDGE.officer(), footbridgeId);
        awaitSealingKey(api, ocid);
        awaitSealingKey(api, riverside);
        awaitSealingKey(api, footbridge);
        advance(api, Duration.ofDays(1));
        String annaFootbridgeCard = collectCard(api, footbridge, "officer.anna");
        String brunoFootbridgeCard = collectCard(api, footbridge, "officer.bruno");
        String annaCard = collectCard(api, ocid, "officer.anna");
        String brunoCard = collectCard(api, ocid, "officer.bruno");
        String annaRiversideCard = collectCard(api, riverside, "officer.anna");
        String chloeRiversideCard = collectCard(api, riverside, "officer.chloe");
        advance(api, Duration.ofDays(2));
        collectCard(api, ocid, "officer.chloe");
        bid(api, footbridge, "supplier.zielinski", List.<String[]>of(new String[] {"lot-1", "59800.00"}),
                "Zieliński offer — footbridge railings", "Galvanised steel railings, powder-coated; four weeks.");
        String acme = bid(api, ocid, "supplier.acme", List.<String[]>of(new String[] {"lot-1", "158400.00"}),
                "Acme technical offer — Old Town lighting", "1,450 luminaires, 3000 K, DALI-2; installation in 14 weeks.");
        bid(api, riverside, "supplier.borealis", List.<String[]>of(new String[] {"lot-1", "78400.00"}),
                "Borealis offer — park furniture", "Oak benches on cast-iron frames; bins with 240 l liners.",
                List.<String[]>of(new String[] {"Durability and maintenance", "Oak slats replaceable one by one."}));
        advance(api, Duration.ofDays(4));
        bid(api, ocid, "supplier.borealis", List.<String[]>of(new String[] {"lot-1", "163250.00"}, new String[] {"lot-2", "41800.00"}),
                "Borealis offer — luminaires and maintenance", "Luminaires with 12-year warranty; 24 h fault repair.");
        bid(api, riverside, "supplier.acme", List.<String[]>of(new String[] {"lot-1", "52900.00"}),
                "Acme offer — park furniture", "Recycled-plastic benches; galvanised steel bins.",
                List.<String[]>of(new String[] {"Durability and maintenance", "No painting ever; 25-year frame guarantee."}));
        advance(api, Duration.ofDays(3));
        bid(api, ocid, "supplier.zielinski", List.<String[]>of(new String[] {"lot-2", "39950.00"}),
                "Zieliński maintenance plan", "Night inspections monthly; repairs within 48 hours.");
        bid(api, riverside, "supplier.zielinski", List.<String[]>of(new String[] {"lot-1", "74100.00"}),
                "Zieliński offer — park furniture", "Larch benches made in our own workshop; steel bins.",
                List.<String[]>of(new String[] {"Durability and maintenance", "Annual oiling included for ten years."}));
        advance(api, Duration.ofDays(2));
        api.sendTo("bid-service", "supplier.acme", "PUT", "/api/tenders/" + ocid + "/bids/" + acme,
                offerJson(List.<String[]>of(new String[] {"lot-1", "151900.00"}), "Acme revised technical offer",
                        "Same luminaires; installation in 12 weeks with two crews."),
                "application/json", 200, UUID.randomUUID().toString());
        Instant deadline = start.plus(Duration.ofDays(tender.daysToDeadline()));
        advance(api, Duration.between(serverTime(api), deadline.plus(Duration.ofHours(1))));
        // The footbridge closed two days earlier: opened, its one bid qualified and proposed.
        awaitStatus(api, footbridge, "tenderingClosed");
        handIn(api, footbridge, "officer.anna", annaFootbridgeCard);
        handIn(api, footbridge, "officer.bruno", brunoFootbridgeCard);
        awaitEvaluation(api, footbridge, "bids_opened");
        api.sendTo("evaluation-service", FOOTBRIDGE.officer(), "PUT", "/api/evaluations/" + footbridge
                + "/committee", NORTHVALE_EVALUATORS, "application/json", 200, null);
        declareNoConflict(api, footbridge, "evaluator.dana");
        declareNoConflict(api, footbridge, "evaluator.ines");
        qualifyEveryBid(api, footbridge, "evaluator.dana", "Selection criteria met: steelwork certificate and"
                + " a comparable footbridge repair.");
        api.sendTo("evaluation-service", "evaluator.dana", "POST", "/api/evaluations/" + footbridge
                + "/lots/lot-1/proposal", null, null, 201, null);
        awaitStatus(api, ocid, "tenderingClosed");
        handIn(api, ocid, "officer.anna", annaCard);
        handIn(api, ocid, "officer.bruno", brunoCard);
        awaitStatus(api, ocid, "evaluation");

        // Street lighting: evaluated at lowest price and proposed the next morning.
        String evaluation = "/api/evaluations/" + ocid;
        awaitEvaluation(api, ocid, "bids_opened");
        api.sendTo("evaluation-service", tender.officer(), "PUT", evaluation + "/committee", NORTHVALE_EVALUATORS,
                "application/json", 200, null);
        declareNoConflict(api, ocid, "evaluator.dana");
        declareNoConflict(api, ocid, "evaluator.ines");
        advance(api, Duration.ofHours(16));
        qualifyEveryBid(api, ocid, "evaluator.dana", "Selection criteria met: turnover, two comparable"
                + " street-lighting contracts and a valid insurance certificate.");
        api.sendTo("evaluation-service", "evaluator.dana", "POST", evaluation + "/lots/lot-1/proposal", null, null,
                201, null);
        api.sendTo("evaluation-service", "evaluator.dana", "POST", evaluation + "/lots/lot-2/proposal", null, null,
                201, null);
        advance(api, Duration.ofDays(2));
        String complaint = api.sendTo("evaluation-service", "supplier.borealis", "POST", evaluation
                        + "/lots/lot-1/complaints", "{\"text\":\"Acme's luminaires are not certified for DALI-2"
                        + " dimming, which the specification requires.\"}", "application/json", 201, null);
        advance(api, Duration.ofDays(1));
        api.sendTo("evaluation-service", "evaluator.dana", "POST", evaluation + "/lots/lot-1/complaints/"
                        + Json.parseObject(complaint).get("number") + "/decision",
                "{\"decision\":\"dismissed\",\"reason\":\"Acme's offer includes the DALI-2 certificate of the"
                        + " luminaire (page 4 of its technical offer).\"}", "application/json", 200, null);

        // Riverside: closed and opened; qualified and partly scored; Acme's low price is being justified.
        Instant riversideDeadline = start.plus(Duration.ofDays(RIVERSIDE.daysToDeadline()));
        advance(api, Duration.between(serverTime(api), riversideDeadline.plus(Duration.ofHours(1))));
        awaitStatus(api, riverside, "tenderingClosed");
        handIn(api, riverside, "officer.anna", annaRiversideCard);
        handIn(api, riverside, "officer.chloe", chloeRiversideCard);
        awaitEvaluation(api, riverside, "bids_opened");
        String riversideEvaluation = "/api/evaluations/" + riverside;
        api.sendTo("evaluation-service", RIVERSIDE.officer(), "PUT", riversideEvaluation + "/committee",
                NORTHVALE_EVALUATORS, "application/json", 200, null);
        declareNoConflict(api, riverside, "evaluator.dana");
        declareNoConflict(api, riverside, "evaluator.ines");
        advance(api, Duration.ofHours(20));
        qualifyEveryBid(api, riverside, "evaluator.ines", "Selection criteria met: turnover and two comparable"
                + " park-furniture contracts.");
        Map<String, String> scores = Map.of("supplier-acme", "24", "supplier-borealis", "22",
                "supplier-zielinski", "26");
        for (Map<String, Object> bid : evaluatorBids(api, riverside, "evaluator.dana")) {
            String score = scores.get(String.valueOf(bid.get("bidderId")));
            api.sendTo("evaluation-service", "evaluator.dana", "PUT", riversideEvaluation + "/bids/" + bid.get("bidId")
                            + "/scores/mine", "{\"scores\":[{\"criterion\":\"Durability and maintenance\","
                            + "\"score\":" + score + ",\"reason\":\"Judged on the materials, the guarantee and the"
                            + " maintenance offered.\"}]}", "application/json", 200, null);
        }
        String acmeRiverside = evaluatorBids(api, riverside, "evaluator.dana").stream()
                .filter(b -> "supplier-acme".equals(b.get("bidderId"))).map(b -> String.valueOf(b.get("bidId")))
                .findFirst().orElseThrow(() -> new IOException("Acme's Riverside bid is not in the evaluation"));
        api.sendTo("evaluation-service", "evaluator.dana", "POST", riversideEvaluation + "/lots/lot-1/bids/"
                + acmeRiverside + "/justification-request", null, null, 200, null);
        advance(api, Duration.ofDays(1));
        api.sendTo("evaluation-service", "supplier.acme", "PUT", riversideEvaluation + "/lots/lot-1/bids/"
                        + acmeRiverside + "/justification", "{\"text\":\"The benches are made from our own recycled"
                        + " plastic; there is no timber or paint to buy.\"}", "application/json", 200, null);

        // Street lighting's standstill runs out: both awards are confirmed and the tender is awarded.
        advance(api, Duration.ofDays(9));
        awaitStatus(api, ocid, "awarded");
        awaitStatus(api, footbridge, "awarded");

        // The contracts: both signed; the luminaires' contract amended (more luminaires) and paid twice.
        advance(api, Duration.ofDays(1));
        String luminaires = contractOf(api, ocid, "lot-1");
        String maintenance = contractOf(api, ocid, "lot-2");
        Instant signed = serverTime(api).minus(Duration.ofHours(2));
        sign(api, tender.officer(), luminaires, signed, "151900.00", signed.plus(Duration.ofDays(120)),
                "Signed contract — Old Town luminaires (Acme Build Ltd)");
        sign(api, tender.officer(), maintenance, signed, "39950.00", signed.plus(Duration.ofDays(5 * 365)),
                "Signed contract — Old Town lighting maintenance (Zieliński i Synowie)");
        String contract = "/api/contracts/" + luminaires;
        advance(api, Duration.ofDays(1));
        api.sendTo("contract-service", tender.officer(), "PUT", contract + "/milestones/delivery",
                "{\"title\":\"Luminaires delivered\",\"description\":\"1,450 luminaires delivered to the depot and"
                        + " checked.\",\"dueDate\":" + Json.quote(serverTime(api).toString()) + ",\"status\":\"met\","
                        + "\"dateMet\":" + Json.quote(serverTime(api).minus(Duration.ofHours(1)).toString()) + "}",
                "application/json", 200, null);
        payment(api, tender.officer(), contract, "60760.00", "delivery", "Forty per cent on delivery of the luminaires.");
        advance(api, Duration.ofDays(1));
        api.sendTo("contract-service", tender.officer(), "POST", contract + "/amendments",
                "{\"reason\":\"Sixty more luminaires for Market Square, added at the unit price of the offer.\","
                        + "\"value\":{\"amount\":158185.00,\"currency\":\"EUR\"},\"period\":null}",
                "application/json", 200, null);
        advance(api, Duration.ofDays(1));
        payment(api, tender.officer(), contract, "45455.00", null, "Thirty per cent: first 700 luminaires installed.");

        // The footbridge: signed at its offer, then amended by more than a fifth, and paid once.
        String railings = contractOf(api, footbridge, "lot-1");
        sign(api, FOOTBRIDGE.officer(), railings, signed, "59800.00", signed.plus(Duration.ofDays(60)),
                "Signed contract — Mill Lane footbridge railings (Zieliński i Synowie)");
        api.sendTo("contract-service", FOOTBRIDGE.officer(), "POST", "/api/contracts/" + railings + "/amendments",
                "{\"reason\":\"The bridge deck's edge beams were found corroded and are replaced as well.\","
                        + "\"value\":{\"amount\":73450.00,\"currency\":\"EUR\"},\"period\":null}",
                "application/json", 200, null);
        payment(api, FOOTBRIDGE.officer(), "/api/contracts/" + railings, "29380.00", null,
                "Forty per cent: old railings removed and edge beams replaced.");
        // A citizen's anonymous tip about the footbridge; the auditor triages it and asks, the reporter answers.
        Map<String, Object> tip = Json.parseObject(api.sendTo("contract-service", null, "POST",
                "/api/integrity-reports", "{\"subject\":{\"type\":\"tender\",\"id\":" + Json.quote(footbridge)
                        + "},\"category\":\"bidRigging\",\"description\":\"Only Zieliński bid for the footbridge"
                        + " railings. Their foreman told people at the site that the price had been agreed with the"
                        + " council before the tender was published.\",\"attachments\":[]}", "application/json", 201,
                null));
        String reference = "/api/integrity-reports/" + tip.get("reference");
        api.sendTo("contract-service", "auditor.farah", "POST", reference + "/triage", "{\"status\":\"underReview\","
                + "\"note\":\"Single bid, award just under the estimate, contract amended by +22.8 %: worth a"
                + " look.\"}", "application/json", 200, null);
        api.sendTo("contract-service", "auditor.farah", "POST", reference + "/replies", "{\"text\":\"Thank you."
                + " Do you remember roughly when the foreman said this, before or after 20 October?\"}",
                "application/json", 200, null);
        api.sendTo("contract-service", null, "POST", "/api/integrity-reports/follow-up/messages", "{\"code\":"
                + Json.quote(String.valueOf(tip.get("followUpCode"))) + ",\"text\":\"Before: in the first week of"
                + " October, when they measured the bridge.\"}", "application/json", 200, null);
    }

    /** The contract evaluation-service's award of a lot became in contract-service. */
    @SuppressWarnings("unchecked")
    private static String contractOf(Api api, String ocid, String lotId) throws IOException {
        String[] found = new String[1];
        boolean ready = Poll.until(() -> {
            try {
                for (Object item : (List<Object>) Json.parseObject(api.sendTo("contract-service", null, "GET",
                        "/api/contracts?ocid=" + ocid, null, null, 200, null)).get("items")) {
                    Map<String, Object> contract = (Map<String, Object>) item;
                    if (lotId.equals(contract.get("lotId"))) {
                        found[0] = String.valueOf(contract.get("contractId"));
                        return true;
                    }
                }
                return false;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }, PATIENCE, () -> true);
        if (!ready) {
            throw new IOException("contract-service has no contract for " + ocid + " " + lotId + " within " + PATIENCE);
        }
        return found[0];
    }

    private static void sign(Api api, String officer, String contractId, Instant signed, String amount, Instant end,
            String title) throws IOException, InterruptedException {
        String pdf = Base64.getEncoder().encodeToString(DemoPdf.of(title, "Signed by both parties on "
                + signed.toString().substring(0, 10) + "."));
        api.sendTo("contract-service", officer, "POST", "/api/contracts/" + contractId + "/signature",
                "{\"dateSigned\":" + Json.quote(signed.toString()) + ",\"value\":{\"amount\":" + amount
                        + ",\"currency\":\"EUR\"},\"period\":{\"startDate\":" + Json.quote(signed.toString())
                        + ",\"endDate\":" + Json.quote(end.toString()) + "},\"document\":{\"title\":" + Json.quote(title)
                        + ",\"fileName\":\"signed-contract.pdf\",\"content\":" + Json.quote(pdf) + "}}",
                "application/json", 200, null);
    }

    private static void payment(Api api, String officer, String contract, String amount, String milestoneId,
            String description) throws IOException, InterruptedException {
        api.sendTo("contract-service", officer, "POST", contract + "/payments", "{\"date\":"
                        + Json.quote(serverTime(api).minus(Duration.ofHours(1)).toString()) + ",\"value\":{\"amount\":"
                        + amount + ",\"currency\":\"EUR\"},\"milestoneId\":"
                        + (milestoneId == null ? "null" : Json.quote(milestoneId)) + ",\"description\":"
                        + Json.quote(description) + "}", "application/json", 201, UUID.randomUUID().toString());
    }

    private static void awaitEvaluation(Api api, String ocid, String status) throws IOException {
        boolean ready = Poll.until(() -> {
            try {
                return status.equals(Json.parseObject(api.sendTo("evaluation-service", "auditor.farah", "GET",
                        "/api/evaluations/" + ocid, null, null, 200, null)).get("status"));
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }, PATIENCE, () -> true);
        if (!ready) {
            throw new IOException("the evaluation of " + ocid + " did not reach " + status + " within " + PATIENCE);
        }
    }

    /** An evaluator declares no conflict of interest with any bidder of the tender. */
    private static void declareNoConflict(Api api, String ocid, String evaluator)
            throws IOException, InterruptedException {
        List<String> declarations = new ArrayList<>();
        for (Object bidder : Json.parseArray(api.sendTo("evaluation-service", evaluator, "GET", "/api/evaluations/"
                + ocid + "/bidders", null, null, 200, null))) {
            declarations.add("{\"bidderId\":" + Json.quote(String.valueOf(((Map<?, ?>) bidder).get("bidderId")))
                    + ",\"conflictOfInterest\":false,\"statement\":null}");
        }
        api.sendTo("evaluation-service", evaluator, "PUT", "/api/evaluations/" + ocid + "/declarations/mine",
                "{\"declarations\":[" + String.join(",", declarations) + "]}", "application/json", 200, null);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> evaluatorBids(Api api, String ocid, String evaluator)
            throws IOException, InterruptedException {
        List<Map<String, Object>> bids = new ArrayList<>();
        for (Object bid : Json.parseArray(api.sendTo("evaluation-service", evaluator, "GET", "/api/evaluations/"
                + ocid + "/bids", null, null, 200, null))) {
            bids.add((Map<String, Object>) bid);
        }
        return bids;
    }

    /** Qualifies every bid for every lot it prices, resting on the bid's own documents. */
    @SuppressWarnings("unchecked")
    private static void qualifyEveryBid(Api api, String ocid, String evaluator, String reason)
            throws IOException, InterruptedException {
        for (Map<String, Object> bid : evaluatorBids(api, ocid, evaluator)) {
            List<String> documents = new ArrayList<>();
            for (Object document : (List<Object>) bid.get("documents")) {
                documents.add(Json.quote(String.valueOf(((Map<?, ?>) document).get("sha256"))));
            }
            for (Object lot : (List<Object>) bid.get("lots")) {
                api.sendTo("evaluation-service", evaluator, "PUT", "/api/evaluations/" + ocid + "/bids/"
                                + bid.get("bidId") + "/lots/" + ((Map<?, ?>) lot).get("lotId") + "/qualification",
                        "{\"qualified\":true,\"reason\":" + Json.quote(reason) + ",\"documents\":["
                                + String.join(",", documents) + "]}", "application/json", 200, null);
            }
        }
    }

    /** Published with a specification, asked about twice (one answered), then amended with a reason. */
    private static void roadResurfacing(Api api, String id, Instant now) throws IOException, InterruptedException {
        api.upload("officer.anna", id, "Technical specification", "specification-zielinski-street.pdf",
                DemoPdf.of("Technical specification — Zieliński Street",
                        "Milling depth 40 mm; asphalt concrete AC 11 surf; markings per EN 1436 class P5."));
        String ocid = published(api, "officer.anna", id);
        String asked = api.send("supplier.acme", "POST", "/api/notices/" + ocid + "/enquiries",
                "{\"question\":\"May the thermoplastic markings be replaced by cold plastic of equal durability?\","
                        + "\"target\":{\"type\":\"lot\",\"lotId\":\"lot-2\"}}", "application/json", 201);
        api.send("officer.anna", "POST", "/api/tenders/" + id + "/enquiries/" + Json.parseObject(asked).get("id")
                        + "/answer", "{\"answer\":\"Yes: cold plastic meeting EN 1436 class P5 is accepted.\"}",
                "application/json", 200);
        api.send("supplier.borealis", "POST", "/api/notices/" + ocid + "/enquiries",
                "{\"question\":\"Can work be done at night to keep the street open by day?\"}", "application/json", 201);
        DemoTender road = TENDERS.get(0);
        String amendedTerms = draftJson(new DemoTender(road.officer(), road.fate(), road.title(), road.description()
                + " Work only between 20:00 and 06:00 on weekdays; the street stays open by day.", road.method(),
                road.rationale(), road.category(), road.criteria(), road.daysToDeadline(), road.lots(),
                road.committee()), now);
        api.send("officer.anna", "POST", "/api/tenders/" + id + "/amendments",
                "{\"reason\":\"Working hours fixed after the residents' meeting.\",\"terms\":" + amendedTerms + "}",
                "application/json", 200);
        awaitNoticeVersion(api, ocid, 2);
        collectCard(api, ocid, "officer.chloe");
        bid(api, ocid, "supplier.acme", List.<String[]>of(new String[] {"lot-1", "97350.00"},
                new String[] {"lot-2", "23900.00"}), "Acme method statement — night works",
                "Milling and surfacing in six night shifts; traffic management by a certified crew.");
        bid(api, ocid, "supplier.zielinski", List.<String[]>of(new String[] {"lot-2", "22480.00"}),
                "Zieliński road markings offer", "Cold plastic, EN 1436 class P5, applied in two nights.");
        // Bids stay sealed before the opening: the attempt is refused and recorded for auditors.
        api.sendTo("bid-service", "officer.anna", "GET", "/api/tenders/" + ocid + "/bids", null, null, 409, null);
    }

    /** Published, then its training lot cancelled. */
    private static void infusionPumps(Api api, String id) throws IOException, InterruptedException {
        published(api, "officer.dmitri", id);
        api.send("officer.dmitri", "POST", "/api/tenders/" + id + "/lots/lot-3/cancel",
                "{\"reason\":\"The hospitals' own clinical engineers will train the nursing staff.\"}",
                "application/json", 200);
    }

    /** Put out for consultation for a week; commented on by the public, one comment hidden, one answered. */
    private static void schoolMeals(Api api, String id, Instant now) throws IOException, InterruptedException {
        String opened = api.send("officer.anna", "POST", "/api/tenders/" + id + "/consultation",
                "{\"end\":\"" + now.plus(Duration.ofDays(7)) + "\"}", "application/json", 200);
        String ocid = String.valueOf(Json.parseObject(opened).get("ocid"));
        String comments = "/api/notices/" + ocid + "/comments";
        String quality = api.send(null, "POST", comments, "{\"text\":\"Fresh local produce deserves more than 20 % of"
                + " the score; 40 % would reward kitchens that cook on site.\",\"target\":{\"type\":\"section\","
                + "\"section\":\"awardCriteria\"},\"author\":{\"name\":\"Αικατερίνη Παπαδοπούλου\",\"organisation\":"
                + "\"Zieliński & Søn Catering\"}}", "application/json", 201);
        api.send(null, "POST", comments, "{\"text\":\"Two lots of this size exclude small kitchens: please split"
                + " into one lot per school.\",\"target\":{\"type\":\"lot\",\"lotId\":\"lot-1\"},\"author\":{\"name\":"
                + "\"Олександра Шевченко\",\"organisation\":\"Kyiv Street Kitchen\"}}", "application/json", 201);
        String abusive = api.send(null, "POST", comments, "{\"text\":\"The officer in charge is a crook and everyone"
                + " knows who gets this contract.\"}", "application/json", 201);
        api.send(null, "POST", comments, "{\"text\":\"Will allergen-free menus be required in every school?\"}",
                "application/json", 201);
        String tender = "/api/tenders/" + id;
        api.send("officer.anna", "POST", tender + "/comments/" + Json.parseObject(abusive).get("id") + "/hide",
                "{\"reason\":\"Personal accusation against a named officer; concerns about integrity can be reported"
                        + " anonymously to the audit office.\"}", "application/json", 200);
        api.send("officer.anna", "POST", tender + "/comments/" + Json.parseObject(quality).get("id") + "/answer",
                "{\"resolution\":\"partiallyAccepted\",\"answer\":\"Quality will weigh 35 %; more would exclude"
                        + " kitchens that cannot yet certify their suppliers.\"}", "application/json", 200);
    }

    /** Seals a bid with one PDF document; returns its bid id. */
    private static String bid(Api api, String ocid, String supplier, List<String[]> lotPrices, String documentTitle,
            String documentText) throws IOException, InterruptedException {
        return bid(api, ocid, supplier, lotPrices, documentTitle, documentText, List.of());
    }

    /** Seals a bid with one PDF document and answers to quality criteria ({criterion, text}); returns its bid id. */
    private static String bid(Api api, String ocid, String supplier, List<String[]> lotPrices, String documentTitle,
            String documentText, List<String[]> answers) throws IOException, InterruptedException {
        String receipt = api.sendTo("bid-service", supplier, "POST", "/api/tenders/" + ocid + "/bids",
                offerJson(lotPrices, documentTitle, documentText, answers), "application/json", 201,
                UUID.randomUUID().toString());
        return String.valueOf(Json.parseObject(receipt).get("bidId"));
    }

    static String offerJson(List<String[]> lotPrices, String documentTitle, String documentText) {
        return offerJson(lotPrices, documentTitle, documentText, List.of());
    }

    static String offerJson(List<String[]> lotPrices, String documentTitle, String documentText,
            List<String[]> answers) {
        List<String> lots = new ArrayList<>();
        for (String[] lot : lotPrices) {
            lots.add("{\"lotId\":" + Json.quote(lot[0]) + ",\"price\":{\"amount\":" + lot[1]
                    + ",\"currency\":\"EUR\"}}");
        }
        String pdf = Base64.getEncoder().encodeToString(DemoPdf.of(documentTitle, documentText));
        String fileName = documentTitle.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "") + ".pdf";
        List<String> answered = new ArrayList<>();
        for (String[] answer : answers) {
            answered.add("{\"criterion\":" + Json.quote(answer[0]) + ",\"text\":" + Json.quote(answer[1]) + "}");
        }
        return "{\"lots\":[" + String.join(",", lots) + "],\"answers\":[" + String.join(",", answered)
                + "],\"documents\":[{\"title\":" + Json.quote(documentTitle)
                + ",\"fileName\":" + Json.quote(fileName) + ",\"content\":" + Json.quote(pdf) + "}]}";
    }

    /** A key holder collects their card; returns its text (shown once, kept here only to open with). */
    private static String collectCard(Api api, String ocid, String officer) throws IOException, InterruptedException {
        String card = api.sendTo("bid-service", officer, "POST", "/api/tenders/" + ocid + "/key-shares/mine", null,
                null, 200, null);
        return String.valueOf(Json.parseObject(card).get("text"));
    }

    private static void handIn(Api api, String ocid, String officer, String card)
            throws IOException, InterruptedException {
        api.sendTo("bid-service", officer, "POST", "/api/tenders/" + ocid + "/opening/shares",
                "{\"card\":" + Json.quote(card) + "}", "application/json", 200, null);
    }

    /** Waits until bid-service has the tender's sealing key, that is, has taken in its publication. */
    private static void awaitSealingKey(Api api, String ocid) throws IOException {
        boolean ready = Poll.until(() -> api.status("bid-service", "/api/tenders/" + ocid + "/sealing-key") == 200,
                PATIENCE, () -> true);
        if (!ready) {
            throw new IOException("bid-service did not take in the publication of " + ocid + " within " + PATIENCE);
        }
    }

    /** Waits until bid-service has taken in the given version of the notice (bids are judged against it). */
    private static void awaitNoticeVersion(Api api, String ocid, int version) throws IOException {
        boolean ready = Poll.until(() -> {
            try {
                Object current = Json.parseObject(api.sendTo("bid-service", null, "GET", "/api/tenders/" + ocid
                        + "/submission-window", null, null, 200, null)).get("noticeVersion");
                return current instanceof Number n && n.intValue() >= version;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }, PATIENCE, () -> !Thread.currentThread().isInterrupted());
        if (!ready) {
            throw new IOException("bid-service did not take in version " + version + " of " + ocid + " within "
                    + PATIENCE);
        }
    }

    /** Waits until tender-service shows the notice at the given stage. */
    private static void awaitStatus(Api api, String ocid, String statusDetails) throws IOException {
        boolean reached = Poll.until(() -> {
            try {
                return statusDetails.equals(Json.parseObject(api.send(null, "GET", "/api/notices/" + ocid, null, null,
                        200)).get("statusDetails"));
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }, PATIENCE, () -> !Thread.currentThread().isInterrupted());
        if (!reached) {
            throw new IOException("tender " + ocid + " did not reach " + statusDetails + " within " + PATIENCE);
        }
    }

    private static Instant serverTime(Api api) throws IOException, InterruptedException {
        return Instant.parse(String.valueOf(Json.parseObject(api.send(null, "GET", "/api/clock", null, null, 200))
                .get("now")));
    }

    /**
     * Moves every service's clock ahead together, then waits for bid-service to look at the time that
     * passed (its decoy moves), as days passing would have let it.
     */
    private static void advance(Api api, Duration by) throws IOException, InterruptedException {
        for (String service : CLOCKED) {
            api.sendTo(service, null, "POST", "/api/clock/advance", "{\"by\":\"" + by + "\"}", "application/json",
                    200, null);
        }
        double before = decoyLooks(api);
        // Two looks more: the second began after the clocks moved.
        if (!Poll.until(() -> decoyLooks(api) >= before + 2, PATIENCE, () -> true)) {
            LOG.log(System.Logger.Level.WARNING, "bid-service did not look at the moved clock within " + PATIENCE);
        }
    }

    private static double decoyLooks(Api api) {
        try {
            for (String line : api.sendTo("bid-service", null, "GET", "/q/metrics", null, null, 200, null).split("\n")) {
                if (line.startsWith("openprocure_decoys_looks_total")) {
                    return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                }
            }
            return 0;
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /** Brings every clock that is behind the present up to it (a clock that cannot move is left alone). */
    private static void catchUp(Api api) throws IOException, InterruptedException {
        for (String service : CLOCKED) {
            Instant serverNow = Instant.parse(String.valueOf(Json.parseObject(api.sendTo(service, null, "GET",
                    "/api/clock", null, null, 200, null)).get("now")));
            Duration behind = Duration.between(serverNow, Instant.now());
            if (behind.compareTo(Duration.ofSeconds(1)) > 0) {
                api.sendTo(service, null, "POST", "/api/clock/advance", "{\"by\":\"" + behind + "\"}",
                        "application/json", 200, null);
            }
        }
    }

    private static String published(Api api, String officer, String id) throws IOException, InterruptedException {
        String view = api.send(officer, "POST", "/api/tenders/" + id + "/publish", null, null, 200);
        return String.valueOf(Json.parseObject(view).get("ocid"));
    }

    static String draftJson(DemoTender t, Instant now) {
        Instant deadline = now.plus(Duration.ofDays(t.daysToDeadline()));
        List<String> lots = new ArrayList<>();
        for (DemoLot lot : t.lots()) {
            List<String> items = new ArrayList<>();
            for (String[] item : lot.items()) {
                items.add("{\"description\":" + Json.quote(item[0]) + ",\"quantity\":" + item[1] + ",\"unit\":"
                        + Json.quote(item[2]) + ",\"classification\":" + Json.quote(item[3]) + "}");
            }
            lots.add("{\"title\":" + Json.quote(lot.title()) + ",\"estimatedValue\":" + lot.value() + ",\"items\":["
                    + String.join(",", items) + "]}");
        }
        List<String> criteria = new ArrayList<>();
        for (String[] criterion : t.criteria()) {
            criteria.add("{\"name\":" + Json.quote(criterion[0]) + ",\"type\":" + Json.quote(criterion[1])
                    + ",\"weight\":" + criterion[2] + "}");
        }
        List<String> members = new ArrayList<>();
        for (String[] member : t.committee()) {
            members.add("{\"username\":" + Json.quote(member[0]) + ",\"name\":" + Json.quote(member[1]) + "}");
        }
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("title", Json.quote(t.title()));
        fields.put("description", Json.quote(t.description()));
        fields.put("procurementMethod", Json.quote(t.method()));
        fields.put("procurementMethodRationale", t.rationale() == null ? "null" : Json.quote(t.rationale()));
        fields.put("mainProcurementCategory", Json.quote(t.category()));
        fields.put("awardCriteria", Json.quote(t.criteria().isEmpty() ? "priceOnly" : "ratedCriteria"));
        fields.put("criteria", "[" + String.join(",", criteria) + "]");
        fields.put("currency", Json.quote("EUR"));
        fields.put("lots", "[" + String.join(",", lots) + "]");
        fields.put("enquiryDeadline", Json.quote(deadline.minus(Duration.ofDays(10)).toString()));
        fields.put("submissionDeadline", Json.quote(deadline.toString()));
        fields.put("openingDate", Json.quote(deadline.plus(Duration.ofMinutes(30)).toString()));
        fields.put("bidValidityDays", "90");
        fields.put("openingCommittee", "{\"threshold\":2,\"members\":[" + String.join(",", members) + "]}");
        StringBuilder json = new StringBuilder("{");
        fields.forEach((k, v) -> json.append(json.length() > 1 ? "," : "").append('"').append(k).append("\":").append(v));
        return json.append('}').toString();
    }

    /** Calls the services as a demo user (or anonymously), expecting one status. */
    private static final class Api {
        private final LocalStack stack;
        private final String base;

        Api(LocalStack stack) {
            this.stack = stack;
            this.base = stack.baseUrl("tender-service");
        }

        /** Calls tender-service. */
        String send(String user, String method, String path, String body, String contentType, int expected)
                throws IOException, InterruptedException {
            return sendTo("tender-service", user, method, path, body, contentType, expected, null);
        }

        String sendTo(String service, String user, String method, String path, String body, String contentType,
                int expected, String idempotencyKey) throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.baseUrl(service) + path))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            if (idempotencyKey != null) {
                request.header("Idempotency-Key", idempotencyKey);
            }
            return exchange(user, request, expected);
        }

        /** The status of an anonymous GET, or -1 when the service does not answer. */
        int status(String service, String path) {
            try {
                return Http.CLIENT.send(HttpRequest.newBuilder(URI.create(stack.baseUrl(service) + path))
                        .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode();
            } catch (IOException e) {
                return -1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }

        void upload(String user, String tenderId, String title, String fileName, byte[] pdf)
                throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/tenders/" + tenderId
                            + "/documents?title=" + java.net.URLEncoder.encode(title, StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/pdf")
                    .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(pdf));
            exchange(user, request, 201);
        }

        private String exchange(String user, HttpRequest.Builder request, int expected)
                throws IOException, InterruptedException {
            if (user != null) {
                request.header("Authorization", "Bearer " + stack.keycloak().passwordGrantToken(user, PASSWORD));
            }
            HttpRequest built = request.timeout(Duration.ofSeconds(30)).build();
            HttpResponse<String> response = Http.CLIENT.send(built, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IOException(built.method() + " " + built.uri() + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return response.body();
        }
    }
}
