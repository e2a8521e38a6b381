package org.openprocure.portal.client;

/** A supplier's question about a published tender. */
public record EnquiryRequest(String question, EnquiryTarget target) {
}
