package org.openprocure.portal.client;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * An opened bid as the committee reads it: prices per lot with each lot's qualification (null until
 * decided), answers, documents, and the reader's own scores (null until submitted).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EvaluatedBid(String bidId, String bidderId, String bidderName, Instant receivedAt, String envelopeSha256,
        List<BidLot> lots, List<BidAnswer> answers, List<Document> documents, MyScores myScores) {

    public EvaluatedBid {
        lots = lots == null ? List.of() : List.copyOf(lots);
        answers = answers == null ? List.of() : List.copyOf(answers);
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    public String bidder() {
        return bidderName == null ? bidderId : bidderName;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record BidLot(String lotId, Value price, Qualification qualification) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Qualification(boolean qualified, String reason, List<Document> documents, String decidedBy,
            Instant decidedAt) {

        public Qualification {
            documents = documents == null ? List.of() : List.copyOf(documents);
        }

        public boolean relies(String sha256) {
            return documents.stream().anyMatch(document -> document.sha256().equals(sha256));
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Document(String title, String fileName, String sha256) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MyScores(Instant submittedAt, List<GivenScore> scores) {

        public MyScores {
            scores = scores == null ? List.of() : List.copyOf(scores);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GivenScore(String criterion, BigDecimal score, BigDecimal maximum, String reason) {
    }
}
