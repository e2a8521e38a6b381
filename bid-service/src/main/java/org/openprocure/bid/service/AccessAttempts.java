package org.openprocure.bid.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.openprocure.bid.AccessAttempt;
import org.openprocure.events.Actor;
import org.openprocure.events.EventJson;
import org.openprocure.events.EventTypes;
import org.openprocure.events.bid.AccessAttemptRefused;
import org.openprocure.support.outbox.EventOutbox;

/**
 * Records every refused attempt to read sealed data or to open early, in a transaction of its own:
 * the refusal rolls back whatever was asked, never the record of the attempt.
 */
@ApplicationScoped
public class AccessAttempts {

    private final Clock clock;
    private final EventOutbox outbox;

    AccessAttempts(Clock clock, EventOutbox outbox) {
        this.clock = clock;
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refused(String ocid, String what, String detail, Actor actor) {
        AccessAttempt attempt = new AccessAttempt();
        attempt.id = UUID.randomUUID();
        attempt.ocid = ocid;
        attempt.what = what;
        attempt.detail = detail;
        attempt.actorRole = actor.role();
        attempt.actorId = actor.id();
        attempt.occurredAt = EventJson.truncate(clock.instant());
        attempt.persist();
        outbox.append(EventTypes.ACCESS_ATTEMPT_REFUSED, ocid, "security/" + (ocid == null ? "platform" : ocid),
                actor, new AccessAttemptRefused(what, detail));
    }

    @Transactional
    public List<AccessAttempt> latest(int limit) {
        return AccessAttempt.find("order by occurredAt desc").page(0, limit).list();
    }
}
