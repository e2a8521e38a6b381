package org.openprocure.portal.rest;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

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
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriBuilder;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.qute.TemplateInstance;

import org.openprocure.portal.client.Bidder;
import org.openprocure.portal.client.EvaluatedBid;
import org.openprocure.portal.client.EvaluationOverview;
import org.openprocure.portal.client.EvaluationServiceException;
import org.openprocure.portal.client.EvaluationServiceUserClient;
import org.openprocure.portal.i18n.EvaluationMessages;
import org.openprocure.portal.i18n.RequestMessages;
import org.openprocure.portal.view.EvaluationForms;
import org.openprocure.portal.view.EvaluationForms.Parsed;
import org.openprocure.portal.view.EvaluationPage;
import org.openprocure.portal.view.FormProblem;
import org.openprocure.portal.view.MyEvaluationsPage;
import org.openprocure.portal.view.RequestLocale;
import org.openprocure.portal.view.StepForms;
import org.openprocure.portal.view.StepRefusal;

/**
 * The evaluation committee's pages: my evaluations, and one page per evaluation with the declaration of
 * conflicts of interest, the bids with the forms to qualify and score them, the rankings, and the chair's
 * decisions. Every call carries the member's own token, so evaluation-service decides who may do what;
 * each form posts and redirects to the page, or shows the page again with the service's reason at the form.
 */
@Path("/evaluations")
@RolesAllowed("evaluator")
public class EvaluationResource {

    private static final Logger LOG = Logger.getLogger(EvaluationResource.class);

    /** The steps whose confirmation the page shows. */
    static final List<String> STEPS = List.of("declared", "qualified", "scored", "justificationRequested",
            "justificationDecided", "proposed", "complaintDecided", "confirmed");

    @Inject
    @RestClient
    EvaluationServiceUserClient evaluations;

    @Inject
    RequestLocale locale;

    @Inject
    RequestMessages messages;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance mine() {
        List<EvaluationOverview> mine = optional("evaluator's evaluations", evaluations::mine);
        return Templates.myEvaluations(new MyEvaluationsPage(mine)).setLocale(locale.get());
    }

    @GET
    @Path("{ocid}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance evaluation(@PathParam("ocid") String ocid, @QueryParam("done") String done) {
        return page(ocid, done != null && STEPS.contains(done) ? done : null, null);
    }

    @POST
    @Path("{ocid}/declaration")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<String> declare(@PathParam("ocid") String ocid, MultivaluedMap<String, String> form) {
        return step(ocid, "declaration", "", form, EvaluationForms.declaration(form, text()),
                request -> evaluations.declare(ocid, request), "declared", null);
    }

    @POST
    @Path("{ocid}/bids/{bidId}/lots/{lotId}/qualification")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<String> qualify(@PathParam("ocid") String ocid, @PathParam("bidId") String bidId,
            @PathParam("lotId") String lotId, MultivaluedMap<String, String> form) {
        return step(ocid, "qualify", bidId + ":" + lotId, form, EvaluationForms.qualification(form, text()),
                request -> evaluations.qualify(ocid, bidId, lotId, request), "qualified", "bid-" + bidId);
    }

    @POST
    @Path("{ocid}/bids/{bidId}/scores")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<String> score(@PathParam("ocid") String ocid, @PathParam("bidId") String bidId,
            MultivaluedMap<String, String> form) {
        return step(ocid, "score", bidId, form, EvaluationForms.scores(form, text()),
                request -> evaluations.score(ocid, bidId, request), "scored", "bid-" + bidId);
    }

    @POST
    @Path("{ocid}/lots/{lotId}/bids/{bidId}/justification-request")
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<String> requestJustification(@PathParam("ocid") String ocid, @PathParam("lotId") String lotId,
            @PathParam("bidId") String bidId) {
        return step(ocid, "requestJustification", lotId + ":" + bidId, null, new Parsed<>(bidId, null),
                request -> evaluations.requestJustification(ocid, lotId, bidId), "justificationRequested",
                "lot-" + lotId);
    }

    @POST
    @Path("{ocid}/lots/{lotId}/bids/{bidId}/justification-decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<String> decideJustification(@PathParam("ocid") String ocid, @PathParam("lotId") String lotId,
            @PathParam("bidId") String bidId, MultivaluedMap<String, String> form) {
        return step(ocid, "decideJustification", lotId + ":" + bidId, form,
                EvaluationForms.justificationDecision(form, text()),
                request -> evaluations.decideJustification(ocid, lotId, bidId, request), "justificationDecided",
                "lot-" + lotId);
    }

    /** Proposes the award, or, with no ranked bid, declares the lot unsuccessful: the same step for the service. */
    @POST
    @Path("{ocid}/lots/{lotId}/proposal")
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<String> propose(@PathParam("ocid") String ocid, @PathParam("lotId") String lotId) {
        return step(ocid, "propose", lotId, null, new Parsed<>(lotId, null),
                request -> evaluations.propose(ocid, lotId), "proposed", "lot-" + lotId);
    }

    @POST
    @Path("{ocid}/lots/{lotId}/complaints/{number}/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<String> decideComplaint(@PathParam("ocid") String ocid, @PathParam("lotId") String lotId,
            @PathParam("number") int number, MultivaluedMap<String, String> form) {
        return step(ocid, "decideComplaint", lotId + ":" + number, form, EvaluationForms.complaintDecision(form, text()),
                request -> evaluations.decideComplaint(ocid, lotId, number, request), "complaintDecided",
                "lot-" + lotId);
    }

    @POST
    @Path("{ocid}/lots/{lotId}/confirmation")
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<String> confirm(@PathParam("ocid") String ocid, @PathParam("lotId") String lotId) {
        return step(ocid, "confirm", lotId, null, new Parsed<>(lotId, null),
                request -> evaluations.confirm(ocid, lotId), "confirmed", "lot-" + lotId);
    }

    /**
     * Sends a parsed form; a form the portal could not read, or one the service refused for a reason the member
     * can act on, shows the page again with that reason at the form and what was entered.
     */
    private <T> RestResponse<String> step(String ocid, String action, String target, MultivaluedMap<String, String> form,
            Parsed<T> parsed, Consumer<T> send, String done, String fragment) {
        FormProblem problem = parsed.problem();
        if (problem == null) {
            try {
                send.accept(parsed.request());
                UriBuilder location = UriBuilder.fromPath("/evaluations/{ocid}").queryParam("done", done);
                if (fragment != null) {
                    location.fragment(StepForms.ids(fragment));
                }
                return RestResponse.seeOther(location.build(ocid));
            } catch (EvaluationServiceException refused) {
                if (!refused.userCanFix()) {
                    throw refused;
                }
                problem = FormProblem.of(refused.problem());
            }
        }
        StepRefusal refusal = StepRefusal.of(action, target, problem,
                form == null ? new MultivaluedHashMap<>() : form);
        return Pages.html(problem.status(), page(ocid, null, refusal));
    }

    private TemplateInstance page(String ocid, String done, StepRefusal refusal) {
        EvaluationOverview overview = evaluations.overview(ocid);
        EvaluationOverview.Me me = overview.me();
        List<Bidder> bidders = null;
        List<EvaluationPage.BidView> bids = null;
        List<EvaluationPage.LotView> lots = List.of();
        boolean member = me != null && me.member();
        if (member && !me.declared() && !me.recused() && overview.opened()) {
            bidders = optional("bidders", () -> evaluations.bidders(ocid));
        } else if (member && me.declared() && !me.recused() && overview.opened()) {
            List<EvaluatedBid> opened = optional("bids", () -> evaluations.bids(ocid));
            bids = opened == null ? null : opened.stream()
                    .map(bid -> new EvaluationPage.BidView(bid, bid.myScores() == null || !overview.scored() ? null
                            : optional("scores", () -> evaluations.scores(ocid, bid.bidId()))))
                    .toList();
            lots = overview.lots().stream()
                    .map(lot -> new EvaluationPage.LotView(lot,
                            optional("ranking", () -> evaluations.ranking(ocid, lot.lotId()))))
                    .toList();
        }
        EvaluationPage page = new EvaluationPage(ocid, overview, bidders, bids, lots, done, new StepForms(refusal));
        return Templates.evaluation(page).setLocale(locale.get());
    }

    private EvaluationMessages text() {
        return messages.evaluation();
    }

    /** A part evaluation-service cannot give right now is shown as unavailable, not as an error page. */
    private static <T> T optional(String part, Supplier<T> fetch) {
        try {
            return fetch.get();
        } catch (RuntimeException unavailable) {
            LOG.warnf("The %s of an evaluation could not be fetched: %s", part, unavailable.toString());
            return null;
        }
    }
}
