package org.openprocure.portal.client;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A page of contracts, {@code {"items":[contract],"total"}}. The contract does not give the shape of
 * {@code /contracts/mine}; a bare array of contracts is read as well.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContractList(List<Contract> items, long total) {

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public ContractList(@JsonProperty("items") List<Contract> items, @JsonProperty("total") Long total) {
        this(items, total == null ? (items == null ? 0 : items.size()) : total);
    }

    public ContractList {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** A bare JSON array of contracts. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ContractList of(List<Contract> items) {
        return new ContractList(items, items == null ? 0 : items.size());
    }
}
