package org.openprocure.portal.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

import org.openprocure.portal.client.Contract;
import org.openprocure.portal.client.ContractServiceClient;
import org.openprocure.portal.client.ContractServiceException;
import org.openprocure.portal.client.ContractServiceUserClient;
import org.openprocure.portal.client.TenderServiceClient;
import org.openprocure.portal.i18n.RequestMessages;
import org.openprocure.portal.view.ContractForms;
import org.openprocure.portal.view.ContractPage;
import org.openprocure.portal.view.FormProblem;
import org.openprocure.portal.view.RequestLocale;
import org.openprocure.portal.view.Viewer;

/**
 * The public page of one contract (parties, values, amendments, milestones, payments, status), its signed PDF
 * and summary PDF passed through from contract-service, and the buyer's officer's steps on it. Each step posts,
 * then redirects back with {@code ?done=…}; a refusal shows the page again with the service's reason at the form.
 */
@Path("/contracts/{contractId}")
public class ContractResource {

    private static final java.util.List<String> DONE = java.util.List.of("signed", "amended", "milestoneRecorded",
            "paymentRecorded", "completed", "terminated");

    @Inject
    @RestClient
    ContractServiceClient contractService;

    @Inject
    @RestClient
    ContractServiceUserClient asOfficer;

    @Inject
    RequestLocale locale;

    @Inject
    RequestMessages messages;

    @Inject
    SecurityIdentity identity;

    @Inject
    Viewer viewer;

    @GET
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@PathParam("contractId") String contractId, @QueryParam("done") String done) {
        return render(contract(contractId), done != null && DONE.contains(done) ? done : null, null);
    }

    @GET
    @Path("document.pdf")
    @PermitAll
    @Produces(TenderServiceClient.PDF)
    public Response document(@PathParam("contractId") String contractId) {
        return TenderPageResource.pdf(contractService.document(contractId), "contract-" + contractId + ".pdf");
    }

    @GET
    @Path("summary.pdf")
    @PermitAll
    @Produces(TenderServiceClient.PDF)
    public Response summary(@PathParam("contractId") String contractId) {
        return TenderPageResource.pdf(contractService.summaryPdf(contractId),
                "contract-" + contractId + "-summary.pdf");
    }

    /** Multipart: the signed PDF travels with the form and goes on as base64 in {@code document.content}. */
    @POST
    @Path("signature")
    @RolesAllowed("officer")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<String> sign(@PathParam("contractId") String contractId, MultipartFormDataInput input) {
        MultivaluedMap<String, String> form = Multipart.fields(input);
        return step(contractId, "sign", form,
                ContractForms.signature(form, upload(input, "document.content"), messages.contracts()),
                request -> asOfficer.sign(contractId, request), "signed");
    }

    @POST
    @Path("amendments")
    @RolesAllowed("officer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<String> amend(@PathParam("contractId") String contractId,
            MultivaluedMap<String, String> form) {
        Contract contract = contract(contractId);
        return step(contract, "amend", form, ContractForms.amendment(form, contract, messages.contracts()),
                request -> asOfficer.amend(contractId, request), "amended");
    }

    @POST
    @Path("milestones")
    @RolesAllowed("officer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<String> milestone(@PathParam("contractId") String contractId,
            MultivaluedMap<String, String> form) {
        String milestoneId = org.openprocure.portal.view.Forms.text(form, "milestoneId");
        return step(contractId, "milestone", form, ContractForms.milestone(form, messages.contracts()),
                request -> asOfficer.recordMilestone(contractId, milestoneId, request), "milestoneRecorded");
    }

    @POST
    @Path("payments")
    @RolesAllowed("officer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<String> payment(@PathParam("contractId") String contractId,
            MultivaluedMap<String, String> form) {
        String key = org.openprocure.portal.view.Forms.idempotencyKey(form);
        return step(contractId, "payment", form, ContractForms.payment(form, messages.contracts()),
                request -> asOfficer.recordPayment(contractId, key, request), "paymentRecorded");
    }

    @POST
    @Path("completion")
    @RolesAllowed("officer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<String> complete(@PathParam("contractId") String contractId,
            MultivaluedMap<String, String> form) {
        return step(contractId, "complete", form, ContractForms.completion(form, messages.contracts()),
                request -> asOfficer.complete(contractId, request), "completed");
    }

    @POST
    @Path("termination")
    @RolesAllowed("officer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<String> terminate(@PathParam("contractId") String contractId,
            MultivaluedMap<String, String> form) {
        return step(contractId, "terminate", form, ContractForms.termination(form, messages.contracts()),
                request -> asOfficer.terminate(contractId, request), "terminated");
    }

    private <T> RestResponse<String> step(String contractId, String action, MultivaluedMap<String, String> form,
            ContractForms.Parsed<T> parsed, Consumer<T> send, String done) {
        return step(null, contractId, action, form, parsed, send, done);
    }

    private <T> RestResponse<String> step(Contract contract, String action, MultivaluedMap<String, String> form,
            ContractForms.Parsed<T> parsed, Consumer<T> send, String done) {
        return step(contract, contract.contractId(), action, form, parsed, send, done);
    }

    private <T> RestResponse<String> step(Contract known, String contractId, String action,
            MultivaluedMap<String, String> form, ContractForms.Parsed<T> parsed, Consumer<T> send, String done) {
        FormProblem problem = parsed.problem();
        if (problem == null) {
            try {
                send.accept(parsed.request());
                URI location = UriBuilder.fromPath("/contracts/{contractId}").queryParam("done", done)
                        .fragment("contract").build(contractId);
                return RestResponse.seeOther(location);
            } catch (ContractServiceException refused) {
                if (!refused.userCanFix()) {
                    throw refused;
                }
                problem = FormProblem.of(refused.problem());
            }
        }
        Contract contract = known != null ? known : contract(contractId);
        ContractPage.Refusal refusal = new ContractPage.Refusal(action, problem, ContractForms.entered(form));
        return Pages.html(problem.status(), render(contract, null, refusal));
    }

    private TemplateInstance render(Contract contract, String done, ContractPage.Refusal refusal) {
        ContractPage page = new ContractPage(contract, officerOfBuyer(contract), done, refusal,
                UUID.randomUUID().toString());
        return Templates.contract(page).setLocale(locale.get());
    }

    /** The forms are offered to officers of the contract's buyer; contract-service checks it again. */
    private boolean officerOfBuyer(Contract contract) {
        if (!identity.hasRole("officer") || contract.buyer() == null || contract.buyer().id() == null) {
            return false;
        }
        return contract.buyer().id().equals(viewer.organisationId());
    }

    /** A contract contract-service does not know is the 404 page (see {@code ErrorPages}). */
    private Contract contract(String contractId) {
        return contractService.contract(contractId);
    }

    private static ContractForms.Upload upload(MultipartFormDataInput input, String field) {
        Map<String, Collection<FormValue>> values = input.getValues();
        Collection<FormValue> files = values.get(field);
        if (files == null) {
            return null;
        }
        for (FormValue value : files) {
            if (value.isFileItem()) {
                try (InputStream content = value.getFileItem().getInputStream()) {
                    return new ContractForms.Upload(value.getFileName(), content.readAllBytes());
                } catch (IOException unreadable) {
                    throw new UncheckedIOException("An uploaded file could not be read back", unreadable);
                }
            }
        }
        return null;
    }
}
