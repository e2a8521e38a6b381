package org.openprocure.contract.flags;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A stored red flag of the last run (see {@link Flag}); {@code evidence} is its JSON text. */
@Entity
@Table(name = "red_flag")
public class RedFlag extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    public String ocid;

    public String title;

    @Column(name = "lot_id")
    public String lotId;

    @Column(name = "buyer_id")
    public String buyerId;

    @Column(name = "buyer_name")
    public String buyerName;

    @Column(name = "subject_type", nullable = false)
    public String subjectType;

    @Column(name = "subject_id", nullable = false)
    public String subjectId;

    @Column(name = "subject_name")
    public String subjectName;

    @Column(nullable = false)
    public double value;

    @Column(nullable = false)
    public String explanation;

    @Column(nullable = false)
    public String evidence;

    @Column(nullable = false)
    public String threshold;

    @Column(nullable = false)
    public String source;

    @Column(name = "flag_date")
    public Instant flagDate;

    @Column(name = "computed_at", nullable = false)
    public Instant computedAt;
}
