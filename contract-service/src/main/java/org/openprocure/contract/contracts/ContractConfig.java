package org.openprocure.contract.contracts;

import io.smallrye.config.ConfigMapping;

/** The contracts' settings ({@code openprocure.contract.*}). */
@ConfigMapping(prefix = "openprocure.contract")
public interface ContractConfig {

    /** The largest signed contract PDF accepted, in bytes. */
    long maxDocumentBytes();
}
