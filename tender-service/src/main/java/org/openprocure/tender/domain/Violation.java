package org.openprocure.tender.domain;

/** A broken rule, named by the request field it concerns. */
public record Violation(String field, String message) {
}
