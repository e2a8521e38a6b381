package org.openprocure.contract.redflags;

/** The subject a red flag is attached to, named as in Cardinal's output. */
public enum Group {
    OCID, Buyer, ProcuringEntity, Tenderer
}
