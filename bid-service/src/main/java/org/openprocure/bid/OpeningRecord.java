package org.openprocure.bid;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The public record of a tender's opening, as JSON: every bid opened, and who opened them when. */
@Entity
@Table(name = "opening_record")
public class OpeningRecord extends PanacheEntityBase {

    @Id
    public String ocid;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    @Column(nullable = false)
    public String record;
}
