package org.openprocure.events.bid;

/**
 * Someone tried to read sealed data or to open bids when that was not allowed: {@code what} names
 * the attempt ({@code openingBeforeDeadline}, {@code notAKeyHolder}, {@code shareOfAnotherTender},
 * {@code shareNotIssued}, {@code sealedBidsRead}), {@code detail} says it in words. The actor on the
 * envelope says who, pseudonymously.
 */
public record AccessAttemptRefused(String what, String detail) {
}
