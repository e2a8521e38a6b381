package org.openprocure.contract.redflags;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Read-only view of one OCDS 1.1 compiled release, with the bid and award selections Cardinal's
 * indicators share. Missing or mistyped fields read as absent, so missing data never flags.
 */
public final class ContractingProcess {

    private final JsonNode release;

    public ContractingProcess(JsonNode release) {
        this.release = release;
    }

    public JsonNode release() {
        return release;
    }

    public Optional<String> ocid() {
        return text(release.path("ocid"));
    }

    public JsonNode tender() {
        return release.path("tender");
    }

    public boolean isCancelled() {
        return "cancelled".equals(tender().path("status").asText(null));
    }

    public Optional<String> procurementMethod() {
        return text(tender().path("procurementMethod"));
    }

    public Optional<String> procurementMethodDetails() {
        return text(tender().path("procurementMethodDetails"));
    }

    /** All bids.details entries that are objects. */
    public List<JsonNode> bids() {
        List<JsonNode> bids = new ArrayList<>();
        JsonNode details = release.path("bids").path("details");
        if (details.isArray()) {
            details.forEach(bid -> {
                if (bid.isObject()) {
                    bids.add(bid);
                }
            });
        }
        return bids;
    }

    /** Bids with a status other than invited or withdrawn: pending, valid and disqualified bids. */
    public List<JsonNode> submittedBids() {
        return bids().stream()
                .filter(bid -> status(bid).filter(s -> !s.equals("invited") && !s.equals("withdrawn")).isPresent())
                .toList();
    }

    public List<JsonNode> awards() {
        List<JsonNode> awards = new ArrayList<>();
        JsonNode array = release.path("awards");
        if (array.isArray()) {
            array.forEach(award -> {
                if (award.isObject()) {
                    awards.add(award);
                }
            });
        }
        return awards;
    }

    public List<JsonNode> activeAwards() {
        return awards().stream().filter(a -> status(a).filter("active"::equals).isPresent()).toList();
    }

    /**
     * Whether every award that has a status is final (active, cancelled or unsuccessful), so that
     * results are stable; a pending award makes the process not yet assessable. Also requires
     * awards and bids.details to be present, as Cardinal does.
     */
    public boolean allAwardsFinal() {
        if (!release.path("awards").isArray() || !release.path("bids").path("details").isArray()) {
            return false;
        }
        for (JsonNode award : awards()) {
            Optional<String> status = status(award);
            if (status.isPresent() && !Set.of("active", "cancelled", "unsuccessful").contains(status.get())) {
                return false;
            }
        }
        return true;
    }

    /** The supplier of the single winner: exactly one active award with exactly one supplier with an id. */
    public Optional<String> singleWinner() {
        List<JsonNode> active = activeAwards();
        if (active.size() != 1) {
            return Optional.empty();
        }
        JsonNode suppliers = active.get(0).path("suppliers");
        if (!suppliers.isArray() || suppliers.size() != 1) {
            return Optional.empty();
        }
        return text(suppliers.get(0).path("id"));
    }

    public Set<String> activeSupplierIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (JsonNode award : activeAwards()) {
            ids.addAll(partyIds(award.path("suppliers")));
        }
        return ids;
    }

    public Optional<String> buyerId() {
        return text(release.path("buyer").path("id"));
    }

    public Optional<String> procuringEntityId() {
        return text(tender().path("procuringEntity").path("id"));
    }

    static Optional<String> status(JsonNode object) {
        return text(object.path("status"));
    }

    static boolean hasStatus(JsonNode object, String status) {
        return status(object).filter(status::equals).isPresent();
    }

    static Set<String> tendererIds(JsonNode bid) {
        return partyIds(bid.path("tenderers"));
    }

    static Set<String> partyIds(JsonNode parties) {
        Set<String> ids = new LinkedHashSet<>();
        if (parties.isArray()) {
            parties.forEach(p -> text(p.path("id")).ifPresent(ids::add));
        }
        return ids;
    }

    /** A bid's amount and currency, when both are present and the amount is a number. */
    static Optional<Money> value(JsonNode bid) {
        JsonNode amount = bid.path("value").path("amount");
        Optional<String> currency = text(bid.path("value").path("currency"));
        if (!amount.isNumber() || currency.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Money(amount.asDouble(), currency.get()));
    }

    static Optional<String> text(JsonNode node) {
        return node.isTextual() ? Optional.of(node.asText()) : Optional.empty();
    }

    public record Money(double amount, String currency) {
    }
}
