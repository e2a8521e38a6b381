package org.openprocure.portal.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import io.quarkus.qute.TemplateInstance;

import org.openprocure.portal.client.TenderServiceClient;
import org.openprocure.portal.view.NoticeBoard;
import org.openprocure.portal.view.RequestLocale;

/** The public notice board: published tenders, readable without logging in. */
@Path("/")
public class NoticeBoardResource {

    static final int PAGE_SIZE = 20;

    private static final Logger LOG = Logger.getLogger(NoticeBoardResource.class);

    @Inject
    @RestClient
    TenderServiceClient tenderService;

    @Inject
    RequestLocale locale;

    @GET
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance noticeBoard(@QueryParam("page") String page) {
        int requested = pageIndex(page);
        NoticeBoard board;
        try {
            board = NoticeBoard.of(tenderService.notices(requested, PAGE_SIZE), locale.get());
        } catch (RuntimeException unavailable) {
            // The board degrades to a message rather than failing: citizens still get a page.
            LOG.warnf("Notices could not be fetched from tender-service: %s", unavailable.toString());
            board = NoticeBoard.unavailable(requested, PAGE_SIZE);
        }
        return Templates.noticeBoard(board).setLocale(locale.get());
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
