package org.openprocure.contract.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.openprocure.contract.analytics.Award;
import org.openprocure.contract.analytics.ProcessProjection;

/**
 * The awards of every process, for auditors' award histories. The rows are folded from the process's
 * whole history by {@link ProcessProjection}, so they do not depend on the order the topics were read in.
 */
@ApplicationScoped
public class AwardReadModel {

    /** The id of the award that records a lot's failure. */
    public static String unsuccessfulAwardId(String lotId) {
        return ProcessProjection.unsuccessfulAwardId(lotId);
    }

    /** A process's awards, lot by lot, each lot's in the order they were decided. */
    @Transactional
    public List<Award> ofProcess(String ocid) {
        return Award.list("ocid = ?1 order by lotId, awardDate, awardId", ocid);
    }
}
