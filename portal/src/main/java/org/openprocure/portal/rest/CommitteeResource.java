package org.openprocure.portal.rest;

import java.net.URI;
import java.util.List;

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
import jakarta.ws.rs.core.UriBuilder;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.qute.TemplateInstance;

import org.openprocure.portal.client.BidServiceException;
import org.openprocure.portal.client.BidServiceUserClient;
import org.openprocure.portal.client.CardRequest;
import org.openprocure.portal.client.HandInResult;
import org.openprocure.portal.client.KeyCard;
import org.openprocure.portal.client.Problem.FieldError;
import org.openprocure.portal.client.TenderServiceClient;
import org.openprocure.portal.client.TenderView;
import org.openprocure.portal.i18n.RequestMessages;
import org.openprocure.portal.view.FormProblem;
import org.openprocure.portal.view.Forms;
import org.openprocure.portal.view.KeyCardPage;
import org.openprocure.portal.view.KeyCardsPage;
import org.openprocure.portal.view.OpeningPage;
import org.openprocure.portal.view.RequestLocale;

/**
 * The opening committee's pages: a member's key cards, collecting one (shown this once, text and PDF
 * in the same page), and taking part in an opening by handing the card in. bid-service decides with
 * the member's own token who holds which share and when an opening may happen.
 */
@Path("/committee")
@RolesAllowed("officer")
public class CommitteeResource {

    private static final Logger LOG = Logger.getLogger(CommitteeResource.class);

    @Inject
    @RestClient
    BidServiceUserClient bidsAsUser;

    @Inject
    @RestClient
    TenderServiceClient tenderService;

    @Inject
    RequestLocale locale;

    @Inject
    RequestMessages messages;

    @GET
    @Path("key-cards")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance keyCards() {
        return keyCardsPage(null);
    }

    /** The card is shown in this answer only: bid-service hands it out once and keeps only its hash. */
    @POST
    @Path("key-cards/{ocid}")
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<String> collect(@PathParam("ocid") String ocid) {
        KeyCard card;
        try {
            card = bidsAsUser.collectKeyCard(ocid);
        } catch (BidServiceException refused) {
            if (!refused.userCanFix()) {
                throw refused;
            }
            return Pages.html(refused.status(), keyCardsPage(FormProblem.of(refused.problem())));
        }
        return Pages.notStored(Templates.keyCard(new KeyCardPage(card, Titles.of(tenderService, ocid)))
                .setLocale(locale.get()));
    }

    @GET
    @Path("openings/{ocid}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance opening(@PathParam("ocid") String ocid, @QueryParam("done") String done) {
        return openingPage(ocid, null, null, "handedIn".equals(done) || "opened".equals(done) ? done : null);
    }

    @POST
    @Path("openings/{ocid}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<String> handIn(@PathParam("ocid") String ocid, MultivaluedMap<String, String> form) {
        String card = Forms.text(form, "card");
        if (card == null) {
            FormProblem missing = FormProblem.local(List.of(new FieldError("card", messages.bids().errorCardMissing())));
            return Pages.html(400, openingPage(ocid, null, missing, null));
        }
        try {
            HandInResult result = bidsAsUser.handIn(ocid, new CardRequest(card));
            URI location = UriBuilder.fromPath("/committee/openings/{ocid}")
                    .queryParam("done", result.opened() ? "opened" : "handedIn").build(ocid);
            return RestResponse.seeOther(location);
        } catch (BidServiceException refused) {
            if (!refused.userCanFix()) {
                throw refused;
            }
            // The card is not shown again: a refused card may still be someone's secret.
            return Pages.html(refused.status(), openingPage(ocid, null, FormProblem.of(refused.problem()), null));
        }
    }

    private TemplateInstance keyCardsPage(FormProblem problem) {
        List<KeyCardsPage.Row> rows;
        try {
            rows = bidsAsUser.keyShares().stream()
                    .map(share -> new KeyCardsPage.Row(share, Titles.of(tenderService, share.ocid()))).toList();
        } catch (RuntimeException unavailable) {
            LOG.warnf("The officer's key shares could not be fetched from bid-service: %s", unavailable.toString());
            rows = null;
        }
        return Templates.keyCards(new KeyCardsPage(rows, problem)).setLocale(locale.get());
    }

    private TemplateInstance openingPage(String ocid, String card, FormProblem problem, String done) {
        TenderView tender;
        try {
            tender = tenderService.notice(ocid);
        } catch (RuntimeException unavailable) {
            tender = null;
        }
        return Templates.opening(new OpeningPage(ocid, tender, bidsAsUser.openingProgress(ocid), card, problem, done))
                .setLocale(locale.get());
    }
}
