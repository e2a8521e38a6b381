package org.openprocure.bid;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A tender's sealing key as the service keeps it: the public half only. */
@Entity
@Table(name = "tender_key")
public class TenderKey extends PanacheEntityBase {

    @Id
    public String ocid;

    @Column(name = "public_key", nullable = false)
    public byte[] publicKey;

    @Column(nullable = false)
    public String fingerprint;

    @Column(nullable = false)
    public int threshold;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
