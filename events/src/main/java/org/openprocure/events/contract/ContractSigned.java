package org.openprocure.events.contract;

import java.time.Instant;
import org.openprocure.events.Money;
import org.openprocure.events.Organization;
import org.openprocure.events.Period;

/**
 * The buyer signed the contract of a confirmed award: the signature date, the final value (which may
 * differ from the awarded value), the duration, and the signed document (its bytes stay with
 * contract-service; the SHA-256 lets anyone check a copy). {@code contractId} is stable for the contract's
 * life; {@code awardValue} is what was awarded, against which every amendment's cumulative change is
 * measured.
 */
public record ContractSigned(String tenderId, String contractId, String awardId, String lotId, Organization buyer,
        Organization supplier, Money awardValue, Money value, Instant dateSigned, Period period, Document document) {

    public record Document(String id, String title, String fileName, long size, String sha256) {
    }
}
