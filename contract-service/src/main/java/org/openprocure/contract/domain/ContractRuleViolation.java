package org.openprocure.contract.domain;

/** A request a contract's rules refuse, naming the field at fault. */
public class ContractRuleViolation extends RuntimeException {

    private final String field;

    public ContractRuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
