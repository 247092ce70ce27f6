package id.saring.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The header words of the bundled {@code rules/columns.yaml}, on header texts of the seeds. */
class HeaderVocabularyTest {

    private final HeaderVocabulary vocabulary = BundledVocabulary.get();

    @ParameterizedTest(name = "[{index}] ''{0}'' -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # header text                                      | field              | seen at
            No                                                 | NO                 | 003 l.563
            Sasaran Strategis                                  | SASARAN            | 003 l.563
            Tujuan/ Sasaran Strategis                          | SASARAN            | 000 l.2911
            INDIKATOR KINERJA UTAMA                            | INDIKATOR          | 004 l.909
            INDIKATOR KONERJA SASARAN                          | INDIKATOR          | 004 l.781
            SAT UAN                                            | SATUAN             | domain.md
            Tatget                                             | TARGET             | 003 l.563
            TARGET PERJANJIAN KINERJA                          | TARGET             | 000 l.1961
            Rencana                                            | TARGET             | domain.md
            Target (%)                                         | TARGET             | 000 l.3203
            2023 Target                                        | TARGET             | 004 l.909-910
            Ralisasi                                           | REALISASI          | 003 l.563
            Real.                                              | REALISASI          | domain.md
            Capaian ( % )                                      | CAPAIAN            | 003 l.563
            2023 % Realisasi                                   | CAPAIAN            | 004 l.909-910
            Persentase Capaian                                 | CAPAIAN            | domain.md
            Capaian Kinerja Tahun 2023 (%)                     | CAPAIAN            | 000 l.2075
            KRITERIA                                           | PREDIKAT           | 000 l.1961
            URAIAN                                             | URAIAN             | 000 l.2938
            Program/ Kegiatan                                  | URAIAN             | 000 l.3029
            Program/Kegiatan/Sub Kegiatan                      | URAIAN             | 004 l.1201
            PROGRAM                                            | PROGRAM            | 000 l.3638
            KEGIATAN                                           | KEGIATAN           | 000 l.3638
            SUB KEGIATAN                                       | SUB_KEGIATAN       | 000 l.3638
            ANGGARAN                                           | PAGU               | 000 l.2938
            Anggaran Pagu (Rp)                                 | PAGU               | 000 l.2911-2912
            Plafon Anggaran (Perubahan)                        | PAGU               | domain.md
            Alokasi                                            | PAGU               | domain.md
            Keuangan Realisasi                                 | REALISASI_ANGGARAN | 003 l.864-865
            Anggaran Realisasi (Rp)                            | REALISASI_ANGGARAN | 000 l.2911-2912
            Realisasi (Rp)                                     | REALISASI_ANGGARAN | 000 l.3029-3030
            Keuangan Capaian (%)                               | SERAPAN            | 003 l.864-865
            Anggaran Capaian                                   | SERAPAN            | 000 l.2911-2912
            Realisasi (%)                                      | SERAPAN            | 000 l.3029-3030
            Indikator Target                                   | TARGET             | the lower header row decides a tie
            """)
    void aHeaderTextIsGivenTheFieldOfItsLongestAlias(String text, Field field, String seenAt) {
        assertThat(vocabulary.match(text)).map(HeaderVocabulary.Match::field).contains(Optional.of(field));
    }

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @CsvSource(delimiter = '|', textBlock = """
            # header text                                          | ignore word that wins | seen at
            Target Akhir Renstra 2026                              | target akhir renstra  | 004 l.909
            Target Akhir Renstra                                   | target akhir renstra  | 003 l.673
            Capaian s.d 2023 thd Target Renstra                    | capaian s d           | 004 l.909
            Realisasi Tahun 2023 terhadap Target Akhir Renstra     | terhadap target akhir renstra | 003 l.673
            Perangkat Daerah Pelaksana                             | perangkat daerah pelaksana | 000 l.3029
            Lokasi                                                 | lokasi                | 000 l.3029
            Keterangan                                             | keterangan            | 003 l.591
            """)
    void aColumnToLeaveAloneMatchesNoField(String text, String alias, String seenAt) {
        HeaderVocabulary.Match match = vocabulary.match(text).orElseThrow();

        assertThat(match.field()).isEmpty();
        assertThat(match.alias()).isEqualTo(alias);
    }

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @CsvSource(delimiter = '|', textBlock = """
            Kinerja
            Keuangan
            2023
            Triwulan I
            IPM
            '  '
            """)
    void aTextWithoutAnyHeaderWordMatchesNothing(String text) {
        assertThat(vocabulary.match(text)).isEmpty();
    }

    @Test
    void aMatchTellsTheAliasItsLengthAndWhereItWasFound() {
        // 000 l.2911-2912: "pagu rp" and "anggaran pagu" are both two words; the later one wins
        assertThat(vocabulary.match("Anggaran Pagu (Rp)"))
                .contains(new HeaderVocabulary.Match(Optional.of(Field.PAGU), "pagu rp", 2, 9, 1.0));
    }

    @ParameterizedTest(name = "[{index}] ''{0}'' -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            (Rp)        | true
            Rp          | true
            (%)         | true
            Rupiah      | true
            Rp / %      | true
            Realisasi   | false
            Pagu (Rp)   | false
            """)
    void unitLabelsAreTextsThatOnlyStateAUnit(String text, boolean unit) {
        assertThat(vocabulary.isUnitLabel(text)).isEqualTo(unit);
    }

    @Test
    void rowWordsAreNormalised() {
        HeaderVocabulary.RowWords rows = vocabulary.rows();

        assertThat(rows.total()).containsExactly("jumlah", "total", "sub total", "subtotal");
        assertThat(rows.average()).containsExactly("rata rata", "rerata");
        assertThat(rows.caption()).containsExactly("tabel", "table", "lampiran", "grafik", "gambar");
        assertThat(rows.end()).contains("sumber", "kepala", "nip", "plt camat");
    }

    @Test
    void agencyWordsAndLabelsAreNormalised() {
        assertThat(vocabulary.agencyWords()).contains("pemerintah kabupaten", "kecamatan", "satuan polisi pamong praja");
        assertThat(vocabulary.agencyLabels())
                .containsExactly("opd", "skpd", "perangkat daerah", "unit kerja", "organisasi perangkat daerah",
                        "instansi");
    }

    @Test
    void aliasesGivenByHandAreNormalisedToo() {
        HeaderVocabulary own = new HeaderVocabulary(
                Map.of(Field.CAPAIAN, List.of("Capaian ( % )"), Field.INDIKATOR, List.of("Indikator")),
                List.of("Target Akhir"), Map.of(), List.of("(Rp)"),
                new HeaderVocabulary.RowWords(List.of("JUMLAH"), List.of(), List.of("Rata-rata"), List.of(), List.of(),
                        List.of()),
                List.of("Kecamatan"), List.of("OPD"));

        assertThat(own.match("capaian %")).map(HeaderVocabulary.Match::field).contains(Optional.of(Field.CAPAIAN));
        assertThat(own.match("TARGET AKHIR")).map(HeaderVocabulary.Match::field).contains(Optional.empty());
        assertThat(own.isUnitLabel("rp")).isTrue();
        assertThat(own.rows().total()).containsExactly("jumlah");
        assertThat(own.rows().average()).containsExactly("rata rata");
        assertThat(own.agencyWords()).containsExactly("kecamatan");
        assertThat(own.agencyLabels()).containsExactly("opd");
    }
}
