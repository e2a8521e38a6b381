package org.openprocure.contract.ocds;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The publisher's metadata on every OCDS package. */
@ConfigMapping(prefix = "openprocure.ocds")
public interface OcdsConfig {

    @WithDefault("OpenProcure")
    String publisherName();

    /** A URI that identifies the publisher. */
    @WithDefault("https://openprocure.org")
    String publisherUri();

    /** The public base URI of this service, without a trailing slash; package and release URIs start with it. */
    @WithDefault("http://localhost:8084")
    String baseUri();

    /** The licence the data is published under. */
    @WithDefault("https://creativecommons.org/publicdomain/zero/1.0/")
    String license();

    /** The publication policy: what is published, when, and what is withheld. */
    @WithDefault("https://openprocure.org/ocds/publication-policy")
    String publicationPolicy();
}
