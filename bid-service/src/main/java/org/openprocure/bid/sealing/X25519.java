package org.openprocure.bid.sealing;

import java.security.InvalidKeyException;
import java.security.PrivateKey;
import java.security.PublicKey;
import javax.crypto.KeyAgreement;

/** X25519 key agreement; the JDK refuses peers of small order, which would make the shared secret predictable. */
final class X25519 {

    private X25519() {
    }

    static byte[] agree(PrivateKey privateKey, PublicKey peer) throws InvalidKeyException {
        KeyAgreement agreement = Crypto.instance(() -> KeyAgreement.getInstance("X25519"));
        agreement.init(privateKey);
        agreement.doPhase(peer, true);
        return agreement.generateSecret();
    }
}
