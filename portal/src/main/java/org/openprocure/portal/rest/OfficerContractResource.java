package org.openprocure.portal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import io.quarkus.qute.TemplateInstance;

import org.openprocure.portal.client.ContractServiceUserClient;
import org.openprocure.portal.view.OfficerContracts;
import org.openprocure.portal.view.RequestLocale;

/** The officer's list of its buyer's contracts, every status, each linking to the contract's page. */
@Path("/officer/contracts")
public class OfficerContractResource {

    private static final Logger LOG = Logger.getLogger(OfficerContractResource.class);

    @Inject
    @RestClient
    ContractServiceUserClient asOfficer;

    @Inject
    RequestLocale locale;

    @GET
    @RolesAllowed("officer")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list() {
        OfficerContracts contracts;
        try {
            contracts = new OfficerContracts(asOfficer.mine().items());
        } catch (RuntimeException unavailable) {
            LOG.warnf("The officer's contracts could not be fetched: %s", unavailable.toString());
            contracts = new OfficerContracts(null);
        }
        return Templates.officerContracts(contracts).setLocale(locale.get());
    }
}
