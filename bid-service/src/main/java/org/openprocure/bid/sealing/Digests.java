package org.openprocure.bid.sealing;

import java.security.MessageDigest;
import java.util.HexFormat;

/** SHA-256 as lower-case hex, the form hashes take on receipts, in the database and in the opening record. */
final class Digests {

    private Digests() {
    }

    static byte[] sha256(byte[]... parts) {
        MessageDigest digest = Crypto.instance(() -> MessageDigest.getInstance("SHA-256"));
        for (byte[] part : parts) {
            digest.update(part);
        }
        return digest.digest();
    }

    static String sha256Hex(byte[]... parts) {
        return HexFormat.of().formatHex(sha256(parts));
    }

    static boolean isSha256Hex(String text) {
        return text != null && text.matches("[0-9a-f]{64}");
    }
}
