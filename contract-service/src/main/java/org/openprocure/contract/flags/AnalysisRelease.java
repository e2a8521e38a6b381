package org.openprocure.contract.flags;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.openprocure.contract.ocds.ReleaseCompiler;
import org.openprocure.events.EventJson;
import org.openprocure.events.bid.BidsOpened;

/**
 * A copy of a process's compiled release with what the indicators need and the published OCDS leaves
 * out: {@code bids.details} (the OCDS bids extension's shape) from the opening record and the
 * qualification decisions, and each award's items (the notice's items of its lots). The opening record
 * is public, so this adds nothing secret; the published release is never changed.
 *
 * <p>One entry per bid and lot it prices ({@code id} {@code {bidId}-{lotId}}): {@code status}
 * {@code valid} (qualified for the lot), {@code disqualified} (not qualified, or its envelope could not
 * be opened: such a bid cannot be considered) or {@code pending} (no decision yet), {@code date} = when it
 * was received, {@code tenderers}, {@code value}, {@code relatedLots}.
 */
public final class AnalysisRelease {

    private AnalysisRelease() {
    }

    /** The top-level fields of a compiled release that the indicators read. */
    private static final List<String> READ = List.of("ocid", "buyer", "tender", "bids", "awards");

    /**
     * The compiled release without what no indicator reads (parties, contracts with their implementation,
     * planning, ...): in place, and returned. What is kept is not changed.
     */
    public static ObjectNode essentials(ObjectNode compiled) {
        compiled.retain(READ);
        return compiled;
    }

    public static ObjectNode of(JsonNode compiled, ProcessFacts facts) {
        ObjectNode release = compiled.deepCopy();
        BidsOpened opening = facts.opening();
        if (opening != null) {
            ArrayNode details = release.putObject("bids").putArray("details");
            for (BidsOpened.Bid bid : opening.bids()) {
                if (!bid.readable() || bid.lots() == null || bid.lots().isEmpty()) {
                    ObjectNode entry = details.addObject();
                    entry.put("id", bid.bidId());
                    entry.put("date", EventJson.INSTANT_FORMAT.format(bid.receivedAt()));
                    entry.put("status", "disqualified");
                    tenderers(entry, bid);
                    continue;
                }
                for (BidsOpened.LotPrice price : bid.lots()) {
                    ObjectNode entry = details.addObject();
                    entry.put("id", bid.bidId() + "-" + price.lotId());
                    entry.put("date", EventJson.INSTANT_FORMAT.format(bid.receivedAt()));
                    ProcessFacts.Qualification q = facts.qualification(bid.bidId(), price.lotId());
                    entry.put("status", q == null ? "pending" : q.qualified() ? "valid" : "disqualified");
                    tenderers(entry, bid);
                    ObjectNode value = entry.putObject("value");
                    value.put("amount", price.amount());
                    value.put("currency", price.currency());
                    entry.putArray("relatedLots").add(price.lotId());
                }
            }
        }
        awardItems(release);
        return release;
    }

    private static void tenderers(ObjectNode entry, BidsOpened.Bid bid) {
        ArrayNode tenderers = entry.putArray("tenderers");
        if (bid.bidderId() != null) {
            ObjectNode t = tenderers.addObject();
            t.put("id", partyId(bid.bidderId()));
            t.put("name", bid.bidderName());
        }
    }

    /** The platform's organisation id as the releases' party id. */
    public static String partyId(String orgId) {
        return ReleaseCompiler.PARTY_SCHEME + "-" + orgId;
    }

    /** The organisation id of a release's party id. */
    public static String orgId(String partyId) {
        String prefix = ReleaseCompiler.PARTY_SCHEME + "-";
        return partyId.startsWith(prefix) ? partyId.substring(prefix.length()) : partyId;
    }

    private static void awardItems(ObjectNode release) {
        JsonNode items = release.path("tender").path("items");
        JsonNode awards = release.path("awards");
        if (!items.isArray() || !awards.isArray()) {
            return;
        }
        for (JsonNode award : awards) {
            if (!award.isObject() || award.has("items") || !award.path("relatedLots").isArray()) {
                continue;
            }
            Set<String> lots = new HashSet<>();
            award.path("relatedLots").forEach(l -> lots.add(l.asText()));
            ArrayNode awardItems = ((ObjectNode) award).putArray("items");
            items.forEach(item -> {
                if (lots.contains(item.path("relatedLot").asText(null))) {
                    awardItems.add(item.deepCopy());
                }
            });
        }
    }
}
