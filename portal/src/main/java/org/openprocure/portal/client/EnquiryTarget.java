package org.openprocure.portal.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** What a question is about: the whole {@code tender}, one {@code lot} or one {@code item} of a lot. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EnquiryTarget(String type, String lotId, String itemId) {
}
