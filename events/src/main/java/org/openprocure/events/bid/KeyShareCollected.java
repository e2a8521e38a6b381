package org.openprocure.events.bid;

/** A committee member collected their key card; the service now keeps only the share's hash. */
public record KeyShareCollected(String tenderId, int index, String username) {
}
