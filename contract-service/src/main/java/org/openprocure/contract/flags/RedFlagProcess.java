package org.openprocure.contract.flags;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A process the last red-flag run analysed: its notice read, not cancelled. */
@Entity
@Table(name = "red_flag_process")
public class RedFlagProcess extends PanacheEntityBase {

    @Id
    public String ocid;

    @Column(name = "buyer_id", nullable = false)
    public String buyerId;
}
