package org.openprocure.portal.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** What a comment is about: the whole draft ({@code tender}), one {@code section}, or one {@code lot}. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CommentTarget(String type, String section, String lotId) {
}
