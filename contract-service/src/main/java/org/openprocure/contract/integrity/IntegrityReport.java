package org.openprocure.contract.integrity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** An anonymous report of suspected wrongdoing, as kept: nothing in it identifies who sent it. */
@Entity
@Table(name = "report", schema = "integrity")
public class IntegrityReport extends PanacheEntityBase {

    @Id
    public String reference;

    @Column(name = "subject_type", nullable = false)
    public String subjectType;

    @Column(name = "subject_id")
    public String subjectId;

    @Column(nullable = false)
    public String category;

    @Column(nullable = false)
    public String description;

    @Column(nullable = false)
    public String status;

    /** The day it came in (UTC), never the time: a time could be matched against access logs. */
    @Column(name = "received_on", nullable = false)
    public LocalDate receivedOn;

    @Column(name = "code_hash", nullable = false)
    public String codeHash;
}
