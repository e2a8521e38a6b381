package org.openprocure.events.evaluation;

import org.openprocure.events.Organization;

/** A bidder complained about a proposed award during its standstill: the award is suspended. */
public record ComplaintFiled(String tenderId, String lotId, String awardId, int number, Organization complainant,
        String text) {
}
