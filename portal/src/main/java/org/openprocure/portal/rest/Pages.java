package org.openprocure.portal.rest;

import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.qute.TemplateInstance;

/** A page with a status of its own, e.g. a form shown again with 400 or 409 and the reason. */
final class Pages {

    private static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    private Pages() {
    }

    /** Rendered here so the status and the charset are exactly as given. */
    static RestResponse<String> html(int status, TemplateInstance page) {
        return RestResponse.ResponseBuilder.<String> create(status).entity(page.render()).type(HTML).build();
    }

    /** A page with a secret on it, shown this once: neither the browser nor any proxy keeps a copy. */
    static RestResponse<String> notStored(TemplateInstance page) {
        return RestResponse.ResponseBuilder.<String> create(200).entity(page.render()).type(HTML)
                .header("Cache-Control", "no-store").build();
    }
}
