package org.openprocure.portal.client;

/** The chair's decision on a complaint: {@code upheld} or {@code dismissed}, with the reason. */
public record ComplaintDecision(String decision, String reason) {
}
