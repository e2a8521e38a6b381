package org.openprocure.systemtests.authorisation;

/**
 * A column of the declared authorisation table: who calls, as which demo user. "Own" and "other" are relative
 * to the matrix's fixtures, which all belong to Northvale City Council (the buyer) and Acme Build Ltd (the
 * bidder): Anna is an officer of the buyer, Dmitri of another buyer; Acme bid, Zieliński did not; Dana chairs
 * the evaluation committee, Emeka evaluates for another buyer.
 */
public enum Caller {
    ANONYMOUS("anonymous", null, null),
    OFFICER_OWN("officer own org", "officer.anna", "officer"),
    OFFICER_OTHER("officer other org", "officer.dmitri", "officer"),
    SUPPLIER_OWN("supplier own", "supplier.acme", "supplier"),
    SUPPLIER_OTHER("supplier other", "supplier.zielinski", "supplier"),
    EVALUATOR_OWN("evaluator own", "evaluator.dana", "evaluator"),
    EVALUATOR_OTHER("evaluator other", "evaluator.emeka", "evaluator"),
    AUDITOR("auditor", "auditor.farah", "auditor");

    private final String column;
    private final String username;
    private final String role;

    Caller(String column, String username, String role) {
        this.column = column;
        this.username = username;
        this.role = role;
    }

    /** The table's column heading. */
    public String column() {
        return column;
    }

    /** The demo user who calls, null for the anonymous caller. */
    public String username() {
        return username;
    }

    /** The caller's realm role, null for the anonymous caller. */
    public String role() {
        return role;
    }
}
