package org.openprocure.portal.client;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** OCDS Value: an amount with its ISO 4217 currency. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Value(BigDecimal amount, String currency) {
}
