package org.openprocure.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * Demo content for a freshly started local platform, created through the public APIs with the demo
 * users' real tokens, exactly as a person would. Seeding is skipped when the demo tenders exist.
 */
public final class DemoData {

    private static final System.Logger LOG = System.getLogger(DemoData.class.getName());
    private static final String PASSWORD = "demo";

    /** A demo tender: who drafts it, whether it is published, and its terms. */
    record DemoTender(String officer, boolean publish, String title, String description, String method,
            String rationale, String category, int daysToDeadline, List<String[]> lots, List<String[]> committee) {
    }

    static final List<DemoTender> TENDERS = List.of(
            new DemoTender("officer.anna", true, "Road resurfacing — Zieliński Street",
                    "Milling and resurfacing of 1.2 km of carriageway, including road markings.", "open", null,
                    "works", 30,
                    List.<String[]>of(new String[] {"Carriageway", "100000.00"}, new String[] {"Road markings", "25000.00"}),
                    List.<String[]>of(new String[] {"officer.anna", "Anna Kowalczyk"}, new String[] {"officer.bruno", "Bruno Díaz"},
                            new String[] {"officer.chloe", "Chloé Martin"})),
            new DemoTender("officer.dmitri", true, "Infusion pumps for regional hospitals",
                    "Supply, installation and five years of maintenance of 240 volumetric infusion pumps.", "open",
                    null, "goods", 38,
                    List.<String[]>of(new String[] {"North region — 120 pumps", "420000.00"},
                            new String[] {"South region — 120 pumps", "420000.00"},
                            new String[] {"Training of nursing staff", "35000.00"}),
                    List.<String[]>of(new String[] {"officer.dmitri", "Dmitri Ivanov"}, new String[] {"officer.eun-ji", "Eun-ji Park"})),
            new DemoTender("officer.bruno", true, "Winter road maintenance 2027",
                    "Gritting and snow clearing of the primary road network, December 2026 to March 2027.", "selective",
                    "Only contractors holding the regional winter-service certificate may operate on primary roads.",
                    "services", 32,
                    List.<String[]>of(new String[] {"Primary network", "310000.00"}),
                    List.<String[]>of(new String[] {"officer.bruno", "Bruno Díaz"}, new String[] {"officer.chloe", "Chloé Martin"})),
            new DemoTender("officer.chloe", false, "School IT equipment refresh",
                    "Laptops and classroom displays for twelve primary schools.", "open", null, "goods", 40,
                    List.<String[]>of(new String[] {"Laptops", "180000.00"}, new String[] {"Classroom displays", "95000.00"}),
                    List.<String[]>of(new String[] {"officer.anna", "Anna Kowalczyk"}, new String[] {"officer.chloe", "Chloé Martin"})));

    private DemoData() {
    }

    public static void seed(LocalStack stack) {
        String tenders = stack.baseUrl("tender-service");
        try {
            String existing = send(HttpRequest.newBuilder(URI.create(tenders + "/api/tenders"))
                    .header("Authorization", "Bearer " + stack.keycloak().passwordGrantToken("officer.anna", PASSWORD))
                    .GET(), 200);
            if (existing.contains(TENDERS.get(0).title())) {
                LOG.log(System.Logger.Level.INFO, "Demo tenders exist already");
                return;
            }
            Instant now = Instant.now().truncatedTo(ChronoUnit.HOURS);
            for (DemoTender tender : TENDERS) {
                String token = stack.keycloak().passwordGrantToken(tender.officer(), PASSWORD);
                String created = send(HttpRequest.newBuilder(URI.create(tenders + "/api/tenders"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(draftJson(tender, now))), 201);
                String id = String.valueOf(Json.parseObject(created).get("id"));
                if (tender.publish()) {
                    send(HttpRequest.newBuilder(URI.create(tenders + "/api/tenders/" + id + "/publish"))
                            .header("Authorization", "Bearer " + token)
                            .POST(HttpRequest.BodyPublishers.noBody()), 200);
                }
                LOG.log(System.Logger.Level.INFO, "Demo tender {0}: {1}", tender.publish() ? "published" : "drafted",
                        tender.title());
            }
        } catch (IOException e) {
            throw new IllegalStateException("demo data could not be created: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String draftJson(DemoTender t, Instant now) {
        Instant deadline = now.plus(Duration.ofDays(t.daysToDeadline()));
        StringBuilder lots = new StringBuilder();
        for (String[] lot : t.lots()) {
            lots.append(lots.isEmpty() ? "" : ",").append("{\"title\":").append(Json.quote(lot[0]))
                    .append(",\"estimatedValue\":").append(lot[1]).append('}');
        }
        StringBuilder members = new StringBuilder();
        for (String[] member : t.committee()) {
            members.append(members.isEmpty() ? "" : ",").append("{\"username\":").append(Json.quote(member[0]))
                    .append(",\"name\":").append(Json.quote(member[1])).append('}');
        }
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("title", Json.quote(t.title()));
        fields.put("description", Json.quote(t.description()));
        fields.put("procurementMethod", Json.quote(t.method()));
        fields.put("procurementMethodRationale", t.rationale() == null ? "null" : Json.quote(t.rationale()));
        fields.put("mainProcurementCategory", Json.quote(t.category()));
        fields.put("awardCriteria", Json.quote("priceOnly"));
        fields.put("currency", Json.quote("EUR"));
        fields.put("lots", "[" + lots + "]");
        fields.put("enquiryDeadline", Json.quote(deadline.minus(Duration.ofDays(7)).toString()));
        fields.put("submissionDeadline", Json.quote(deadline.toString()));
        fields.put("openingDate", Json.quote(deadline.plus(Duration.ofMinutes(30)).toString()));
        fields.put("bidValidityDays", "90");
        fields.put("openingCommittee", "{\"threshold\":2,\"members\":[" + members + "]}");
        StringBuilder json = new StringBuilder("{");
        fields.forEach((k, v) -> json.append(json.length() > 1 ? "," : "").append('"').append(k).append("\":").append(v));
        return json.append('}').toString();
    }

    private static String send(HttpRequest.Builder request, int expected) throws IOException, InterruptedException {
        HttpResponse<String> response = Http.CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IOException(request.build().method() + " " + request.build().uri() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
