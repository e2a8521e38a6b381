package org.openprocure.portal.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** OCDS Classification; the scheme is CPV, so {@code id} is a code such as {@code 45233252-0}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Classification(String scheme, String id, String description) {
}
