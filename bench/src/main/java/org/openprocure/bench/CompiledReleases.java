package org.openprocure.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes synthetic OCDS 1.1 compiled releases as JSON lines, one process per line, the same for the same
 * seed: a buyer (sometimes a central purchasing body as procuring entity), a procurement method, one to
 * six lots each with items of one CPV division, one to eight bids per lot with prices around the lot's
 * estimate (some disqualified, a few withdrawn, late or at the same price as another), and the awards per
 * lot with their statuses; a few tenders cancelled or still being awarded. The shape is what
 * contract-service's red-flag engine reads ({@code org.openprocure.contract.redflags.ContractingProcess}).
 *
 * <pre>java -cp ... org.openprocure.bench.CompiledReleases --releases 100000 --seed 42 --out releases.jsonl</pre>
 */
public final class CompiledReleases {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Instant FIRST = Instant.parse("2021-01-04T00:00:00Z");
    private static final long SPAN_DAYS = 5 * 365;

    private final Random random;
    private final SyntheticMarket market;
    private final String prefix;

    CompiledReleases(long seed, String prefix) {
        this.random = new Random(seed);
        this.market = new SyntheticMarket(random, 400, 6000);
        this.prefix = prefix;
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = options(args);
        int count = Integer.parseInt(options.getOrDefault("--releases", "100000"));
        long seed = Long.parseLong(options.getOrDefault("--seed", "42"));
        Path out = Path.of(options.getOrDefault("--out", "compiled-releases.jsonl"));
        CompiledReleases generator = new CompiledReleases(seed, "ocds-bench0");
        ObjectMapper json = new ObjectMapper();
        long started = System.nanoTime();
        try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (int i = 1; i <= count; i++) {
                writer.write(json.writeValueAsString(generator.release(i)));
                writer.write('\n');
            }
        }
        System.out.printf("%d compiled releases (seed %d) written to %s: %.1f MB in %.1f s%n", count, seed, out,
                Files.size(out) / 1e6, (System.nanoTime() - started) / 1e9);
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        return options;
    }

    ObjectNode release(int number) {
        int buyerIndex = random.nextInt(market.buyers.size());
        SyntheticMarket.Party buyer = market.buyers.get(buyerIndex);
        int[] divisions = market.buyerDivisions.get(buyerIndex);
        int division = divisions[random.nextInt(divisions.length)];
        SyntheticMarket.Division cpv = SyntheticMarket.DIVISIONS.get(division);
        SyntheticMarket.Party procuringEntity = random.nextInt(5) == 0
                ? market.procuringEntities.get(random.nextInt(market.procuringEntities.size())) : buyer;

        String method;
        String details;
        int roll = random.nextInt(100);
        if (roll < 65) {
            method = "open";
            details = "Open procedure";
        } else if (roll < 75) {
            method = "selective";
            details = "Restricted procedure";
        } else if (roll < 90) {
            method = "limited";
            details = "Negotiated procedure without prior publication";
        } else {
            method = "direct";
            details = "Direct award";
        }
        int lotCount = method.equals("direct") ? 1 : lotCount();
        boolean priceOnly = random.nextInt(10) < 7;

        Instant start = FIRST.plus(Duration.ofDays(random.nextInt((int) SPAN_DAYS)))
                .plus(Duration.ofHours(8 + random.nextInt(4)));
        // Mostly the legal minimum or more; about one in ten shorter.
        int days = random.nextInt(10) == 0 ? 3 + random.nextInt(12) : 15 + random.nextInt(46);
        Instant end = start.plus(Duration.ofDays(days)).truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(12));
        Instant awarded = end.plus(Duration.ofDays(7 + random.nextInt(40)));
        // The latest processes are still being awarded; a few are cancelled.
        boolean cancelled = random.nextInt(50) == 0;
        boolean stillAwarding = !cancelled && random.nextInt(100) < 6;

        String ocid = String.format("%s-T-%d-%06d", prefix, start.atZone(java.time.ZoneOffset.UTC).getYear(), number);
        ObjectNode release = NODES.objectNode();
        release.put("ocid", ocid);
        release.put("id", ocid + "-compiled");
        release.put("date", text(stillAwarding || cancelled ? end : awarded));
        release.putArray("tag").add("compiled");
        release.put("initiationType", "tender");
        Map<String, ObjectNode> parties = new LinkedHashMap<>();
        party(parties, buyer, "buyer");
        party(parties, procuringEntity, "procuringEntity");
        release.set("buyer", reference(buyer));

        ObjectNode tender = release.putObject("tender");
        tender.put("id", ocid + "-tender");
        tender.put("title", cpv.items().get(0).description() + " for " + buyer.name());
        tender.put("status", cancelled ? "cancelled" : stillAwarding ? "active" : "complete");
        tender.put("procurementMethod", method);
        tender.put("procurementMethodDetails", details);
        tender.put("mainProcurementCategory", cpv.category());
        tender.put("awardCriteria", priceOnly ? "priceOnly" : "ratedCriteria");
        tender.set("procuringEntity", reference(procuringEntity));
        ObjectNode period = tender.putObject("tenderPeriod");
        period.put("startDate", text(start));
        period.put("endDate", text(end));
        ArrayNode lots = tender.putArray("lots");
        ArrayNode items = tender.putArray("items");
        ArrayNode bids = release.putObject("bids").putArray("details");
        ArrayNode awards = release.putArray("awards");
        double total = 0;
        java.util.Set<String> tenderers = new java.util.LinkedHashSet<>();
        int bidNumber = 0;
        for (int l = 1; l <= lotCount; l++) {
            String lotId = "lot-" + l;
            double estimate = estimate(cpv);
            total += estimate;
            ObjectNode lot = lots.addObject();
            lot.put("id", lotId);
            lot.put("title", "Lot " + l);
            lot.set("value", money(estimate));
            lot.put("status", cancelled ? "cancelled" : "active");
            List<ObjectNode> lotItems = new ArrayList<>();
            int itemCount = 1 + random.nextInt(3);
            for (int k = 1; k <= itemCount; k++) {
                SyntheticMarket.Cpv code = cpv.items().get(random.nextInt(cpv.items().size()));
                ObjectNode item = items.addObject();
                item.put("id", lotId + "-item-" + k);
                item.put("description", code.description());
                item.putObject("classification").put("scheme", "CPV").put("id", code.id())
                        .put("description", code.description());
                item.put("quantity", 1 + random.nextInt(5000));
                item.putObject("unit").put("name", code.unit());
                item.put("relatedLot", lotId);
                lotItems.add(item);
            }

            // The lot's bids: prices around the estimate, statuses as the evaluation left them.
            List<ObjectNode> lotBids = new ArrayList<>();
            int bidCount = bidCount(method);
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (int b = 0; b < bidCount; b++) {
                SyntheticMarket.Party bidder = market.bidder(random, division);
                if (!seen.add(bidder.id())) {
                    continue;
                }
                party(parties, bidder, "tenderer");
                tenderers.add(bidder.id());
                double price = estimate * (0.72 + 0.45 * random.nextDouble());
                // Now and then the same price as an earlier bid: what identical-price indicators look for.
                if (!lotBids.isEmpty() && random.nextInt(200) == 0) {
                    price = lotBids.get(0).path("value").path("amount").asDouble();
                }
                ObjectNode bid = NODES.objectNode();
                bid.put("id", ocid + "-bid-" + (++bidNumber));
                Instant received = start.plus(Duration.ofMinutes(
                        (long) (random.nextDouble() * Duration.between(start, end).toMinutes())));
                if (random.nextInt(200) == 0) {
                    received = end.plus(Duration.ofMinutes(1 + random.nextInt(120)));
                }
                bid.put("date", text(received));
                String status;
                if (cancelled || stillAwarding && random.nextBoolean()) {
                    status = "pending";
                } else {
                    int s = random.nextInt(100);
                    status = s < 10 ? "disqualified" : s < 12 ? "withdrawn" : "valid";
                }
                bid.put("status", status);
                bid.putArray("tenderers").add(reference(bidder));
                bid.set("value", money(price));
                bid.putArray("relatedLots").add(lotId);
                bids.add(bid);
                lotBids.add(bid);
            }
            if (!cancelled) {
                award(awards, ocid, lotId, lotBids, lotItems, awarded, stillAwarding, priceOnly);
            }
        }
        tender.set("value", money(total));
        tender.put("numberOfTenderers", tenderers.size());
        ArrayNode partyArray = release.putArray("parties");
        parties.values().forEach(partyArray::add);
        return release;
    }

    /** The lot's awards: the winner (the lowest valid bid, or one of the two lowest under rated criteria). */
    private void award(ArrayNode awards, String ocid, String lotId, List<ObjectNode> lotBids, List<ObjectNode> items,
            Instant date, boolean stillAwarding, boolean priceOnly) {
        List<ObjectNode> valid = new ArrayList<>(lotBids.stream()
                .filter(b -> b.path("status").asText().equals("valid")).toList());
        valid.sort((a, b) -> Double.compare(a.path("value").path("amount").asDouble(),
                b.path("value").path("amount").asDouble()));
        if (valid.isEmpty()) {
            if (!stillAwarding) {
                ObjectNode award = awards.addObject();
                award.put("id", lotId + "-unsuccessful");
                award.put("status", "unsuccessful");
                award.put("date", text(date));
                award.putArray("relatedLots").add(lotId);
            }
            return;
        }
        int winner = !priceOnly && valid.size() > 1 && random.nextInt(3) == 0 ? 1 : 0;
        // One award in twenty-five was cancelled after a complaint and the lot went to the next bid.
        if (!stillAwarding && valid.size() > winner + 1 && random.nextInt(25) == 0) {
            awards.add(awardOf(ocid, lotId, valid.get(winner), items, "cancelled", date.minus(Duration.ofDays(12))));
            winner++;
        }
        awards.add(awardOf(ocid, lotId, valid.get(winner), items, stillAwarding ? "pending" : "active", date));
    }

    private static ObjectNode awardOf(String ocid, String lotId, ObjectNode bid, List<ObjectNode> items, String status,
            Instant date) {
        ObjectNode award = NODES.objectNode();
        award.put("id", bid.path("id").asText().replace(ocid + "-bid-", ocid + "-award-") + "-" + status);
        award.put("status", status);
        award.put("date", text(date));
        award.set("value", bid.path("value").deepCopy());
        award.set("suppliers", bid.path("tenderers").deepCopy());
        ArrayNode awardItems = award.putArray("items");
        for (ObjectNode item : items) {
            awardItems.addObject().put("id", item.path("id").asText()).set("classification", item.path("classification"));
        }
        award.putArray("relatedLots").add(lotId);
        return award;
    }

    private int lotCount() {
        int roll = random.nextInt(100);
        return roll < 50 ? 1 : roll < 75 ? 2 : roll < 90 ? 3 : 4 + random.nextInt(3);
    }

    /** One to eight bids: open procedures draw the most, with a single bid now and then. */
    private int bidCount(String method) {
        return switch (method) {
            case "direct" -> 1;
            case "limited" -> 1 + random.nextInt(3);
            case "selective" -> 3 + random.nextInt(4);
            default -> random.nextInt(7) == 0 ? 1 : 2 + random.nextInt(7);
        };
    }

    private double estimate(SyntheticMarket.Division division) {
        double base = division.category().equals("works") ? 400_000 : division.category().equals("goods") ? 80_000 : 120_000;
        return base * Math.exp(random.nextGaussian() * 0.9);
    }

    private static void party(Map<String, ObjectNode> parties, SyntheticMarket.Party party, String role) {
        ObjectNode node = parties.computeIfAbsent(party.id(), id -> {
            ObjectNode p = NODES.objectNode();
            p.put("id", party.id());
            p.put("name", party.name());
            p.putArray("roles");
            return p;
        });
        ArrayNode roles = (ArrayNode) node.get("roles");
        for (var r : roles) {
            if (r.asText().equals(role)) {
                return;
            }
        }
        roles.add(role);
    }

    private static ObjectNode reference(SyntheticMarket.Party party) {
        return NODES.objectNode().put("id", party.id()).put("name", party.name());
    }

    private static ObjectNode money(double amount) {
        return NODES.objectNode().put("amount", BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP))
                .put("currency", "EUR");
    }

    private static String text(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
