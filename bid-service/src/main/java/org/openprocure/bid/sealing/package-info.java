/**
 * The cryptographic core of sealed bids, in plain Java on the JDK's own providers: a tender's key pair and its split
 * among the opening committee (Shamir over GF(2^8)), the sealed envelope a bid is stored in (X25519 + HKDF-SHA256 +
 * AES-256-GCM), the key card a committee member keeps, and the platform's signed receipts (Ed25519).
 *
 * <p>Nothing here knows about Quarkus, the database or the clock: randomness and times come in as parameters, so the
 * service layer decides where they come from and the rules can be tested without infrastructure.
 */
package org.openprocure.bid.sealing;
