package org.openprocure.evaluation.service;

import java.util.Locale;
import org.openprocure.evaluation.LotAward;
import org.openprocure.evaluation.domain.AwardStandstill;

/** Keeps on an award's row where the standstill rules say it stands. */
final class Awards {

    private Awards() {
    }

    static void keep(LotAward award, AwardStandstill standstill) {
        award.stage = standstill.stage().name().toLowerCase(Locale.ROOT);
        award.standstillEnds = standstill.standstillEnds();
        award.confirmedAt = standstill.confirmedAt();
        award.stopReason = standstill.stopReason();
    }

    /** The award's stage as the API shows it: a complaint upheld makes the award void. */
    static String status(LotAward award) {
        return "back_to_evaluation".equals(award.stage) ? "void" : award.stage;
    }
}
