package org.openprocure.support.pdf;

/**
 * What an accepted upload is: its fingerprint, size, number of pages and the title it declares.
 *
 * @param sha256    lower-case hex SHA-256 of the uploaded bytes
 * @param sizeBytes size of the upload
 * @param pageCount number of pages, at least one
 * @param title     the title in the document information, or null if it has none
 */
public record PdfFacts(String sha256, long sizeBytes, int pageCount, String title) {
}
