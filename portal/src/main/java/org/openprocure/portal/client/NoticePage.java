package org.openprocure.portal.client;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One page of published notices, as tender-service returns it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NoticePage(List<Notice> items, int page, int size, long total) {

    public NoticePage {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
