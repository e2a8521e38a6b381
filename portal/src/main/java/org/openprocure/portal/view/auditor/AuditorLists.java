package org.openprocure.portal.view.auditor;

import java.time.Instant;
import java.util.List;

import org.openprocure.portal.client.Analytics;
import org.openprocure.portal.view.FormProblem;

/** The auditor's list pages: what was asked, one page of what matched, and why a filter was refused. */
public final class AuditorLists {

    private AuditorLists() {
    }

    public record Processes(AuditorQuery query, List<Analytics.ProcessRow> items, Paging paging,
            FormProblem problem) {

        public boolean outOfRange() {
            return paging.outOfRange(items.size());
        }
    }

    public record RedFlags(AuditorQuery query, List<RedFlagView> items, Paging paging, Instant computedAt,
            FormProblem problem) {

        public boolean outOfRange() {
            return paging.outOfRange(items.size());
        }
    }

    public record Awards(AuditorQuery query, List<Analytics.AwardRow> items, Paging paging, FormProblem problem) {

        public List<String> sorts() {
            return AuditorQuery.AWARD_SORTS;
        }

        public String csvLink() {
            return query.linkTo("/auditor/awards.csv");
        }

        public boolean outOfRange() {
            return paging.outOfRange(items.size());
        }
    }

    /** One process with its red flags; {@code flagsUnavailable} when those could not be fetched. */
    public record Process(Analytics.AuditedProcess process, List<RedFlagView> flags, boolean flagsUnavailable) {

        public Analytics.Chain chain() {
            return process.chain() == null ? new Analytics.Chain("unknown", null, null, null) : process.chain();
        }

        public int events() {
            return process.timeline().size();
        }

        public long securityEvents() {
            return process.timeline().stream().filter(Analytics.TimelineEvent::security).count();
        }
    }
}
