package org.openprocure.portal.view;

import java.util.List;

import org.openprocure.portal.client.Contract;

/** The officer's buyer's contracts; {@code contracts} is null when contract-service could not give them. */
public record OfficerContracts(List<Contract> contracts) {

    public boolean unavailable() {
        return contracts == null;
    }

    public boolean empty() {
        return contracts != null && contracts.isEmpty();
    }
}
