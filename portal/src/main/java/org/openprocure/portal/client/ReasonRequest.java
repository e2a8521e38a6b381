package org.openprocure.portal.client;

/** A step that must state its reason on the record: hiding a comment, cancelling a tender or a lot. */
public record ReasonRequest(String reason) {
}
