package org.openprocure.portal.rest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Whether the identity provider can take a login now. Asked before the browser is sent there, so that a
 * visitor sees the portal's own page when Keycloak is down rather than a browser error on a dead address.
 */
@ApplicationScoped
public class SignInAvailability {

    private static final Logger LOG = Logger.getLogger(SignInAvailability.class);
    private static final Duration PATIENCE = Duration.ofSeconds(2);

    private final URI checkUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(PATIENCE).build();

    SignInAvailability(@ConfigProperty(name = "openprocure.portal.sign-in-check-url") URI checkUrl) {
        this.checkUrl = checkUrl;
    }

    /** The provider's discovery document answers (any status below 500) within two seconds. */
    public boolean available() {
        HttpRequest request = HttpRequest.newBuilder(checkUrl).timeout(PATIENCE).GET().build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status >= 500) {
                LOG.warnf("sign-in unavailable: %s answered %d", checkUrl, status);
                return false;
            }
            return true;
        } catch (IOException e) {
            LOG.warnf("sign-in unavailable: %s cannot be reached (%s)", checkUrl, e.toString());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
