package org.openprocure.events.tender;

/**
 * What a consultation comment or an enquiry is about: {@code type} {@code tender} (the whole text),
 * {@code section} (with the section's code), {@code lot} (with its id) or {@code item} (with its id).
 */
public record CommentTarget(String type, String section, String lotId, String itemId) {
}
