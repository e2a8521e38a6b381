package org.openprocure.contract.redflags;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * OCDS compiled releases as JSON lines, one process per line, parsed on every core. Blank lines are
 * skipped; the first line (by number) that is not a JSON object refuses the whole input.
 */
public final class ReleaseLines {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReleaseLines() {
    }

    /** The input is not one compiled release per line; the message names the first offending line. */
    public static final class InvalidLineException extends IllegalArgumentException {
        InvalidLineException(String message) {
            super(message);
        }
    }

    /** The releases of the text, in line order. */
    public static List<JsonNode> parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidLineException("no compiled release: send one OCDS compiled release per line");
        }
        return parse(text.lines().toList());
    }

    /** The releases of the lines, in order. */
    public static List<JsonNode> parse(List<String> lines) {
        // Each line is parsed on its own, in parallel; what is kept of a bad line is its message, so that the
        // first bad line by number is the one reported, whatever the order the cores finish in.
        Object[] parsed = IntStream.range(0, lines.size()).parallel().mapToObj(i -> parseLine(lines.get(i), i + 1))
                .toArray();
        List<JsonNode> releases = new ArrayList<>(parsed.length);
        for (Object line : parsed) {
            if (line instanceof String problem) {
                throw new InvalidLineException(problem);
            }
            if (line != null) {
                releases.add((JsonNode) line);
            }
        }
        if (releases.isEmpty()) {
            throw new InvalidLineException("no compiled release: send one OCDS compiled release per line");
        }
        return releases;
    }

    /** The release, null for a blank line, or the problem's text. */
    private static Object parseLine(String line, int number) {
        if (line.isBlank()) {
            return null;
        }
        try {
            JsonNode release = JSON.readTree(line);
            if (!release.isObject()) {
                return "line " + number + " is not a JSON object";
            }
            return release;
        } catch (JsonProcessingException e) {
            return "line " + number + " is not valid JSON: " + e.getOriginalMessage();
        }
    }
}
