package org.openprocure.portal.client;

import java.util.List;

/** A bid qualified or disqualified for a lot, with the reason and the SHA-256 of the documents relied on. */
public record QualificationRequest(boolean qualified, String reason, List<String> documents) {
}
