package org.openprocure.portal.client;

import java.util.List;

/** A member's conflict-of-interest declaration, naming every bidder once; a conflict needs a statement. */
public record DeclarationRequest(List<Declaration> declarations) {

    public record Declaration(String bidderId, boolean conflictOfInterest, String statement) {
    }
}
