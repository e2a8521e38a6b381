package org.openprocure.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.List;

/** A member of a tender's evaluation committee, by user name; one member chairs it. */
@Entity
@Table(name = "committee_member")
public class CommitteeMember extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "ocid") String ocid, @Column(name = "username") String username)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public boolean chair;

    @Column(nullable = false)
    public int position;

    public String username() {
        return key.username();
    }

    public static List<CommitteeMember> of(String ocid) {
        return list("key.ocid = ?1 order by position", ocid);
    }
}
