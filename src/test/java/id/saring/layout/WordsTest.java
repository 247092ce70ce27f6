package id.saring.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordsTest {

    @ParameterizedTest(name = "[{index}] ''{0}'' -> ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            # text                                   | normalised                              | seen at
            Capaian ( % )                            | capaian %                               | 003 l.563
            Program/ Kegiatan                        | program kegiatan                        | 000 l.3029
            Program/Kegiatan/Sub Kegiatan            | program kegiatan sub kegiatan           | 004 l.1201
            Capaian s.d 2023 thd Target Renstra      | capaian s d 2023 thd target renstra     | 004 l.909
            Rata \u2013 rata capaian kinerja         | rata rata capaian kinerja               | 000 l.2079
            INDIKATOR KINERJA UTAMA(IKU)             | indikator kinerja utama iku             | 003 l.561
            SAT UAN                                  | sat uan                                 | domain.md
            % Realisasi                              | % realisasi                             | 004 l.910
            Rekapitulasi Capaian \u00c9valuasi       | rekapitulasi capaian evaluasi           | accents removed
            '   '                                    | ''                                      | blank
            """)
    void normaliseLowersCaseAndKeepsOnlyWordsNumbersAndPercent(String text, String normalised, String seenAt) {
        assertThat(Words.normalise(text)).isEqualTo(normalised);
    }

    @ParameterizedTest(name = "[{index}] ''{0}'' -> ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            # label                                          | name
            PENDAPATAN ASLI DAERAH (PAD)                     | pendapatan asli daerah
            1. Indeks Pembangunan Manusia                    | indeks pembangunan manusia
            a. Indeks Kepuasan Masyarakat (IKM)              | indeks kepuasan masyarakat
            Persentase Standart Kepuasan Masyarakat (SKM)    | persentase standart kepuasan masyarakat
            """)
    void normaliseNameDropsListNumbersAndParenthesisedAsides(String label, String name) {
        assertThat(Words.normaliseName(label)).isEqualTo(name);
    }

    @ParameterizedTest(name = "[{index}] ''{0}'' -> ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            # label                                                        | without list number                                   | seen at
            2.Indeks Profesional ASN Kecamatan Sumber Harta                 | Indeks Profesional ASN Kecamatan Sumber Harta         | 003 l.574
            4. Rata-rata Lama Sekolah                                       | Rata-rata Lama Sekolah                                | 000 l.1965
            4 Pemberdayaan Perlindungan Masyarakat                          | Pemberdayaan Perlindungan Masyarakat                  | 000 l.3645
            - Opini Penyelenggaraan Pengawasan                              | Opini Penyelenggaraan Pengawasan                      | 004 l.784
            a. Rata-rata Capaian Kegiatan Pemerintahan                      | Rata-rata Capaian Kegiatan Pemerintahan               | 001 l.435
            b) Belanja Barang dan Jasa                                      | Belanja Barang dan Jasa                               | lettered list
            iv. Penata Muda                                                 | Penata Muda                                           | roman numeral
            10. Indek Kepuasan Pelayanan Keprotokalan                       | Indek Kepuasan Pelayanan Keprotokalan                 | 004 l.920
            \u2022 Nilai SAKIP                                              | Nilai SAKIP                                           | bullet
            Rata-rata Lama Sekolah                                          | Rata-rata Lama Sekolah                                | 000 l.2078
            PENDAPATAN ASLI DAERAH (PAD)                                    | PENDAPATAN ASLI DAERAH (PAD)                          | 000 l.2941
            3 \u00b1 1                                                      | 3 \u00b1 1                                            | 004 l.913: no capital after the number
            10 kali                                                         | 10 kali                                               | domain.md: count and unit
            2023 Target                                                     | 2023 Target                                           | a year is no list number
            -18,091                                                         | -18,091                                               | a negative number
            1.737.188.558                                                   | 1.737.188.558                                         | 003 l.592: an amount, not a list number
            3.1. Capaian Indikator Kinerja Utama Tahun 2023                 | Capaian Indikator Kinerja Utama Tahun 2023            | 004 l.93: a two-level list number
            1.1 Program Penunjang Urusan Pemerintahan                       | Program Penunjang Urusan Pemerintahan                 | a two-level number without a final dot
            """)
    void stripEnumeratorRemovesALeadingListNumberLetterOrBullet(String label, String stripped, String seenAt) {
        assertThat(Words.stripEnumerator(label)).isEqualTo(stripped);
    }

    @ParameterizedTest(name = "[{index}] ''{0}'' -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            4. Rata-rata Lama Sekolah                   | true
            2.Indeks Profesional ASN                    | true
            - Opini Penyelenggaraan                     | true
            Rata-rata Lama Sekolah                      | false
            Jumlah PD yang sudah menyusun SOP           | false
            JUMLAH BELANJA OPERASI                      | false
            Rata \u2013 rata capaian kinerja            | false
            """)
    void isEnumeratedTellsANumberedLabel(String label, boolean enumerated) {
        assertThat(Words.isEnumerated(label)).isEqualTo(enumerated);
    }

    @ParameterizedTest(name = "[{index}] ''{0}'' -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1.               | true
            12.              | true
            a)               | true
            12               | true
            ' 3. '           | true
            16.              | true
            1.737.188.558    | false
            4. Rata-rata     | false
            JUMLAH           | false
            (1)              | false
            """)
    void isEnumeratorOnlyTellsABareListNumber(String text, boolean only) {
        assertThat(Words.isEnumeratorOnly(text)).isEqualTo(only);
    }

    @ParameterizedTest(name = "[{index}] ''{1}'' in ''{0}'' -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            indikator kinerja utama           | kinerja            | true
            indikator kinerja utama           | indikator kinerja  | true
            indikator kinerja utama           | kinerja utama      | true
            indikator kinerja                 | kinerja utama      | false
            realisasi                         | real               | false
            capaian %                         | %                  | true
            capaian                           | ''                 | false
            """)
    void containsPhraseMatchesWholeWordsOnly(String text, String phrase, boolean contains) {
        assertThat(Words.containsPhrase(text, phrase)).isEqualTo(contains);
    }

    @ParameterizedTest(name = "[{index}] ''{0}'' starts with ''{1}'' -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            jumlah belanja operasi   | jumlah        | true
            jumlah                   | jumlah        | true
            jumlahnya                | jumlah        | false
            belanja operasi          | jumlah        | false
            tabel 3 3 pencapaian     | tabel         | true
            """)
    void startsWithPhraseMatchesWholeWordsOnly(String text, String phrase, boolean starts) {
        assertThat(Words.startsWithPhrase(text, phrase)).isEqualTo(starts);
    }

    /** Random texts of letters and every kind of white space, the regular expression's answer beside squeeze's. */
    @Test
    void squeezeMakesEachRunOfWhiteSpaceOneSpaceAsTheRegularExpressionDoes() {
        for (String text : randomTexts("ab -. \t\n\u000b\f\r\u00a0\u2003", 9)) {
            assertThat(Words.squeeze(text)).as("'%s'", text).isEqualTo(Words.WHITESPACE.matcher(text).replaceAll(" "));
        }
        assertThat(Words.squeeze("Sangat \t Baik\n")).isEqualTo("Sangat Baik ");
        String untouched = "Sangat Baik";
        assertThat(Words.squeeze(untouched)).isSameAs(untouched);
    }

    /** Random ASCII texts: normalise gives what its regular expressions give (letters, digits and % kept). */
    @Test
    void anAsciiTextIsNormalisedAsTheExpressionsNormaliseIt() {
        Pattern notWord = Pattern.compile("[^\\p{L}\\p{N}%]+");
        for (String t : randomTexts("aZ09% .,-/()\t_~\u007f", 11)) {
            assertThat(Words.normalise(t)).as("'%s'", t)
                    .isEqualTo(notWord.matcher(t.toLowerCase(Locale.ROOT)).replaceAll(" ").strip());
        }
    }

    /** 20,000 texts of up to {@code longest} of {@code characters}, drawn at random (the same each run). */
    private static List<String> randomTexts(String characters, int longest) {
        Random random = new Random(20261123);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(longest + 1); n > 0; n--) {
                text.append(characters.charAt(random.nextInt(characters.length())));
            }
            texts.add(text.toString());
        }
        return texts;
    }
}
