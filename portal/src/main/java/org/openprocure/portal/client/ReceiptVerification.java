package org.openprocure.portal.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

@JsonIgnoreProperties(ignoreUnknown = true)
public record ReceiptVerification(boolean valid, String reason) {
}
