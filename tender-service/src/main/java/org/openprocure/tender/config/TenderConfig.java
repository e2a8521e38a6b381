package org.openprocure.tender.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Settings of the tender service, under {@code openprocure.tender.*}. */
@ConfigMapping(prefix = "openprocure.tender")
public interface TenderConfig {

    /** The OCDS prefix registered for this publisher, e.g. {@code ocds-op7x2k}. */
    String ocidPrefix();

    /** The shortest public consultation. */
    @WithDefault("P5D")
    Duration minimumConsultation();

    /**
     * An enquiry answered after the enquiry deadline, or left unanswered at it, moves the submission
     * deadline to at least this long after the answer (or the enquiry deadline).
     */
    @WithDefault("P6D")
    Duration enquiryExtension();

    /** After an amendment at least this long must remain before the deadline; the deadline moves out if not. */
    @WithDefault("P7D")
    Duration minimumTimeAfterAmendment();

    /** The largest document an officer may upload. */
    @WithDefault("20971520")
    long maxDocumentBytes();

    /**
     * The minimum-period table, one rule per entry {@code method:fromValue:duration}, e.g. {@code
     * open:221000:P35D}; unset means {@code MinimumPeriods.defaults()}.
     */
    Optional<List<String>> minimumPeriods();

    /** Where the public portal runs: the Atom feed links each notice to its page there. */
    @WithDefault("http://localhost:8080")
    String portalUrl();

    /** How often the deadline watch looks for tenders whose enquiry period or tendering has ended. */
    @WithDefault("5s")
    String deadlineCheckEvery();
}
