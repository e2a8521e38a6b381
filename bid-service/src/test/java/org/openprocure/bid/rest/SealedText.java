package org.openprocure.bid.rest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Looks for a sealed price in what a reader could see: a dump of the tables, an answer. */
final class SealedText {

    private SealedText() {
    }

    /**
     * Where the digits stand as a number of their own (98765, 98765.43, "98765"), shown with some context; a run
     * of hex or base64 (hashes, ciphertext), in which any five digits turn up by chance, does not count.
     */
    static Optional<String> number(String text, String digits) {
        Matcher found = Pattern.compile("(?<![A-Za-z0-9+/=_-])" + Pattern.quote(digits) + "(?![0-9A-Za-z+/=_-])")
                .matcher(text);
        if (!found.find()) {
            return Optional.empty();
        }
        return Optional.of("…" + text.substring(Math.max(0, found.start() - 40), Math.min(text.length(), found.end() + 40))
                + "…");
    }
}
