package org.openprocure.contract.analytics;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A procurement process as the analytics read model knows it from the event history. */
@Entity
@Table(name = "process")
public class Process extends PanacheEntityBase {

    @Id
    public String ocid;

    public String title;

    @Column(name = "buyer_id")
    public String buyerId;

    @Column(name = "buyer_name")
    public String buyerName;

    /** OCDS tender status as last announced. */
    @Column(nullable = false)
    public String status;

    @Column(name = "procurement_method")
    public String procurementMethod;

    @Column(name = "main_procurement_category")
    public String mainProcurementCategory;

    @Column(name = "value_amount")
    public BigDecimal valueAmount;

    public String currency;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "submission_deadline")
    public Instant submissionDeadline;

    @Column(name = "last_event_at", nullable = false)
    public Instant lastEventAt;

    @Column(name = "main_cpv_code")
    public String mainCpvCode;

    /** The first two digits of the main CPV code. */
    @Column(name = "cpv_division")
    public String cpvDivision;

    @Column(name = "procurement_method_details")
    public String procurementMethodDetails;

    /** Distinct bidders on the opening record. */
    @Column(name = "number_of_tenderers")
    public int numberOfTenderers;

    public int lots;
}
