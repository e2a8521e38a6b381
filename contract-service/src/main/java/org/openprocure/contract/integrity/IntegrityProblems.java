package org.openprocure.contract.integrity;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.openprocure.support.problem.Problem;

/** The integrity channel's own refusals as problem+json: 429 with Retry-After, and refused attachments. */
public class IntegrityProblems {

    @ServerExceptionMapper
    public Response tooMany(TooManyRequests e, UriInfo uri) {
        long seconds = Math.max(1, e.retryAfter().toSeconds() + (e.retryAfter().toNanosPart() > 0 ? 1 : 0));
        return Response.status(429).type(Problem.MEDIA_TYPE).header("Retry-After", seconds)
                .entity(new Problem("about:blank", "Too many requests", 429, e.getMessage(), uri.getPath(), null))
                .build();
    }

    @ServerExceptionMapper
    public Response attachmentRefused(AttachmentRefused e, UriInfo uri) {
        int status = e.tooLarge() ? 413 : 400;
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem("about:blank", e.tooLarge() ? "Attachment too large" : "Attachment refused",
                        status, e.field() + ": " + e.getMessage(), uri.getPath(),
                        List.of(new Problem.FieldError(e.field(), e.getMessage()))))
                .build();
    }

    /** A refused attachment, naming it ({@code attachments[1].content}). */
    public static class AttachmentRefused extends RuntimeException {
        private final String field;
        private final boolean tooLarge;

        public AttachmentRefused(String field, String message, boolean tooLarge) {
            super(message);
            this.field = field;
            this.tooLarge = tooLarge;
        }

        public String field() {
            return field;
        }

        public boolean tooLarge() {
            return tooLarge;
        }
    }
}
