package id.saring.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.saring.model.Arah;
import id.saring.rules.IndicatorCatalogue.Direction;
import id.saring.rules.IndicatorCatalogue.Entry;
import id.saring.rules.IndicatorCatalogue.Proportions;
import id.saring.rules.IndicatorCatalogue.Source;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

class IndicatorCatalogueTest {

    private static final RuleSet RULES = bundled();
    private static final IndicatorCatalogue BUNDLED = RULES.indicators();

    private static RuleSet bundled() {
        try {
            return new RuleLoader().load(Path.of("rules"), Optional.empty());
        } catch (RuleFileException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1} by {2} ''{3}''")
    @CsvSource(delimiter = '|', textBlock = """
            # indikator as a table writes it                    | arah    | source    | entry
            9. Persentase Penduduk Miskin                        | TURUN   | CATALOGUE | Persentase Penduduk Miskin
            Indeks Pembangunan Manusia (IPM)                     | NAIK    | CATALOGUE | Indeks Pembangunan Manusia
            IPM                                                  | NAIK    | CATALOGUE | Indeks Pembangunan Manusia
            Tingkat Pengangguran Terbuka (TPT)                   | TURUN   | CATALOGUE | Tingkat Pengangguran Terbuka
            Indeks Inflasi                                       | RENTANG | CATALOGUE | Indeks Inflasi
            Opini LHP BPK                                        | BINER   | CATALOGUE | Opini BPK
            Rata-rata Lama Sekolah                               | NAIK    | CATALOGUE | Rata-rata Lama Sekolah
            ANGKA KEMATIAN BAYI                                  | TURUN   | CATALOGUE | Angka Kematian Bayi
            Angka Kematian Balita                                | TURUN   | KEYWORD   | angka kematian
            Persentase balita stunting                           | TURUN   | CATALOGUE | Prevalensi Stunting
            Menurunnya angka kasus DBD                           | TURUN   | KEYWORD   | menurunnya
            Persentase Posyandu aktif                            | NAIK    | DEFAULT   | ''
            Pelatihan Akbar Kepemudaan                           | NAIK    | DEFAULT   | ''
            """)
    void directionComesFromTheCatalogueThenKeywordsThenTheDefault(String indikator, Arah arah, Source source,
            String entry) {
        assertThat(BUNDLED.directionOf(indikator)).isEqualTo(new Direction(arah, source, entry));
    }

    /** Real indicator names, copied with their list numbers, typos and asides from the seed line given. */
    @ParameterizedTest(name = "[{index}] {4}: {0} -> {1} by {2} ''{3}''")
    @CsvFileSource(resources = "seed-indicators.csv", numLinesToSkip = 1, delimiter = '|')
    void seedIndicatorTakesTheDirectionOfItsEntryOrKeyword(String indikator, Arah arah, Source source, String entry,
            String seed) {
        // JUnit passes an empty CSV field as null
        assertThat(BUNDLED.directionOf(indikator)).isEqualTo(new Direction(arah, source, Objects.toString(entry, "")));
    }

    @Test
    void catalogueHoldsAtLeastSixtyIndicators() {
        assertThat(BUNDLED.entries()).hasSizeGreaterThanOrEqualTo(60);
    }

    @Test
    void noAliasBelongsToTwoEntries() {
        Map<String, List<String>> entriesByAlias = BUNDLED.entries().stream()
                .flatMap(e -> e.aliases().stream().map(a -> Map.entry(a, e.name())))
                .collect(Collectors.groupingBy(Map.Entry::getKey, LinkedHashMap::new,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));

        assertThat(entriesByAlias).allSatisfy((alias, names) -> assertThat(names).as(alias).hasSize(1));
    }

    @Test
    void everyScaleAnEntryNamesIsAScaleOfTheRules() {
        assertThat(BUNDLED.entries().stream().flatMap(e -> e.scale().stream()))
                .isNotEmpty()
                .allSatisfy(id -> assertThat(RULES.scales()).containsKey(id));
    }

    @Test
    void entryCarriesItsUnitRangeAndScale() {
        assertThat(BUNDLED.entryOf("7. Indeks Gini Ratio")).contains(new Entry("Indeks Gini",
                List.of("indeks gini", "gini ratio", "rasio gini", "ketimpangan pendapatan"), Arah.TURUN, "indeks",
                Optional.of(new BigDecimal("0")), Optional.of(new BigDecimal("1")), Optional.empty(),
                Optional.empty()));
        assertThat(BUNDLED.entryOf("17. Nilai SAKIP")).contains(new Entry("Nilai SAKIP",
                List.of("nilai sakip", "evaluasi sakip", "nilai evaluasi sakip", "nilai akip", "nilai evaluasi akip"),
                Arah.NAIK, "nilai", Optional.of(new BigDecimal("0")), Optional.of(new BigDecimal("100")),
                Optional.empty(), Optional.of("sakip-permenpanrb-88-2021")));
        assertThat(BUNDLED.entryOf("Opini LHP BPK (WTP)")).contains(new Entry("Opini BPK",
                List.of("opini bpk", "opini lhp bpk", "opini laporan keuangan"), Arah.BINER, "opini", Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of("opini-bpk")));
        assertThat(BUNDLED.entryOf("Angka Kematian Bayi")).contains(new Entry("Angka Kematian Bayi",
                List.of("angka kematian bayi", "akb"), Arah.TURUN, "per 1.000 kelahiran hidup",
                Optional.of(new BigDecimal("0")), Optional.empty(), Optional.empty(), Optional.empty()));
    }

    @ParameterizedTest(name = "[{index}] {0}: {1} from {2} to {3}, scale {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # indikator as a table writes it                  | satuan | min | max | scale
            Indeks Pembangunan Manusia                          | indeks | 0   | 100 | ''
            Nilai LPPD                                          | skor   | 0   | 4   | status-lppd
            Indeks Kepuasan masyarakat                          | indeks | 25  | 100 | ikm-permenpanrb-14-2017
            Indeks Pelayanan Publik                             | indeks | 0   | 5   | ipp-kemenpanrb
            10. Indeks Reformasi Birokrasi                      | nilai  | 0   | 100 | sakip-permenpanrb-88-2021
            Tingkat Maturitas SPIP                              | level  | 0   | 5   | ''
            4. Rata-rata Lama Sekolah                           | tahun  | 0   | 15  | ''
            9. Persentase Penduduk Miskin                       | %      | 0   | 100 | ''
            BOR > 65%                                           | %      | 0   | 100 | ''
            APK SD                                              | %      | 0   | ''  | ''
            TFR (Angka Kelahiran Total)                         | anak per wanita | 0 | '' | ''
            Indeks Inovasi Daerah                               | indeks | ''  | ''  | indeks-inovasi-daerah
            Tersedianya buku profil daerah                      | ada/tidak ada | '' | '' | biner
            """)
    void entryOfTheSeedNameHasItsRange(String indikator, String satuan, String min, String max, String scale) {
        Entry entry = BUNDLED.entryOf(indikator).orElseThrow();
        Function<String, Optional<BigDecimal>> number = s -> Optional.of(s).filter(t -> !t.isEmpty())
                .map(BigDecimal::new);

        assertThat(entry.satuan()).isEqualTo(satuan);
        assertThat(entry.min()).isEqualTo(number.apply(min));
        assertThat(entry.max()).isEqualTo(number.apply(max));
        assertThat(entry.scale()).isEqualTo(Optional.of(scale).filter(t -> !t.isEmpty()));
    }

    @Test
    void nameInNoEntryHasNoEntry() {
        assertThat(BUNDLED.entryOf("Pelatihan Akbar Kepemudaan")).isEmpty();
        assertThat(BUNDLED.entryOf("Jumlah Kasus PEKAT yang ditangani")).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # indikator as a table writes it                                                   | share of a whole
            Persentase Desa yang tertib Administrasi                                            | true
            Peerentase partisipasi dan Swadaya Masyarakat Desa dan Kelurahan dalam Pembangunan  | true
            3.2. Persentase kepemilikan E-KTP                                                   | true
            Cakupan pelayanan kesehatan balita sesuai standar                                   | true
            Proporsi panjang jaringan jalan dalam kondisi baik                                  | true
            Tingkat partisipasi angkatan kerja                                                  | true
            Tingkat Kepatuhan Standar Pelayanan masyarakat                                      | true
            Tingkat penyelesaian pelanggaran K3 (ketertiban, ketentraman dan keindahan)         | true
            Persentase pertumbuhan ekonomi                                                      | false
            Persentase pertumbuhan koperasi aktif                                               | false
            Persentase peningkatan investasi di kabupaten/kota                                  | false
            Persentase Penurunan kejadian dan jumlah kasus penyakit hewan menular               | false
            Persentase turunnya kejadian kecelakaan lalu lintas                                 | false
            Prosentase pencapaian PKPT per tahun                                                | false
            Rasio Ketergantungan                                                                | false
            APK SD                                                                              | false
            Tingkat Produktivitas Tenaga Kerja                                                  | false
            Indeks Pembangunan Manusia                                                          | false
            """)
    void shareOfAWholeIsNamedSoAndIsNoRateOfChange(String indikator, boolean proportion) {
        assertThat(BUNDLED.isProportion(indikator)).isEqualTo(proportion);
    }

    @Test
    void keywordsOfNaikAreTriedBeforeThoseOfTurunWhateverTheOrderGiven() {
        Map<Arah, List<String>> keywords = new LinkedHashMap<>();
        keywords.put(Arah.TURUN, List.of("Penurunan"));
        keywords.put(Arah.NAIK, List.of("Persentase Penurunan"));
        IndicatorCatalogue catalogue = new IndicatorCatalogue(List.of(), keywords, Arah.NAIK, Proportions.NONE);

        assertThat(catalogue.directionOf("Persentase Penurunan kejadian dan jumlah kasus penyakit hewan menular"))
                .isEqualTo(new Direction(Arah.NAIK, Source.KEYWORD, "persentase penurunan"));
        assertThat(catalogue.directionOf("Penurunan Angka Kemiskinan"))
                .isEqualTo(new Direction(Arah.TURUN, Source.KEYWORD, "penurunan"));
    }

    @Test
    void longestAliasFoundAsWholeWordsWins() {
        IndicatorCatalogue catalogue = new IndicatorCatalogue(List.of(
                entry("Kematian", List.of("kematian"), Arah.NAIK),
                entry("Angka Kematian Bayi", List.of("AKB", "Angka Kematian Bayi"), Arah.TURUN)),
                Map.of(), Arah.NAIK, Proportions.NONE);

        assertThat(catalogue.directionOf("Angka Kematian Bayi per 1.000 kelahiran"))
                .isEqualTo(new Direction(Arah.TURUN, Source.CATALOGUE, "Angka Kematian Bayi"));
        assertThat(catalogue.directionOf("Jumlah kematian")).isEqualTo(
                new Direction(Arah.NAIK, Source.CATALOGUE, "Kematian"));
        assertThat(catalogue.directionOf("Angka Akbar")).isEqualTo(new Direction(Arah.NAIK, Source.DEFAULT, ""));
    }

    @Test
    void defaultComesFromTheRules() {
        IndicatorCatalogue catalogue = new IndicatorCatalogue(List.of(), Map.of(Arah.TURUN, List.of("Kemiskinan")),
                Arah.RENTANG, Proportions.NONE);

        assertThat(catalogue.directionOf("Tingkat kemiskinan")).isEqualTo(
                new Direction(Arah.TURUN, Source.KEYWORD, "kemiskinan"));
        assertThat(catalogue.directionOf("Nilai LPPD")).isEqualTo(new Direction(Arah.RENTANG, Source.DEFAULT, ""));
    }

    private static Entry entry(String name, List<String> aliases, Arah arah) {
        return new Entry(name, aliases, arah, "", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }
}
