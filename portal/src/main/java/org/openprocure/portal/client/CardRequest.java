package org.openprocure.portal.client;

/** A key card handed in for the opening. */
public record CardRequest(String card) {
}
