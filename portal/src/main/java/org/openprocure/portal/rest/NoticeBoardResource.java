package org.openprocure.portal.rest;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.qute.TemplateInstance;

import org.openprocure.portal.client.TenderServiceClient;
import org.openprocure.portal.client.TenderServiceException;
import org.openprocure.portal.i18n.RequestMessages;
import org.openprocure.portal.view.FormProblem;
import org.openprocure.portal.view.NoticeBoard;
import org.openprocure.portal.view.NoticeFilter;
import org.openprocure.portal.view.RequestLocale;

/** The public notice board: published tenders, searchable and readable without logging in. */
@Path("/")
public class NoticeBoardResource {

    static final int PAGE_SIZE = 20;

    private static final Logger LOG = Logger.getLogger(NoticeBoardResource.class);

    @Inject
    @RestClient
    TenderServiceClient tenderService;

    @Inject
    RequestLocale locale;

    @Inject
    RequestMessages messages;

    /** The search fields of the board, all optional. */
    public static class Search {
        @QueryParam("q")
        String q;
        @QueryParam("cpv")
        String cpv;
        @QueryParam("status")
        String status;
        @QueryParam("deadlineFrom")
        String deadlineFrom;
        @QueryParam("deadlineTo")
        String deadlineTo;
        @QueryParam("valueMin")
        String valueMin;
        @QueryParam("valueMax")
        String valueMax;
        @QueryParam("sort")
        String sort;

        NoticeFilter filter() {
            return new NoticeFilter(q, cpv, status, deadlineFrom, deadlineTo, valueMin, valueMax, sort);
        }
    }

    @GET
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public RestResponse<String> noticeBoard(@QueryParam("page") String page, @BeanParam Search search) {
        int requested = pageIndex(page);
        NoticeFilter filter = search.filter();
        FormProblem problem = filter.check(messages.get());
        NoticeBoard board;
        if (problem != null) {
            board = new NoticeBoard(false, List.of(), requested, PAGE_SIZE, 0);
        } else {
            try {
                board = NoticeBoard.of(filter.toSearch(requested, PAGE_SIZE).from(tenderService), locale.get());
            } catch (TenderServiceException refused) {
                if (!refused.userCanFix()) {
                    LOG.warnf("Notices could not be fetched from tender-service: %s", refused.getMessage());
                    board = NoticeBoard.unavailable(requested, PAGE_SIZE);
                } else {
                    // The service could not search for what was typed: say why next to the fields.
                    problem = FormProblem.of(refused.problem());
                    board = new NoticeBoard(false, List.of(), requested, PAGE_SIZE, 0);
                }
            } catch (RuntimeException unavailable) {
                // The board degrades to a message rather than failing: citizens still get a page.
                LOG.warnf("Notices could not be fetched from tender-service: %s", unavailable.toString());
                board = NoticeBoard.unavailable(requested, PAGE_SIZE);
            }
        }
        TemplateInstance html = Templates.noticeBoard(board, filter, problem).setLocale(locale.get());
        return Pages.html(problem == null ? 200 : problem.status(), html);
    }

    /** Lenient on purpose: a mistyped page number in a shared link shows the first page. */
    static int pageIndex(String page) {
        if (page == null) {
            return 0;
        }
        try {
            return Math.max(0, Integer.parseInt(page.trim()));
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }
}
