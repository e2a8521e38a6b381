package org.openprocure.contract.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.openprocure.contract.contracts.Contract;
import org.openprocure.contract.contracts.ContractDocument;

/** The public register of contracts: every contract with what was recorded under it. */
@ApplicationScoped
public class ContractRegister {

    /** The filters of a search; any may be null, {@code statuses} empty = every status. */
    public record Criteria(String ocid, String buyer, String supplier, Set<String> statuses) {
    }

    public record Page(List<ContractFile> contracts, long total) {
    }

    /** The signed document's name and bytes. */
    public record SignedDocument(String fileName, byte[] content) {
    }

    @Transactional
    public Optional<ContractFile> contract(UUID contractId) {
        return Contract.<Contract>findByIdOptional(contractId).map(ContractFile::of);
    }

    @Transactional
    public Optional<SignedDocument> document(UUID contractId) {
        Contract contract = Contract.findById(contractId);
        if (contract == null || contract.documentId == null) {
            return Optional.empty();
        }
        ContractDocument document = ContractDocument.findById(contractId);
        return Optional.of(new SignedDocument(contract.documentFileName, document.content));
    }

    /** Contracts, newest award first. */
    @Transactional
    public Page search(Criteria criteria, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (criteria.ocid() != null) {
            where.append(" and ocid = :ocid");
            parameters.put("ocid", criteria.ocid());
        }
        if (criteria.buyer() != null) {
            where.append(" and buyerId = :buyer");
            parameters.put("buyer", criteria.buyer());
        }
        if (criteria.supplier() != null) {
            where.append(" and supplierId = :supplier");
            parameters.put("supplier", criteria.supplier());
        }
        if (!criteria.statuses().isEmpty()) {
            where.append(" and status in :statuses");
            parameters.put("statuses", criteria.statuses());
        }
        long total = Contract.count(where.toString(), parameters);
        List<ContractFile> contracts = Contract.<Contract>find(where + " order by awardedAt desc, contractId",
                parameters).page(page, size).list().stream().map(ContractFile::of).toList();
        return new Page(contracts, total);
    }
}
