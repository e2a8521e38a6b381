package org.openprocure.evaluation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.time.Duration;
import org.openprocure.evaluation.domain.AbnormallyLowRule;

/** Settings of the evaluation flow, under {@code openprocure.evaluation.*}. */
@ConfigMapping(prefix = "openprocure.evaluation")
public interface EvaluationConfig {

    /** The standstill after a proposal, during which bidders may complain (an ISO-8601 duration). */
    @WithDefault("P10D")
    Duration standstill();

    AbnormallyLow abnormallyLow();

    StandstillWatch standstillWatch();

    interface StandstillWatch {
        /** How often ended standstills are looked for and their awards confirmed. */
        @WithDefault("30s")
        String every();
    }

    interface AbnormallyLow {
        /** Flag a price below this share of the mean of the other qualified bids. */
        @WithDefault("0.80")
        BigDecimal shareOfMean();

        /** Flag a price below this share of the lot's estimate. */
        @WithDefault("0.50")
        BigDecimal shareOfEstimate();
    }

    default AbnormallyLowRule abnormallyLowRule() {
        return new AbnormallyLowRule(abnormallyLow().shareOfMean(), abnormallyLow().shareOfEstimate());
    }
}
