package org.openprocure.portal.client;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** OCDS Lot with the items bought under it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Lot(
        String id,
        String title,
        String description,
        Value value,
        String status,
        String cancellationReason,
        List<Item> items) {

    public Lot {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public boolean active() {
        return !"cancelled".equals(status);
    }
}
