package org.openprocure.contract.contracts;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A change of a signed contract's value or period, with its reason; numbered from 1. */
@Entity
@Table(name = "contract_amendment")
@IdClass(ContractAmendment.Key.class)
public class ContractAmendment extends PanacheEntityBase {

    public record Key(UUID contractId, int number) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }

    @Id
    @Column(name = "contract_id")
    public UUID contractId;

    @Id
    public int number;

    @Column(name = "amended_at", nullable = false)
    public Instant amendedAt;

    @Column(nullable = false)
    public String reason;

    @Column(name = "previous_amount", nullable = false)
    public BigDecimal previousAmount;

    @Column(name = "value_amount", nullable = false)
    public BigDecimal valueAmount;

    @Column(name = "previous_start", nullable = false)
    public Instant previousStart;

    @Column(name = "previous_end", nullable = false)
    public Instant previousEnd;

    @Column(name = "period_start", nullable = false)
    public Instant periodStart;

    @Column(name = "period_end", nullable = false)
    public Instant periodEnd;
}
