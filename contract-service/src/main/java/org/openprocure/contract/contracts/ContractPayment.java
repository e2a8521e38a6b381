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

/** A payment by the buyer to the supplier under a contract, in the contract's currency. */
@Entity
@Table(name = "contract_payment")
@IdClass(ContractPayment.Key.class)
public class ContractPayment extends PanacheEntityBase {

    public record Key(UUID contractId, String paymentId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "contract_id")
    public UUID contractId;

    @Id
    @Column(name = "payment_id")
    public String paymentId;

    @Column(nullable = false)
    public int number;

    @Column(name = "paid_on", nullable = false)
    public Instant date;

    @Column(nullable = false)
    public BigDecimal amount;

    @Column(name = "milestone_id")
    public String milestoneId;

    public String description;

    @Column(name = "idempotency_key")
    public String idempotencyKey;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
