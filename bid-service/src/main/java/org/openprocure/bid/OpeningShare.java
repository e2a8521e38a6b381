package org.openprocure.bid;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A key share handed in for an opening, kept encrypted until enough are in; deleted at the opening. */
@Entity
@Table(name = "opening_share")
public class OpeningShare extends PanacheEntityBase {

    @EmbeddedId
    public KeyShareHolding.Key key;

    @Column(name = "holder_username", nullable = false)
    public String holderUsername;

    @Column(name = "wrapped_share", nullable = false)
    public byte[] wrappedShare;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;
}
