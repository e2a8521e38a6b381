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
import java.util.List;
import java.util.Map;

/**
 * Demo content for a freshly started local platform, created through the public APIs with the demo
 * users' real tokens, exactly as a person would: tenders open for bids (one amended, one with a
 * cancelled lot, with questions and answers and a bidding document), a draft in public consultation
 * with comments (one hidden as abusive, one answered), and a draft. Seeding is skipped when the demo
 * tenders exist.
 */
public final class DemoData {

    private static final System.Logger LOG = System.getLogger(DemoData.class.getName());
    private static final String PASSWORD = "demo";

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
            Instant now = Instant.parse(String.valueOf(Json.parseObject(api.send(null, "GET", "/api/clock", null, null,
                    200)).get("now"))).truncatedTo(ChronoUnit.HOURS);
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
            LOG.log(System.Logger.Level.INFO, "Demo tenders created: three open for bids, one in consultation, one draft");
        } catch (IOException e) {
            throw new IllegalStateException("demo data could not be created: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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

    /** Calls tender-service as a demo user (or anonymously), expecting one status. */
    private static final class Api {
        private final LocalStack stack;
        private final String base;

        Api(LocalStack stack) {
            this.stack = stack;
            this.base = stack.baseUrl("tender-service");
        }

        String send(String user, String method, String path, String body, String contentType, int expected)
                throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            return exchange(user, request, expected);
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
