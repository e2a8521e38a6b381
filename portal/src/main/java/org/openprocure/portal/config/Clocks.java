package org.openprocure.portal.config;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The portal's one clock. It only decides which forms to offer (a consultation still open, enquiries
 * not yet closed); tender-service's clock decides what is accepted. Tests replace it with a fixed one.
 */
public class Clocks {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
