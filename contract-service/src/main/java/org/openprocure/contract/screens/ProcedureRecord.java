package org.openprocure.contract.screens;

import java.util.Objects;

/**
 * One procedure of a buyer with its OCDS {@code tender.procurementMethod}
 * ({@code open}, {@code selective}, {@code limited}, {@code direct}).
 */
public record ProcedureRecord(String buyerId, String procurementMethod) {

    public ProcedureRecord {
        Objects.requireNonNull(buyerId, "buyerId");
        Objects.requireNonNull(procurementMethod, "procurementMethod");
    }

    public boolean open() {
        return "open".equals(procurementMethod);
    }
}
