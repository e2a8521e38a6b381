package org.openprocure.systemtests.authorisation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The declared authorisation table, {@code docs/authorisation.md}: one row per endpoint (application, method,
 * path) and one cell per {@link Caller}, the outcome that caller must get.
 */
public final class AuthorisationTable {

    /** Authorisation passes: whatever the answer, it is neither 401, 403 nor a hiding 404. */
    public static final String ALLOW = "allow";
    /** A portal page that sends the anonymous visitor to sign in (a redirect to Keycloak). */
    public static final String LOGIN = "login";
    /** The outcomes a cell may declare. */
    public static final Set<String> OUTCOMES = Set.of(ALLOW, LOGIN, "401", "403", "404");

    public static final List<String> HEADINGS;

    static {
        List<String> headings = new ArrayList<>(List.of("application", "method", "path"));
        Arrays.stream(Caller.values()).map(Caller::column).forEach(headings::add);
        HEADINGS = List.copyOf(headings);
    }

    /** One row: the endpoint and what each caller gets. */
    public record Row(String application, String method, String path, Map<Caller, String> expected, int line) {
        public String key() {
            return method + " " + path;
        }

        @Override
        public String toString() {
            return application + " " + key() + " (docs/authorisation.md line " + line + ")";
        }
    }

    private AuthorisationTable() {
    }

    public static Path file(Path repoRoot) {
        return repoRoot.resolve("docs/authorisation.md");
    }

    /** The rows of the table in {@code repoRoot/docs/authorisation.md}, in the file's order. */
    public static List<Row> read(Path repoRoot) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file(repoRoot));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Row> rows = new ArrayList<>();
        boolean inTable = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.startsWith("|")) {
                inTable = false;
                continue;
            }
            List<String> cells = cells(line);
            if (cells.equals(HEADINGS)) {
                if (!rows.isEmpty()) {
                    throw new IllegalStateException("docs/authorisation.md holds more than one table (line " + (i + 1) + ")");
                }
                inTable = true;
                i++; // the separator line
                continue;
            }
            if (!inTable) {
                continue;
            }
            if (cells.size() != HEADINGS.size()) {
                throw new IllegalStateException("line " + (i + 1) + " has " + cells.size() + " cells, not "
                        + HEADINGS.size() + ": " + line);
            }
            Map<Caller, String> expected = new EnumMap<>(Caller.class);
            for (Caller caller : Caller.values()) {
                String cell = cells.get(3 + caller.ordinal());
                if (!OUTCOMES.contains(cell)) {
                    throw new IllegalStateException("line " + (i + 1) + ": '" + cell + "' for " + caller.column()
                            + " is none of " + OUTCOMES);
                }
                expected.put(caller, cell);
            }
            rows.add(new Row(cells.get(0), cells.get(1), cells.get(2), Map.copyOf(expected), i + 1));
        }
        if (rows.isEmpty()) {
            throw new IllegalStateException("no table with the headings " + HEADINGS + " in " + file(repoRoot));
        }
        return rows;
    }

    private static List<String> cells(String line) {
        String inner = line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length());
        return Arrays.stream(inner.split("\\|", -1)).map(String::strip).map(c -> c.replace("`", "")).toList();
    }
}
