package org.openprocure.contract.integrity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.openprocure.support.pdf.PdfRejectedException;
import org.openprocure.support.pdf.PdfUploadCheck;

/**
 * Which files a report may carry, told apart by their content (never by a name or type the sender
 * claims): PDF documents that service-support's upload check accepts, kept without their document
 * properties (author, creator tool, XMP metadata), which often name the person who wrote them; and plain
 * UTF-8 text. Photos are refused: they carry camera and location metadata; put them in a PDF.
 */
public final class AttachmentCheck {

    public static final String PDF = "application/pdf";
    public static final String TEXT = "text/plain; charset=utf-8";

    /** An attachment as it will be kept. */
    public record Checked(String mediaType, byte[] content) {
    }

    /** Why a file is refused, for the reporter; {@code tooLarge} makes it a 413. */
    public static final class Refused extends RuntimeException {
        private final boolean tooLarge;

        Refused(String message, boolean tooLarge) {
            super(message);
            this.tooLarge = tooLarge;
        }

        public boolean tooLarge() {
            return tooLarge;
        }
    }

    private AttachmentCheck() {
    }

    public static Checked check(byte[] content, long maxBytes) {
        if (content == null || content.length == 0) {
            throw new Refused("The file is empty.", false);
        }
        if (content.length > maxBytes) {
            throw new Refused("The file is " + content.length + " bytes; attachments are limited to " + maxBytes
                    + " bytes.", true);
        }
        if (startsWithPdfHeader(content)) {
            try {
                PdfUploadCheck.check(content, maxBytes);
            } catch (PdfRejectedException e) {
                throw new Refused(e.getMessage(), e.reason() == PdfRejectedException.Reason.TOO_LARGE);
            }
            return new Checked(PDF, withoutProperties(content));
        }
        if (isPlainText(content)) {
            return new Checked(TEXT, content);
        }
        throw new Refused("Only PDF documents and plain text (UTF-8) can be attached;"
                + " put photos or other files into a PDF.", false);
    }

    private static boolean startsWithPdfHeader(byte[] content) {
        byte[] header = "%PDF-".getBytes(StandardCharsets.US_ASCII);
        if (content.length < header.length) {
            return false;
        }
        for (int i = 0; i < header.length; i++) {
            if (content[i] != header[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPlainText(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return false;
        }
        return text.codePoints().noneMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
    }

    /** The PDF saved again without its document information and XMP metadata. */
    private static byte[] withoutProperties(byte[] content) {
        try (PDDocument document = Loader.loadPDF(content)) {
            document.setDocumentInformation(new PDDocumentInformation());
            document.getDocumentCatalog().setMetadata(null);
            ByteArrayOutputStream out = new ByteArrayOutputStream(content.length);
            document.save(out);
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            throw new Refused("The PDF is damaged and cannot be read. Export it again from the original and"
                    + " attach that.", false);
        }
    }
}
