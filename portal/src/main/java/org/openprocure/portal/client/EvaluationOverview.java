package org.openprocure.portal.client;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A tender's evaluation: its criteria, the committee with who has declared and who recused, the caller's
 * own seat ({@code me}, null for officers and auditors) and each lot with its award. {@code status}:
 * awaiting_opening, bids_opened, concluded, cancelled.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EvaluationOverview(String ocid, String tenderId, String buyerId, String buyerName, String title,
        String awardCriteria, Integer lotCount, Instant openingDate, String status, Instant openedAt, Integer bidCount,
        List<Criterion> criteria, List<Member> committee, Me me, List<LotEvaluation> lots) {

    public EvaluationOverview {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
        committee = committee == null ? List.of() : List.copyOf(committee);
        lots = lots == null ? List.of() : List.copyOf(lots);
    }

    /** The criteria the committee scores in words: all but price. */
    public List<Criterion> qualityCriteria() {
        return criteria.stream().filter(criterion -> !"price".equals(criterion.type())).toList();
    }

    /** Best price-quality: each member scores each bid on the quality criteria. */
    public boolean scored() {
        return "ratedCriteria".equals(awardCriteria) && !qualityCriteria().isEmpty();
    }

    public boolean opened() {
        return "bids_opened".equals(status) || "concluded".equals(status);
    }

    /** The committee may be renamed until the first proposal. */
    public boolean anyProposal() {
        return lots.stream().anyMatch(lot -> lot.award() != null);
    }

    public LotEvaluation lot(String lotId) {
        return lots.stream().filter(lot -> lot.lotId().equals(lotId)).findFirst().orElse(null);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Member(String username, String name, boolean chair, boolean declared, boolean recused) {
    }

    /** The caller's seat on the committee. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Me(boolean member, boolean chair, boolean declared, boolean recused) {
    }

    /** {@code status}: awaiting_opening, evaluating, standstill, suspended, awarded, unsuccessful, cancelled. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LotEvaluation(String lotId, String title, Value estimate, String status, Award award,
            String unsuccessfulReason) {

        public String name() {
            return title == null ? lotId : title;
        }
    }
}
