package org.openprocure.portal.client;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** An award criterion: {@code price} or {@code quality}, with its weight out of 100. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Criterion(String name, String type, BigDecimal weight) {
}
