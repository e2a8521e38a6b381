package org.openprocure.portal.view;

import java.util.List;

import org.openprocure.portal.client.Contract;

/**
 * The public "Contracts" part of a tender's page: per contract its supplier, value and status with a link to
 * its page. {@code unavailable} when contract-service could not give them once an award could have one.
 */
public record ContractsSection(List<Contract> contracts, boolean unavailable) {

    public ContractsSection {
        contracts = contracts == null ? List.of() : List.copyOf(contracts);
    }

    public String anchor(String contractId) {
        return StepForms.ids("contract", contractId);
    }
}
