package org.openprocure.contract.contracts;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** An implementation milestone of a contract, with its OCDS milestoneStatus. */
@Entity
@Table(name = "contract_milestone")
@IdClass(ContractMilestone.Key.class)
public class ContractMilestone extends PanacheEntityBase {

    public record Key(UUID contractId, String milestoneId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "contract_id")
    public UUID contractId;

    @Id
    @Column(name = "milestone_id")
    public String milestoneId;

    @Column(nullable = false)
    public String title;

    public String description;

    @Column(name = "due_date")
    public Instant dueDate;

    @Column(nullable = false)
    public String status;

    @Column(name = "date_met")
    public Instant dateMet;

    @Column(name = "first_recorded_at", nullable = false)
    public Instant firstRecordedAt;
}
