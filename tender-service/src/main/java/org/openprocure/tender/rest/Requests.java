package org.openprocure.tender.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.openprocure.tender.domain.CommentResolution;

/** The small request bodies of the tender API. */
public final class Requests {

    private Requests() {
    }

    /** Opens the consultation; {@code end} defaults to the draft's {@code consultationEnd}. */
    public record ConsultationRequest(Instant end) {
    }

    public record CommentAnswerRequest(@NotNull CommentResolution resolution,
            @NotBlank @Size(max = 10000) String answer) {
    }

    public record ReasonRequest(@NotBlank @Size(max = 5000) String reason) {
    }

    public record EnquiryAnswerRequest(@NotBlank @Size(max = 10000) String answer) {
    }

    public record AmendmentRequest(@NotBlank @Size(max = 5000) String reason,
            @NotNull @Valid TenderDraftRequest terms, Boolean bidsMustBeReconfirmed) {
    }

    /** What a comment or question is about; omitted = the whole tender. */
    public record TargetRequest(@NotNull String type, @Size(max = 30) String section, @Size(max = 20) String lotId,
            @Size(max = 20) String itemId) {
    }

    /** A signed comment's author; omitted = anonymous. */
    public record AuthorRequest(@Size(max = 200) String name, @Size(max = 300) String organisation) {
    }

    public record CommentRequest(@NotBlank @Size(max = 5000) String text, @Valid TargetRequest target,
            @Valid AuthorRequest author) {
    }

    public record EnquiryRequest(@NotBlank @Size(max = 5000) String question, @Valid TargetRequest target) {
    }
}
