package org.openprocure.tender.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CpvCatalogueTest {

    private static final String MALFORMED = "must be 8 digits, a dash and a check digit, e.g. 45233252-0";

    private final CpvCatalogue cpv = CpvCatalogue.load();

    @Test
    void shipsTheWholeCpv2008MainVocabulary() {
        assertEquals(9454, cpv.size());
        assertSame(cpv, CpvCatalogue.load(), "read once, then cached");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "03000000-1|Agricultural, farming, fishing, forestry and related products",
        "45000000-7|Construction work",
        "45233252-0|Surface work for streets",
        "33600000-6|Pharmaceutical products",
        "72000000-5|IT services: consulting, software development, Internet and support",
        "30213100-6|Portable computers",
        "09132100-4|Unleaded petrol",
        "90511000-2|Refuse collection services",
        "79341000-6|Advertising services",
        "98910000-5|Services specific to international organisations and bodies",
        "15131310-1|Pâté",
    })
    void knownCodesHaveTheirOfficialEnglishLabel(String code, String label) {
        assertEquals(Optional.of(label), cpv.label(code));
        assertTrue(cpv.contains(code));
        assertNull(cpv.problem(code));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"4523325-0", "45233252", "45233252-00", "4523325a-0", "   ", "45233252 0",
        " 45233252-0", "45233252-٠"})
    void malformedCodesAreRefusedWithTheExpectedShape(String code) {
        assertEquals(MALFORMED, cpv.problem(code));
        assertFalse(CpvCatalogue.wellFormed(code));
        assertFalse(cpv.contains(code));
        assertEquals(Optional.empty(), cpv.label(code));
    }

    @Test
    void aWrongCheckDigitNamesTheRightOne() {
        assertEquals("check digit of 45233252 is 0, not 7", cpv.problem("45233252-7"));
        assertEquals("check digit of 03000000 is 1, not 0", cpv.problem("03000000-0"));
        assertFalse(cpv.contains("45233252-7"));
        assertTrue(CpvCatalogue.wellFormed("45233252-7"));
    }

    @Test
    void aWellFormedCodeOutsideTheVocabularyIsUnknown() {
        assertEquals("is not in the CPV 2008 vocabulary", cpv.problem("45233259-1"));
        assertEquals("is not in the CPV 2008 vocabulary", cpv.problem("00000000-0"));
        assertEquals(Optional.empty(), cpv.label("99999999-9"));
    }

    @Test
    void searchByPrefixKeepsOnlyCodesUnderIt() {
        List<CpvCatalogue.Entry> found = cpv.search(null, "4523", 1000);
        assertEquals(173, found.size());
        assertTrue(found.stream().allMatch(entry -> entry.code().startsWith("4523")), found.toString());
        assertEquals(new CpvCatalogue.Entry("45230000-8", "Construction work for pipelines, communication "
                + "and power lines, for highways, roads, airfields and railways; flatwork"), found.get(0));
        assertSorted(found);
        assertEquals(found, cpv.search("  ", " 45 23 ", 1000), "only the digits of the prefix count");
        assertEquals(List.of(new CpvCatalogue.Entry("45233252-0", "Surface work for streets")),
                cpv.search(null, "45233252-0", 10));
    }

    @Test
    void searchByTextFindsAsphaltWhateverTheCase() {
        List<CpvCatalogue.Entry> found = cpv.search("ASPHALT", null, 50);
        assertEquals(List.of(
                new CpvCatalogue.Entry("44113600-1", "Bitumen and asphalt"),
                new CpvCatalogue.Entry("44113620-7", "Asphalt"),
                new CpvCatalogue.Entry("45233222-1", "Paving and asphalting works")), found);
        assertEquals(List.of(new CpvCatalogue.Entry("45233222-1", "Paving and asphalting works")),
                cpv.search("asphalt", "45", 50), "text and prefix together");
    }

    @Test
    void searchHonoursTheLimit() {
        List<CpvCatalogue.Entry> first = cpv.search("services", null, 5);
        assertEquals(5, first.size());
        assertSorted(first);
        assertEquals(first, cpv.search("services", null, 500).subList(0, 5));
        assertEquals(3, cpv.search(null, null, 3).size());
        assertEquals(List.of(), cpv.search("services", null, 0));
        assertThrows(IllegalArgumentException.class, () -> cpv.search(null, null, -1));
    }

    @Test
    void searchFindsNothingForAPrefixOrTextThatMatchesNothing() {
        assertEquals(List.of(), cpv.search(null, "00", 10));
        assertEquals(List.of(), cpv.search(null, "abc", 10));
        assertEquals(List.of(), cpv.search("no such label anywhere", null, 10));
    }

    @Test
    void aMalformedListFailsLoudlyNamingTheLine() {
        IllegalStateException noTab = assertThrows(IllegalStateException.class,
                () -> parse("# test\n03000000-1\tAgricultural\n03100000-2 Agricultural\n"));
        assertEquals("CPV list test, line 3: expected code<TAB>label", noTab.getMessage());
        IllegalStateException badCode = assertThrows(IllegalStateException.class,
                () -> parse("0300000-1\tAgricultural\n"));
        assertEquals("CPV list test, line 1: code '0300000-1' " + MALFORMED, badCode.getMessage());
        IllegalStateException unsorted = assertThrows(IllegalStateException.class,
                () -> parse("03100000-2\tA\n03000000-1\tB\n"));
        assertEquals("CPV list test, line 2: code 03000000-1 is not after 03100000-2", unsorted.getMessage());
        assertThrows(IllegalStateException.class, () -> parse("03000000-1\t \n"));
        assertThrows(IllegalStateException.class, () -> parse("# only a comment\n"));
    }

    @Test
    void aMissingListFailsLoudly() {
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> CpvCatalogue.fromResource("/cpv/no-such-list.tsv"));
        assertEquals("CPV list /cpv/no-such-list.tsv is missing from the classpath", missing.getMessage());
    }

    private static CpvCatalogue parse(String text) throws Exception {
        return CpvCatalogue.parse(new StringReader(text), "test");
    }

    private static void assertSorted(List<CpvCatalogue.Entry> entries) {
        String[] codes = entries.stream().map(CpvCatalogue.Entry::code).toArray(String[]::new);
        String[] sorted = codes.clone();
        Arrays.sort(sorted);
        assertEquals(List.of(sorted), List.of(codes));
    }
}
