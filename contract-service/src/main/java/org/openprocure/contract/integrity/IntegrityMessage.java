package org.openprocure.contract.integrity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;

/** One message of a report's conversation: the reporter's (through the follow-up code) or an auditor's. */
@Entity
@Table(name = "message", schema = "integrity")
@IdClass(IntegrityMessage.Key.class)
public class IntegrityMessage extends PanacheEntityBase {

    public static final String REPORTER = "reporter";
    public static final String AUDITOR = "auditor";

    public record Key(String reference, int number) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }

    @Id
    public String reference;

    @Id
    public int number;

    @Column(nullable = false)
    public String author;

    /** The auditor's pseudonym; null for the reporter's messages. */
    public String auditor;

    @Column(nullable = false)
    public String text;

    @Column(name = "sent_on", nullable = false)
    public LocalDate sentOn;
}
