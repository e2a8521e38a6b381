package org.openprocure.portal.client;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** OCDS Item: what is bought, how much of it, and its CPV classification. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Item(String id, String description, BigDecimal quantity, String unit, Classification classification) {
}
