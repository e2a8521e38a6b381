package org.openprocure.support.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Objects;
import java.util.TimeZone;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Builds a simple A4 document (notices, receipts, key cards, reports) top to bottom. Text is set
 * in DejaVu Sans, embedded, so names from every country render; pages break on their own and each
 * page gets a footer "page N of M". Not thread-safe; one instance builds one document.
 *
 * <pre>{@code
 * try (PdfDocument pdf = PdfDocument.create("Contract notice", "ocds-op7x2k-T-2026-000042", clock.instant())) {
 *     byte[] bytes = pdf.heading("Road maintenance").field("Buyer", buyer).table(headers, rows).toBytes();
 * }
 * }</pre>
 */
public final class PdfDocument implements AutoCloseable {

    private static final float MM = 72f / 25.4f;
    private static final PDRectangle PAGE_SIZE = PDRectangle.A4;
    private static final float MARGIN = 20 * MM;
    private static final float LEFT = MARGIN;
    private static final float RIGHT = PAGE_SIZE.getWidth() - MARGIN;
    private static final float TOP = PAGE_SIZE.getHeight() - MARGIN;
    private static final float BOTTOM = MARGIN;
    private static final float WIDTH = RIGHT - LEFT;
    private static final float FOOTER_BASELINE = 12 * MM;
    private static final float LINE_SPACING = 1.3f;

    private static final float HEADING_SIZE = 16;
    private static final float SUBHEADING_SIZE = 12;
    private static final float BODY_SIZE = 10;
    private static final float TABLE_SIZE = 9;
    private static final float FOOTER_SIZE = 8;
    private static final float FIELD_LABEL_WIDTH = 50 * MM;
    private static final float FIELD_GAP = 4 * MM;
    private static final float CELL_PADDING_X = 3;
    private static final float CELL_PADDING_Y = 2.5f;
    private static final float RULE_WIDTH = 0.5f;
    private static final float HEADER_GREY = 0.9f;
    private static final float FOOTER_GREY = 0.35f;

    private final PDDocument document;
    private final FontFace regular;
    private final FontFace bold;
    // Every input goes into the digest; its hash becomes the file identifier, so equal input gives equal bytes.
    private final MessageDigest inputDigest;
    private PDPageContentStream content;
    private float y;
    private String footer;
    private boolean finished;

    private PdfDocument(PDDocument document, MessageDigest inputDigest) {
        this.document = document;
        this.inputDigest = inputDigest;
        this.regular = FontFace.load(document, "DejaVuSans.ttf");
        this.bold = FontFace.load(document, "DejaVuSans-Bold.ttf");
    }

    /**
     * Starts a document.
     *
     * @param createdAt stored as the creation date; passed in rather than read from a clock so
     *                  the same input always gives the same bytes
     */
    public static PdfDocument create(String title, String subject, Instant createdAt) {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(createdAt, "createdAt");
        PDDocument document = new PDDocument();
        try {
            PdfDocument pdf = new PdfDocument(document, sha256());
            pdf.describe(title, subject, createdAt);
            pdf.newPage();
            return pdf;
        } catch (RuntimeException e) {
            closeQuietly(document, e);
            throw e;
        }
    }

    private void describe(String title, String subject, Instant createdAt) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setSubject(subject);
        info.setProducer("OpenProcure");
        Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        created.setTimeInMillis(createdAt.toEpochMilli());
        info.setCreationDate(created);
        info.setModificationDate(created);
        digest("info", title, subject, createdAt.toString());
    }

    /** A section title: bold and larger; kept together with the start of what follows. */
    public PdfDocument heading(String text) {
        digest("heading", text);
        space(3 * MM);
        textBlock(text, bold, HEADING_SIZE, LEFT, WIDTH, 3);
        space(2 * MM);
        return this;
    }

    /** A title within a section. */
    public PdfDocument subheading(String text) {
        digest("subheading", text);
        space(2 * MM);
        textBlock(text, bold, SUBHEADING_SIZE, LEFT, WIDTH, 3);
        space(1 * MM);
        return this;
    }

    /** Running text, wrapped to the page width; line breaks in the text are kept. */
    public PdfDocument paragraph(String text) {
        digest("paragraph", text);
        textBlock(text, regular, BODY_SIZE, LEFT, WIDTH, 0);
        space(2 * MM);
        return this;
    }

    /** A label and its value on one line, such as "Buyer" and the buyer's name; long values wrap. */
    public PdfDocument field(String label, String value) {
        digest("field", label, value);
        float leading = leading(BODY_SIZE);
        List<String> labelLines = bold.wrap(label, BODY_SIZE, FIELD_LABEL_WIDTH);
        List<String> valueLines = regular.wrap(value, BODY_SIZE, WIDTH - FIELD_LABEL_WIDTH - FIELD_GAP);
        int lines = Math.max(labelLines.size(), valueLines.size());
        for (int i = 0; i < lines; i++) {
            // a short field is kept on one page; a long value may continue on the next
            ensureRoom(leading * (lines <= 3 ? lines - i : 1));
            float baseline = y - regular.ascent(BODY_SIZE);
            if (i < labelLines.size()) {
                showText(bold, BODY_SIZE, LEFT, baseline, labelLines.get(i));
            }
            if (i < valueLines.size()) {
                showText(regular, BODY_SIZE, LEFT + FIELD_LABEL_WIDTH + FIELD_GAP, baseline, valueLines.get(i));
            }
            y -= leading;
        }
        space(1 * MM);
        return this;
    }

    /** A ruled table whose columns share the width evenly. */
    public PdfDocument table(List<String> headers, List<List<String>> rows) {
        float[] even = new float[headers.size()];
        Arrays.fill(even, 1f);
        return table(headers, rows, even);
    }

    /**
     * A ruled table; relativeWidths gives each column's share of the page width (e.g. 1, 4, 2).
     * Cells wrap, rows too tall for the rest of a page move to the next one (or split if taller
     * than a page), and the header row is repeated on every page the table spans.
     */
    public PdfDocument table(List<String> headers, List<List<String>> rows, float... relativeWidths) {
        if (headers.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        if (relativeWidths.length != headers.size()) {
            throw new IllegalArgumentException("a table needs one relative width per column, got "
                    + relativeWidths.length + " widths for " + headers.size() + " columns");
        }
        for (List<String> row : rows) {
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException("a table row has " + row.size()
                        + " cells but the table has " + headers.size() + " columns");
            }
        }
        float[] widths = columnWidths(relativeWidths);
        Table table = new Table(widths, wrapRow(headers, bold, widths));
        digest("table", headers.toArray(String[]::new));
        for (List<String> row : rows) {
            digest("row", row.toArray(String[]::new));
        }
        // the header and the first row line start on the same page
        ensureRoom(table.headerHeight() + leading(TABLE_SIZE) + 2 * CELL_PADDING_Y);
        drawRowLines(table.widths, table.header, 0, table.header.lines(), true);
        for (List<String> row : rows) {
            drawRow(table, wrapRow(row, regular, widths));
        }
        space(3 * MM);
        return this;
    }

    /** Vector graphics drawn into a {@link Canvas}, such as a chart. */
    @FunctionalInterface
    public interface Drawing {
        void draw(Canvas canvas) throws IOException;
    }

    /**
     * A rectangle of the page to draw in, the page width wide, with (0, 0) at its bottom left: PDFBox's
     * content stream for lines and fills, and text in the document's embedded fonts.
     */
    public final class Canvas {
        private final float left;
        private final float bottom;
        private final float height;

        private Canvas(float left, float bottom, float height) {
            this.left = left;
            this.bottom = bottom;
            this.height = height;
        }

        public float width() {
            return WIDTH;
        }

        public float height() {
            return height;
        }

        /** A filled rectangle in a grey level (0 black, 1 white). */
        public void fill(float x, float y, float w, float h, float grey) throws IOException {
            content.setNonStrokingColor(grey);
            content.addRect(left + x, bottom + y, w, h);
            content.fill();
            content.setNonStrokingColor(0f);
        }

        /** A straight line in a grey level. */
        public void line(float x1, float y1, float x2, float y2, float grey) throws IOException {
            content.setStrokingColor(grey);
            content.setLineWidth(RULE_WIDTH);
            content.moveTo(left + x1, bottom + y1);
            content.lineTo(left + x2, bottom + y2);
            content.stroke();
            content.setStrokingColor(0f);
        }

        /** One line of text with its baseline at y; characters the fonts lack are replaced. */
        public void text(String text, float x, float y, float size, boolean strong) throws IOException {
            FontFace face = strong ? bold : regular;
            showText(content, face, size, left + x, bottom + y, face.drawable(text));
        }

        public float textWidth(String text, float size, boolean strong) {
            FontFace face = strong ? bold : regular;
            return face.width(face.drawable(text), size);
        }
    }

    /**
     * A drawing of the given height below the current position, on a new page if it does not fit.
     *
     * @param description what the drawing shows (e.g. its data as text): it enters the file identifier, so
     *                    equal input still gives equal bytes and different drawings different identifiers
     */
    public PdfDocument drawing(float height, String description, Drawing drawing) {
        if (!(height > 0) || height > TOP - BOTTOM) {
            throw new IllegalArgumentException("a drawing must fit on a page: " + height);
        }
        digest("drawing", String.valueOf(height), description);
        ensureRoom(height);
        try {
            drawing.draw(new Canvas(LEFT, y - height, height));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= height;
        space(3 * MM);
        return this;
    }

    /** Vertical white space between blocks. */
    public PdfDocument spacer() {
        digest("spacer");
        space(4 * MM);
        return this;
    }

    /** Text shown at the foot of every page, left of "page N of M"; null for none. */
    public PdfDocument footer(String text) {
        digest("footer", text);
        this.footer = text;
        return this;
    }

    /** Writes the footers and returns the finished PDF. Call once: it closes the document. */
    public byte[] toBytes() {
        if (finished) {
            throw new IllegalStateException("the PDF has already been written");
        }
        finished = true;
        try (PDDocument doc = document) {
            content.close();
            drawFooters();
            doc.getDocument().getTrailer().setItem(COSName.ID, fileIdentifier());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the PDF", e);
        }
    }

    /** Releases the document if {@link #toBytes()} was never called, e.g. after an error. */
    @Override
    public void close() {
        if (!finished) {
            finished = true;
            try {
                content.close();
            } catch (IOException | RuntimeException e) {
                // the document is being discarded; the content stream's state no longer matters
            }
            closeQuietly(document, null);
        }
    }

    private record Row(List<List<String>> cells) {
        int lines() {
            return cells.stream().mapToInt(List::size).max().orElse(1);
        }
    }

    private record Table(float[] widths, Row header) {
        float headerHeight() {
            return header.lines() * leading(TABLE_SIZE) + 2 * CELL_PADDING_Y;
        }
    }

    private void drawRow(Table table, Row row) {
        float leading = leading(TABLE_SIZE);
        int total = row.lines();
        int from = 0;
        boolean pageStartsWithThisRow = false;
        while (from < total) {
            int fits = (int) Math.floor((y - BOTTOM - 2 * CELL_PADDING_Y) / leading);
            int remaining = total - from;
            float freshPageRoom = TOP - BOTTOM - table.headerHeight() - 2 * CELL_PADDING_Y;
            boolean wholeRowFitsOnFreshPage = remaining * leading <= freshPageRoom;
            if (fits < remaining && !pageStartsWithThisRow && (fits < 1 || wholeRowFitsOnFreshPage)) {
                tablePageBreak(table);
                pageStartsWithThisRow = true;
                continue;
            }
            int count = Math.max(1, Math.min(fits, remaining));
            drawRowLines(table.widths, row, from, count, false);
            from += count;
            if (from < total) {
                tablePageBreak(table);
                pageStartsWithThisRow = true;
            }
        }
    }

    private void tablePageBreak(Table table) {
        newPage();
        drawRowLines(table.widths, table.header, 0, table.header.lines(), true);
    }

    /** Draws lines [from, from + count) of a row as one ruled band at the current position. */
    private void drawRowLines(float[] widths, Row row, int from, int count, boolean header) {
        FontFace face = header ? bold : regular;
        float leading = leading(TABLE_SIZE);
        float height = count * leading + 2 * CELL_PADDING_Y;
        float top = y;
        try {
            if (header) {
                content.setNonStrokingColor(HEADER_GREY);
                content.addRect(LEFT, top - height, WIDTH, height);
                content.fill();
                content.setNonStrokingColor(0f);
            }
            float x = LEFT;
            for (int column = 0; column < widths.length; column++) {
                List<String> lines = row.cells().get(column);
                for (int i = from; i < Math.min(from + count, lines.size()); i++) {
                    float baseline = top - CELL_PADDING_Y - (i - from) * leading - face.ascent(TABLE_SIZE);
                    showText(face, TABLE_SIZE, x + CELL_PADDING_X, baseline, lines.get(i));
                }
                content.setLineWidth(RULE_WIDTH);
                content.addRect(x, top - height, widths[column], height);
                content.stroke();
                x += widths[column];
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = top - height;
    }

    private Row wrapRow(List<String> cells, FontFace face, float[] widths) {
        List<List<String>> wrapped = new ArrayList<>(cells.size());
        for (int column = 0; column < cells.size(); column++) {
            wrapped.add(face.wrap(cells.get(column), TABLE_SIZE, widths[column] - 2 * CELL_PADDING_X));
        }
        return new Row(wrapped);
    }

    private static float[] columnWidths(float[] relative) {
        float sum = 0;
        for (float share : relative) {
            if (!(share > 0)) {
                throw new IllegalArgumentException("relative column widths must be positive");
            }
            sum += share;
        }
        float[] widths = new float[relative.length];
        for (int i = 0; i < relative.length; i++) {
            widths[i] = WIDTH * relative[i] / sum;
        }
        return widths;
    }

    /**
     * Wrapped text, one line at a time. A block with keepWithNext &gt; 0 (a heading) starts a new
     * page unless its lines and that many lines of what follows fit on the current one.
     */
    private void textBlock(String text, FontFace face, float size, float x, float width, int keepWithNext) {
        float leading = leading(size);
        List<String> lines = face.wrap(text, size, width);
        float keepTogether = (lines.size() + keepWithNext) * leading;
        if (keepWithNext > 0 && keepTogether <= TOP - BOTTOM) {
            ensureRoom(keepTogether);
        }
        for (String line : lines) {
            ensureRoom(leading);
            showText(face, size, x, y - face.ascent(size), line);
            y -= leading;
        }
    }

    private void showText(FontFace face, float size, float x, float baseline, String drawableText) {
        try {
            showText(content, face, size, x, baseline, drawableText);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void showText(PDPageContentStream stream, FontFace face, float size, float x, float baseline,
            String drawableText) throws IOException {
        if (drawableText.isEmpty()) {
            return;
        }
        stream.beginText();
        stream.setFont(face.font(), size);
        stream.newLineAtOffset(x, baseline);
        stream.showText(drawableText);
        stream.endText();
    }

    private void space(float height) {
        // white space at the top of a page would only push content down
        if (y < TOP) {
            y -= height;
        }
    }

    private void ensureRoom(float height) {
        if (y - height < BOTTOM && y < TOP) {
            newPage();
        }
    }

    private void newPage() {
        try {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PAGE_SIZE);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = TOP;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void drawFooters() throws IOException {
        int pages = document.getNumberOfPages();
        float pageLabelWidthMax = regular.width("page " + pages + " of " + pages, FOOTER_SIZE);
        String footerText = footer == null ? null
                : fitOnOneLine(footer, RIGHT - LEFT - pageLabelWidthMax - FIELD_GAP);
        for (int n = 1; n <= pages; n++) {
            PDPage page = document.getPage(n - 1);
            try (PDPageContentStream foot = new PDPageContentStream(document, page, AppendMode.APPEND, true, true)) {
                foot.setStrokingColor(FOOTER_GREY);
                foot.setLineWidth(RULE_WIDTH);
                foot.moveTo(LEFT, FOOTER_BASELINE + 2 * FOOTER_SIZE);
                foot.lineTo(RIGHT, FOOTER_BASELINE + 2 * FOOTER_SIZE);
                foot.stroke();
                foot.setNonStrokingColor(FOOTER_GREY);
                if (footerText != null) {
                    showText(foot, regular, FOOTER_SIZE, LEFT, FOOTER_BASELINE, footerText);
                }
                String pageLabel = "page " + n + " of " + pages;
                showText(foot, regular, FOOTER_SIZE, RIGHT - regular.width(pageLabel, FOOTER_SIZE), FOOTER_BASELINE,
                        pageLabel);
            }
        }
    }

    /** The footer text on one line, cut with an ellipsis if it is too long. */
    private String fitOnOneLine(String text, float maxWidth) {
        String line = String.join(" ", regular.wrap(text, FOOTER_SIZE, Float.MAX_VALUE));
        if (regular.width(line, FOOTER_SIZE) <= maxWidth) {
            return line;
        }
        String ellipsis = "…";
        int end = line.length();
        while (end > 0 && regular.width(line.substring(0, end) + ellipsis, FOOTER_SIZE) > maxWidth) {
            end = line.offsetByCodePoints(end, -1);
        }
        return line.substring(0, end).stripTrailing() + ellipsis;
    }

    private COSArray fileIdentifier() {
        byte[] id = Arrays.copyOf(inputDigest.digest(), 16);
        COSArray array = new COSArray();
        // both parts equal: the file has never been updated since it was created
        array.add(new COSString(id));
        array.add(new COSString(id));
        return array;
    }

    private void digest(String kind, String... values) {
        inputDigest.update(kind.getBytes(StandardCharsets.UTF_8));
        for (String value : values) {
            inputDigest.update((byte) 0);
            if (value != null) {
                inputDigest.update(value.getBytes(StandardCharsets.UTF_8));
            }
        }
        inputDigest.update((byte) 0x1e);
    }

    private static float leading(float size) {
        return size * LINE_SPACING;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    private static void closeQuietly(PDDocument document, RuntimeException cause) {
        try {
            document.close();
        } catch (IOException e) {
            if (cause != null) {
                cause.addSuppressed(e);
            }
        }
    }
}
