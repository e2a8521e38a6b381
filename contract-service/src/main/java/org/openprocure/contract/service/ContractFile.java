package org.openprocure.contract.service;

import java.math.BigDecimal;
import java.util.List;
import org.openprocure.contract.contracts.Contract;
import org.openprocure.contract.contracts.ContractAmendment;
import org.openprocure.contract.contracts.ContractMilestone;
import org.openprocure.contract.contracts.ContractPayment;
import org.openprocure.contract.domain.ContractValueChange;

/** A contract with everything recorded under it, read in one transaction. */
public record ContractFile(Contract contract, List<ContractAmendment> amendments, List<ContractMilestone> milestones,
        List<ContractPayment> payments) {

    public BigDecimal totalPaid() {
        return payments.stream().map(p -> p.amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** Against the awarded value; none before the contract has a value. */
    public ContractValueChange cumulativeChange() {
        return contract.valueAmount == null ? null
                : ContractValueChange.against(contract.awardAmount, contract.valueAmount);
    }

    static ContractFile of(Contract contract) {
        return new ContractFile(contract,
                ContractAmendment.list("contractId = ?1 order by number", contract.contractId),
                ContractMilestone.list("contractId = ?1 order by firstRecordedAt, milestoneId", contract.contractId),
                ContractPayment.list("contractId = ?1 order by number", contract.contractId));
    }
}
