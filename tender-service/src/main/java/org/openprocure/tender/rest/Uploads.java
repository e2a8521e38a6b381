package org.openprocure.tender.rest;

import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openprocure.support.problem.ProblemException;
import org.openprocure.tender.TenderDocument;

/** File names in and out: read from {@code Content-Disposition}, served with their digest. */
final class Uploads {

    private static final Pattern FILENAME = Pattern.compile("filename\\s*=\\s*\"([^\"]*)\"|filename\\s*=\\s*([^;\\s]+)");
    private static final Pattern FILENAME_STAR = Pattern.compile("filename\\*\\s*=\\s*UTF-8''([^;\\s]+)",
            Pattern.CASE_INSENSITIVE);

    private Uploads() {
    }

    /** The uploaded file's name, without any path, as the header gives it ({@code filename*} preferred). */
    static String fileName(String disposition) {
        String name = null;
        if (disposition != null) {
            Matcher star = FILENAME_STAR.matcher(disposition);
            if (star.find()) {
                name = java.net.URLDecoder.decode(star.group(1).replace("+", "%2B"), StandardCharsets.UTF_8);
            } else {
                Matcher plain = FILENAME.matcher(disposition);
                if (plain.find()) {
                    name = plain.group(1) != null ? plain.group(1) : plain.group(2);
                }
            }
        }
        if (name != null) {
            name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        }
        if (name == null || name.isEmpty()) {
            throw ProblemException.badRequest("Content-Disposition",
                    "give the file's name, e.g. attachment; filename=\"specification.pdf\"");
        }
        if (name.length() > 255 || name.chars().anyMatch(Character::isISOControl)) {
            throw ProblemException.badRequest("Content-Disposition",
                    "the file name must be at most 255 characters, without control characters");
        }
        return name;
    }

    /** The document's bytes, named, with its SHA-256 in the {@code Digest} and {@code Repr-Digest} headers. */
    static Response pdf(TenderDocument document) {
        String base64 = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(document.sha256));
        String ascii = document.fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = java.net.URLEncoder.encode(document.fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(document.content, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded)
                .header("Digest", "sha-256=" + base64)
                .header("Repr-Digest", "sha-256=:" + base64 + ":")
                .header("X-Content-SHA256", document.sha256)
                .build();
    }
}
