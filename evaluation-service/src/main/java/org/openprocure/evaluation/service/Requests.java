package org.openprocure.evaluation.service;

import java.math.BigDecimal;
import java.util.List;

/** The bodies of the evaluation's write requests, as the API takes them. */
public final class Requests {

    private Requests() {
    }

    public record Committee(List<Member> members) {
        public record Member(String username, String name, Boolean chair) {
        }
    }

    public record Declarations(List<Declaration> declarations) {
        public record Declaration(String bidderId, Boolean conflictOfInterest, String statement) {
        }
    }

    public record QualificationDecision(Boolean qualified, String reason, List<String> documents) {
    }

    public record Scores(List<Score> scores) {
        public record Score(String criterion, BigDecimal score, String reason) {
        }
    }

    public record Text(String text) {
    }

    public record JustificationDecision(Boolean accepted, String reason) {
    }

    public record ComplaintDecision(String decision, String reason) {
    }
}
