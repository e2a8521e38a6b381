package org.openprocure.contract.domain;

/** A step the contract's status does not allow (signing twice, paying a terminated contract). */
public class ContractStepRefused extends RuntimeException {

    public ContractStepRefused(String message) {
        super(message);
    }
}
