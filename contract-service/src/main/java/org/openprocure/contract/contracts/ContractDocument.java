package org.openprocure.contract.contracts;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** The signed contract's PDF, kept apart from the contract's row so that lists never load it. */
@Entity
@Table(name = "contract_document")
public class ContractDocument extends PanacheEntityBase {

    @Id
    @Column(name = "contract_id")
    public UUID contractId;

    @Column(nullable = false)
    public byte[] content;
}
