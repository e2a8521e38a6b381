package org.openprocure.contract.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Set;
import org.openprocure.contract.analytics.Process;
import org.openprocure.contract.contracts.Contract;
import org.openprocure.events.EventEnvelope;
import org.openprocure.events.EventTypes;
import org.openprocure.events.evaluation.AwardConfirmed;

/**
 * Opens a {@code pending} contract for every confirmed award, and gives pending contracts their
 * process's title and buyer, which come on another topic and may be read before or after the award.
 *
 * <p>Runs after {@link ProcessHistory} has recorded the event (so the process summary is up to date),
 * and is idempotent on its own: the contract's id is made from the award id, an existing contract is
 * never opened again, and copying the process's title and buyer twice changes nothing. Only a pending
 * contract takes them: once signed, the buyer is what the signature recorded.
 */
@ApplicationScoped
public class ContractOpening {

    private static final Set<String> NAMING_THE_BUYER = Set.of(EventTypes.TENDER_PUBLISHED.name(),
            EventTypes.CONSULTATION_OPENED.name(), EventTypes.TENDER_AMENDED.name());

    private final EntityManager em;

    ContractOpening(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public void record(EventEnvelope event) {
        boolean confirmed = EventTypes.AWARD_CONFIRMED.name().equals(event.type());
        if (event.ocid() == null || !(confirmed || NAMING_THE_BUYER.contains(event.type())) || !event.hashIsValid()
                || event.schemaVersion() != EventTypes.byName(event.type()).orElseThrow().schemaVersion()) {
            return;
        }
        if (confirmed) {
            open(event, event.payloadAs(EventTypes.AWARD_CONFIRMED));
        }
        em.createNativeQuery("update contract c set title = coalesce(p.title, c.title),"
                        + " buyer_id = coalesce(p.buyer_id, c.buyer_id), buyer_name = coalesce(p.buyer_name, c.buyer_name)"
                        + " from process p where p.ocid = c.ocid and c.ocid = :ocid and c.status = 'pending'")
                .setParameter("ocid", event.ocid())
                .executeUpdate();
    }

    private void open(EventEnvelope event, AwardConfirmed award) {
        Contract existing = Contract.findById(Contract.idOf(event.ocid(), award.awardId()));
        if (existing != null) {
            return;
        }
        Contract contract = new Contract();
        contract.contractId = Contract.idOf(event.ocid(), award.awardId());
        contract.ocid = event.ocid();
        contract.tenderId = award.tenderId();
        contract.awardId = award.awardId();
        contract.lotId = award.lotId();
        contract.supplierId = award.supplier().id();
        contract.supplierName = award.supplier().name();
        contract.awardAmount = award.value().amount();
        contract.currency = award.value().currency();
        contract.status = Contract.PENDING;
        contract.statusDetails = Contract.PENDING;
        contract.awardedAt = award.confirmedAt();
        Process process = Process.findById(event.ocid());
        if (process != null) {
            contract.title = process.title;
            contract.buyerId = process.buyerId;
            contract.buyerName = process.buyerName;
        }
        contract.persist();
        em.flush();
    }
}
