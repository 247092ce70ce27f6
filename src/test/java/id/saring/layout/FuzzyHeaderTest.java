package id.saring.layout;

import static id.saring.layout.SeedRows.rows;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Headers typed with typos, matched by the bundled {@code rules/columns.yaml} with the confidence
 * {@link HeaderVocabulary#match} gives: one minus the edits per letter of the alias. The confidences are the
 * doubles the code computes ({@code 1 - 1/6} is {@code 0.8333333333333334}), so a change in the formula fails.
 */
class FuzzyHeaderTest {

    private final HeaderVocabulary vocabulary = BundledVocabulary.get();

    private HeaderVocabulary.Match match(String header) {
        return vocabulary.match(header).orElseThrow(() -> new AssertionError("no match for " + header));
    }

    @ParameterizedTest(name = "[{index}] ''{0}'' -> {1} ''{2}'' {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # typed header        | field       | alias               | confidence          | edits, seen at
            Tatget                | TARGET      | target              | 0.8333333333333334  | 1 of 6, 003 l.563
            Taget                 | TARGET      | target              | 0.8333333333333334  | 1 of 6, 003 l.559
            Ralisasi              | REALISASI   | realisasi           | 0.8888888888888888  | 1 of 9, 003 l.563
            Realiasi              | REALISASI   | realisasi           | 0.8888888888888888  | 1 of 9, a dropped s
            Capain                | CAPAIAN     | capaian             | 0.8571428571428572  | 1 of 7, a dropped a
            Rencna                | TARGET      | rencana             | 0.8571428571428572  | 1 of 7, a dropped a
            Anggran               | PAGU        | anggaran            | 0.875               | 1 of 8, 003 l.591
            Indikator Kinerj      | INDIKATOR   | indikator kinerja   | 0.9375              | 1 of 16, a cut-off cell
            INDIKATOR KONERJA SASARAN | INDIKATOR | indikator kinerja sasaran | 0.9565217391304348 | 1 of 23, 004 l.781
            Kinerja Taget         | TARGET      | kinerja target      | 0.9230769230769231  | 1 of 13, the group row over Taget
            """)
    void aTypoOfOneEditIsMatchedWithOneMinusEditsPerLetter(String header, Field field, String alias,
            double confidence, String source) {
        HeaderVocabulary.Match m = match(header);

        assertThat(m.field()).contains(field);
        assertThat(m.alias()).isEqualTo(alias);
        assertThat(m.confidence()).isEqualTo(confidence);
    }

    @Test
    void theUnitAfterATypoIsPartOfTheAliasAndCountsAsALetter() {
        // "Capaian ( % )" of 003 l.563 typed "Capain (%)": the two-word alias "capaian %" beats the exact "%", and
        // its eight characters (the % among them) divide the one edit
        assertThat(vocabulary.match("Capain (%)"))
                .contains(new HeaderVocabulary.Match(Optional.of(Field.CAPAIAN), "capaian %", 2, 0, 0.875));
    }

    @Test
    void anAliasFoundAsWrittenHasConfidenceOne() {
        assertThat(match("Target").confidence()).isEqualTo(1.0);
        assertThat(match("Capaian ( % )").confidence()).isEqualTo(1.0);
        assertThat(match("TARGET PERJANJIAN KINERJA").confidence()).isEqualTo(1.0);
    }

    @ParameterizedTest(name = "[{index}] ''{0}'' -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # typed header        | word of the alias        | confidence
            Relaisasi             | realisasi, 9 letters     | 0.7777777777777778
            Prosentase Capaian    | persentase, 10 letters   | 0.8823529411764706
            """)
    void twoEditsAreAllowedInAWordOfEightLettersOrMore(String header, String word, double confidence) {
        // "Relaisasi": two letters swapped; "Prosentase" (000 l.860) for "Persentase"
        assertThat(match(header).confidence()).isEqualTo(confidence);
    }

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @CsvSource(delimiter = '|', textBlock = """
            # typed header | the alias word it is two edits from
            Tagret         | target, 6 letters
            Stauan         | satuan, 6 letters
            Capiaan        | capaian, 7 letters
            """)
    void twoEditsInAWordOfFewerThanEightLettersAreNoMatch(String header, String word) {
        assertThat(vocabulary.match(header)).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @CsvSource(delimiter = '|', textBlock = """
            # typed header | the short alias it is one edit from
            Pagi           | pagu
            Paguu          | pagu
            Kodr           | kode
            Rael           | real
            Nu             | no
            """)
    void aliasesOfFewerThanFiveLettersAreOnlyFoundAsWritten(String header, String alias) {
        assertThat(vocabulary.match(header)).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @CsvSource(delimiter = '|', textBlock = """
            Targ3t
            Realisa5i
            """)
    void aTypedWordWithADigitIsNoTypo(String header) {
        assertThat(vocabulary.match(header)).isEmpty();
    }

    @Test
    void aLongTextIsNotSearchedForTypos() {
        // over 80 characters: an explanatory note in a header cell, not a header with a typo
        String note = "Realiasi s.d. Triwulan IV menurut laporan bulanan yang disampaikan perangkat daerah";
        assertThat(note).hasSize(83);

        assertThat(vocabulary.match(note)).isEmpty();
        assertThat(vocabulary.match("Realiasi s.d. Triwulan IV")).map(HeaderVocabulary.Match::field)
                .contains(Optional.of(Field.REALISASI));
    }

    @ParameterizedTest(name = "[{index}] ''{0}'' -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # header                 | field              | alias                | confidence         | beats
            Realisasi Anggaran       | REALISASI_ANGGARAN | realisasi anggaran   | 1.0                | realisasi, anggaran
            Realisasi Angaran        | REALISASI_ANGGARAN | realisasi anggaran   | 0.9411764705882353 | realisasi found as written
            Capaian Keuangan         | SERAPAN            | capaian keuangan     | 1.0                | capaian
            Prosentase Capaian       | CAPAIAN            | persentase capaian   | 0.8823529411764706 | capaian found as written
            Plafon Anggaran (Perubahan) | PAGU            | plafon anggaran      | 1.0                | anggaran
            """)
    void theAliasOfMostWordsWinsEvenWhenItHasTypos(String header, Field field, String alias, double confidence,
            String beats) {
        HeaderVocabulary.Match m = match(header);

        assertThat(m.field()).contains(field);
        assertThat(m.alias()).isEqualTo(alias);
        assertThat(m.confidence()).isEqualTo(confidence);
    }

    @Test
    void anIgnoreWordOfMoreWordsWinsOverAFieldAlias() {
        // 003 l.673: the final Renstra target is no target
        assertThat(vocabulary.match("Target Akhir Renstra"))
                .contains(new HeaderVocabulary.Match(Optional.empty(), "target akhir renstra", 3, 0, 1.0));
    }

    @Test
    void betweenAliasesOfEqualLengthTheOneFoundAsWrittenWins() {
        // "SAT UAN" is "satuan" typed in two pieces (0,83) and also holds the alias "sat" as written (1,0)
        assertThat(vocabulary.match("SAT UAN"))
                .contains(new HeaderVocabulary.Match(Optional.of(Field.SATUAN), "sat", 1, 0, 1.0));
    }

    @Test
    void aWordTypedInTwoPiecesCountsAsOneEdit() {
        // "Ang garan": no alias of its own is found as written, so the split "anggaran" is the match
        assertThat(vocabulary.match("Ang garan"))
                .contains(new HeaderVocabulary.Match(Optional.of(Field.PAGU), "anggaran", 1, 0, 0.875));
    }

    // ---------------------------------------------------------------- in a header, for tables.csv

    @Test
    void theColumnMapShowsEachTyposAliasAndConfidence() {
        // 003 l.563
        ColumnMap map = new ColumnMapper(vocabulary).map(
                rows(563, "No\tSasaran Strategis\tIndikator kinerja\tTatget\tRalisasi\tCapaian ( % )\n")).orElseThrow();

        assertThat(map.mapping()).containsExactly(
                new ColumnMatch(0, "No", Optional.of(Field.NO), "no", 1.0, ColumnMatch.Use.FIELD),
                new ColumnMatch(1, "Sasaran Strategis", Optional.of(Field.SASARAN), "sasaran strategis", 1.0,
                        ColumnMatch.Use.FIELD),
                new ColumnMatch(2, "Indikator kinerja", Optional.of(Field.INDIKATOR), "indikator kinerja", 1.0,
                        ColumnMatch.Use.FIELD),
                new ColumnMatch(3, "Tatget", Optional.of(Field.TARGET), "target", 0.8333333333333334,
                        ColumnMatch.Use.FIELD),
                new ColumnMatch(4, "Ralisasi", Optional.of(Field.REALISASI), "realisasi", 0.8888888888888888,
                        ColumnMatch.Use.FIELD),
                new ColumnMatch(5, "Capaian ( % )", Optional.of(Field.CAPAIAN), "capaian %", 1.0,
                        ColumnMatch.Use.FIELD));
    }

    @Test
    void aHeaderThatMatchesNothingStaysUnmappedWithConfidenceZero() {
        // 003 l.885-886: "Narasi" (the output's narrative) under the group "Keuangan" names no field
        ColumnMap map = new ColumnMapper(vocabulary).map(rows(885, """
                No\tPrioritas Program dan Kegiatan\tPlafon Anggaran (Perubahan)\tPenyerapan\t\tKeuangan\t\t\t\t
                \t\t\tRealisasi (Rp)\tCapaian (%)\tNarasi\tSatuan\tTarget\tRealisasi\t%
                """)).orElseThrow();

        assertThat(map.mapping()).filteredOn(m -> m.column() == 5).containsExactly(
                new ColumnMatch(5, "Keuangan Narasi", Optional.empty(), "", 0.0, ColumnMatch.Use.UNMATCHED));
        assertThat(map.columns().values()).noneMatch(columns -> columns.contains(5));
    }

    @Test
    void aTypoedHeaderGivesTheTableItsColumn() {
        // 003 l.563-564 with the realisasi typed "Realiasi" and the capaian "Capain": the row is still read whole
        ColumnMap map = new ColumnMapper(vocabulary).map(
                rows(563, "No\tSasaran Strategis\tIndikator Kinerj\tTaget\tRealiasi\tCapain\n")).orElseThrow();

        assertThat(map.columns()).isEqualTo(Map.of(Field.NO, List.of(0), Field.SASARAN, List.of(1),
                Field.INDIKATOR, List.of(2), Field.TARGET, List.of(3), Field.REALISASI, List.of(4),
                Field.CAPAIAN, List.of(5)));
        assertThat(map.mapping()).extracting(ColumnMatch::confidence)
                .containsExactly(1.0, 1.0, 0.9375, 0.8333333333333334, 0.8888888888888888, 0.8571428571428572);
    }
}
