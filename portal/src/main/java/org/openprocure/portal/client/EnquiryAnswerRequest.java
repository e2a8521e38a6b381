package org.openprocure.portal.client;

/** The buyer's answer to a supplier's question. */
public record EnquiryAnswerRequest(String answer) {
}
