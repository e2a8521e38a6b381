package org.openprocure.events.tender;

/** The buyer hid an abusive comment from the public, with the reason; auditors still see it. */
public record ConsultationCommentHidden(String tenderId, String commentId, int number, String reason) {
}
