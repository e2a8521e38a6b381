package org.openprocure.portal.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The public part of tender-service's API: what anyone may read without a token. */
@RegisterRestClient(configKey = "tender-service")
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public interface TenderServiceClient {

    @GET
    @Path("/notices")
    NoticePage notices(@QueryParam("page") int page, @QueryParam("size") int size);
}
