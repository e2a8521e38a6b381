package org.openprocure.contract.flags;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** The red flags' settings ({@code openprocure.contract.red-flags.*}). */
@ConfigMapping(prefix = "openprocure.contract.red-flags")
public interface RedFlagsConfig {

    /** How often the watch looks whether the stored history changed ({@code off} disables it). */
    String every();

    /** A Cardinal INI settings file; none = Cardinal's defaults. */
    Optional<String> settings();
}
