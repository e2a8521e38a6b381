package org.openprocure.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A decision qualifying or disqualifying a bid for a lot; the latest for a bid and lot counts. */
@Entity
@Table(name = "qualification")
public class Qualification extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String ocid;

    @Column(name = "bid_id", nullable = false)
    public String bidId;

    @Column(name = "lot_id", nullable = false)
    public String lotId;

    @Column(nullable = false)
    public boolean qualified;

    @Column(nullable = false)
    public String reason;

    /** The bid's documents the decision rests on, as JSON: title, fileName, sha256. */
    @Column(nullable = false)
    public String documents;

    @Column(name = "decided_by", nullable = false)
    public String decidedBy;

    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;

    /** The decision that counts for each bid and lot, keyed {@code bidId + '/' + lotId}. */
    public static Map<String, Qualification> latest(String ocid) {
        Map<String, Qualification> latest = new LinkedHashMap<>();
        List<Qualification> all = list("ocid = ?1 order by id", ocid);
        all.forEach(q -> latest.put(q.bidId + "/" + q.lotId, q));
        return latest;
    }
}
