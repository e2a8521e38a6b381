package org.openprocure.tender.config;

import io.smallrye.config.ConfigMapping;

/** Settings of the tender service, under {@code openprocure.tender.*}. */
@ConfigMapping(prefix = "openprocure.tender")
public interface TenderConfig {

    /** The OCDS prefix registered for this publisher, e.g. {@code ocds-op7x2k}. */
    String ocidPrefix();
}
