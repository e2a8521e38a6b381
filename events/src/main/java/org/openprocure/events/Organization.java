package org.openprocure.events;

/** A party by its identifier in the platform (the {@code org} claim) and its public name. */
public record Organization(String id, String name) {
}
