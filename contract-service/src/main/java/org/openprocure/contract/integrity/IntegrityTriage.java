package org.openprocure.contract.integrity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;

/** A triage decision on a report: from which status to which, why, by which auditor (pseudonym). */
@Entity
@Table(name = "triage", schema = "integrity")
@IdClass(IntegrityTriage.Key.class)
public class IntegrityTriage extends PanacheEntityBase {

    public record Key(String reference, int number) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }

    @Id
    public String reference;

    @Id
    public int number;

    @Column(name = "from_status", nullable = false)
    public String fromStatus;

    @Column(name = "to_status", nullable = false)
    public String toStatus;

    @Column(nullable = false)
    public String note;

    @Column(nullable = false)
    public String auditor;

    @Column(name = "decided_on", nullable = false)
    public LocalDate decidedOn;
}
