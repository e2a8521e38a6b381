package org.openprocure.bid.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.openprocure.bid.KeyShareHolding;
import org.openprocure.bid.OpeningShare;
import org.openprocure.bid.TenderKey;
import org.openprocure.bid.TenderSchedule;
import org.openprocure.events.bid.BidsOpened;
import org.openprocure.support.problem.ProblemException;
import org.openprocure.support.security.CurrentUser;

/**
 * What a committee member needs to know: the tenders where they hold a share of the key, whether
 * they collected and handed in their card, and how far an opening has come. Nothing here says how
 * many bids a tender has.
 */
@ApplicationScoped
public class CommitteeDuties {

    /** A share the caller holds, and where its tender stands. */
    public record HeldShare(String ocid, int index, int threshold, int holders, Instant collectedAt,
            Instant submissionDeadline, boolean cancelled, boolean handedIn, Instant openedAt) {
    }

    /** An opening so far: cards in of those needed, who handed them in, and whether it may happen now. */
    public record Progress(String ocid, int threshold, int holders, int sharesIn, List<String> handedInBy,
            Instant submissionDeadline, Instant serverTime, boolean openingAllowed, boolean cancelled,
            Instant openedAt) {
    }

    private final Clock clock;
    private final OpeningCeremony ceremony;

    CommitteeDuties(Clock clock, OpeningCeremony ceremony) {
        this.clock = clock;
        this.ceremony = ceremony;
    }

    /** The caller's shares of tenders of their own organisation, soonest deadline first. */
    @Transactional
    public List<HeldShare> sharesOf(CurrentUser officer) {
        String organisation = officer.requireOrganisation();
        List<KeyShareHolding> holdings = KeyShareHolding.list("holderUsername", officer.username());
        return holdings.stream()
                .map(h -> held(h, organisation))
                .flatMap(Optional::stream)
                .sorted(java.util.Comparator.comparing(HeldShare::submissionDeadline)
                        .thenComparing(HeldShare::ocid))
                .toList();
    }

    private Optional<HeldShare> held(KeyShareHolding holding, String organisation) {
        TenderSchedule schedule = TenderSchedule.findById(holding.key.ocid);
        if (schedule == null || !schedule.buyerId.equals(organisation)) {
            return Optional.empty();
        }
        TenderKey key = TenderKey.findById(holding.key.ocid);
        Optional<BidsOpened> record = ceremony.record(holding.key.ocid);
        boolean handedIn = record.map(r -> r.keyHolders().contains(holding.holderUsername))
                .orElseGet(() -> OpeningShare.findById(holding.key) != null);
        return Optional.of(new HeldShare(holding.key.ocid, holding.key.index, key.threshold,
                (int) KeyShareHolding.count("key.ocid", holding.key.ocid), holding.collectedAt,
                schedule.submissionDeadline, schedule.cancelled, handedIn,
                record.map(BidsOpened::openedAt).orElse(null)));
    }

    /** Where the opening of a tender of the caller's organisation stands. */
    @Transactional
    public Progress progress(String ocid, CurrentUser officer) {
        TenderSchedule schedule = TenderSchedule.findById(ocid);
        TenderKey key = TenderKey.findById(ocid);
        if (schedule == null || key == null || !schedule.buyerId.equals(officer.requireOrganisation())) {
            throw ProblemException.notFound("No published tender " + ocid + " of your organisation.");
        }
        Instant now = clock.instant();
        int holders = (int) KeyShareHolding.count("key.ocid", ocid);
        Optional<BidsOpened> record = ceremony.record(ocid);
        List<String> handedInBy = record.map(BidsOpened::keyHolders).orElseGet(() ->
                OpeningShare.<OpeningShare>list("key.ocid = ?1 order by key.index", ocid).stream()
                        .map(s -> s.holderUsername).toList());
        boolean allowed = record.isEmpty() && !schedule.cancelled && !now.isBefore(schedule.submissionDeadline);
        return new Progress(ocid, key.threshold, holders, handedInBy.size(), handedInBy, schedule.submissionDeadline,
                now, allowed, schedule.cancelled, record.map(BidsOpened::openedAt).orElse(null));
    }
}
