package org.openprocure.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** A committee member's declaration of conflicts of interest about every bidder, made once. */
@Entity
@Table(name = "declaration")
public class Declaration extends PanacheEntityBase {

    @EmbeddedId
    public CommitteeMember.Key key;

    @Column(nullable = false)
    public boolean recused;

    /** Per bidder, as JSON: bidderId, bidderName, conflictOfInterest, statement. */
    @Column(nullable = false)
    public String declarations;

    @Column(name = "declared_at", nullable = false)
    public Instant declaredAt;

    public static List<Declaration> of(String ocid) {
        return list("key.ocid", ocid);
    }
}
