package id.saring.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitleBlockTest {

    private final TitleBlock titles = new TitleBlock(BundledVocabulary.get());

    @Test
    void theCaptionIsTheFirstLineStartingWithACaptionWord() {
        // 000 l.3022-3027
        assertThat(titles.title(List.of("Adapun secara terperinci dijelaskan pada tabel berikut.",
                "Tabel 4.1 Alokasi Dana Bantuan Pemerintah Provinsi Sumatera Selatan",
                "di Kabupaten Muara Enim Tahun 2023 (Unaudited)")))
                .isEqualTo("Tabel 4.1 Alokasi Dana Bantuan Pemerintah Provinsi Sumatera Selatan");
    }

    @Test
    void tabelAloneOnItsLineIsJoinedWithTheNextLine() {
        // 001 l.574-576
        assertThat(titles.title(List.of("Tabel", "Tingkat Capaian Sasaran",
                "Meningkatnya Peran Kecamatan dalam Penyelenggaraan Pemerintahan, Pembangunan dan Pelayanan Masyarakat"
                        + " Kecamatan.")))
                .isEqualTo("Tabel Tingkat Capaian Sasaran");
    }

    @Test
    void aNumberedTabelAloneOnItsLineIsJoinedWithTheNextLine() {
        // 004 l.906-907
        assertThat(titles.title(List.of("Tabel 3.2", "Pencapaian IKU Sekretariat Daerah Kab. Bengkulu Selatan")))
                .isEqualTo("Tabel 3.2 Pencapaian IKU Sekretariat Daerah Kab. Bengkulu Selatan");
    }

    @Test
    void tabelAloneOnTheLastLineStaysAlone() {
        // 003 l.862: the header follows at once
        assertThat(titles.title(List.of("REALISASI KEUANGAN YANG Mendukung Pencapaian Kinerja", "Tabel")))
                .isEqualTo("Tabel");
    }

    @Test
    void withoutACaptionTheFirstLineIsTheTitle() {
        // 003 l.669-671
        assertThat(titles.title(List.of("Capaian indikator kinerja sasaran sampai dengan tahun 2023 dibandingkan",
                "dengan target capaian indikator kinerja sasaran pada akhir RENSTRA")))
                .isEqualTo("Capaian indikator kinerja sasaran sampai dengan tahun 2023 dibandingkan");
        assertThat(titles.title(List.of())).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] ''{0}'' -> ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            # title line                                                                            | agency                                          | seen at
            OPD : Sekretaris Daerah                                                                 | Sekretaris Daerah                               | 004 l.776
            SKPD : DINAS KESEHATAN                                                                  | Dinas Kesehatan                                 | a labelled name in capitals
            Perangkat Daerah : Kecamatan Sumber Harta.                                              | Kecamatan Sumber Harta                          | the label of two words, a full stop
            Pencapaian IKU Sekretariat Daerah Kab. Bengkulu Selatan                                 | Sekretariat Daerah Kab. Bengkulu Selatan        | 004 l.907
            Tabel Hasil Pengukuran Kinerja Pemerintah Kabupaten Muara Enim                          | Pemerintah Kabupaten Muara Enim                 | 000 l.1958
            PROGRAM DAN KEGIATAN SATUAN POLISI PAMONG PRAJA KABUPATEN MUARA ENIM TAHUN 2023         | Satuan Polisi Pamong Praja Kabupaten Muara Enim | 000 l.3636
            SKPD Kecamatan Semende Darat Tengah Kabupaten Muara Enim                                | Kecamatan Semende Darat Tengah Kabupaten Muara Enim | 001 l.430
            Laporan Kinerja instansi Pemerintah ( LKJIP ) Kecamatan Sumber Harta Kabupaten Musi Rawas Tahun 2023 | Kecamatan Sumber Harta Kabupaten Musi Rawas | 003 l.17
            Tabel 3.2.3.1.1 Realisasi Kegiatan dan sub kegiatan Bagian Organisasi                   | Bagian Organisasi                               | 004 l.1199
            Taget realisasi dan capaian Indikator Kinerja Utama (IKU) Kecamatan Sumber Harta Kabupaten Musi Rawas dapat dilihat dari tabel dibawah ini : | Kecamatan Sumber Harta Kabupaten Musi Rawas | 003 l.558: the name ends at the first word in lower case
            Dinas Kependudukan dan Pencatatan Sipil Kabupaten Muara Enim                            | Dinas Kependudukan dan Pencatatan Sipil Kabupaten Muara Enim | 000 l.2297: "dan" joins two capitalised words
            """)
    void theAgencyIsALabelledNameOrAnAgencyWordFollowedByAProperName(String line, String agency, String seenAt) {
        assertThat(titles.agency(List.of(line))).contains(agency);
    }

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @CsvSource(delimiter = '|', textBlock = """
            # title line without an agency                                                                          | seen at
            Meningkatnya Peran Kecamatan dalam Penyelenggaraan Pemerintahan, Pembangunan dan Pelayanan Masyarakat Kecamatan. | 001 l.578
            Tabel 3.3 Pencapaian IKU Per Triwulan                                                                   | 004 l.922
            Kepala Dinas/Badan/Camat                                                                                | 004 l.769
            Lampiran I : PERJANJIAN KINERJA                                                                         | 004 l.768: not an agency label
            Dinas                                                                                                   | a bare agency word
            Jumlah Kecamatan di Kabupaten Muara Enim sebanyak 22 Kecamatan dengan total sebanyak 246 Desa dan 10 Kelurahan. | 000 l.153: agency words before lower case
            """)
    void aSentenceOrCaptionWithoutAProperNameGivesNoAgency(String line, String seenAt) {
        assertThat(titles.agency(List.of(line))).isEmpty();
    }

    @Test
    void aLabelledAgencyWinsOverANamedOneOnAnEarlierLine() {
        // 004 l.907 above 004 l.776
        assertThat(titles.agency(List.of("Pencapaian IKU Sekretariat Daerah Kab. Bengkulu Selatan",
                "OPD : Sekretaris Daerah"))).contains("Sekretaris Daerah");
    }

    @ParameterizedTest(name = "[{index}] ''{0}'' -> ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            # title line                                                        | year | seen at
            Tahun Anggaran : 2023                                               | 2023 | 004 l.779
            TAHUN ANGGARAN 2023                                                 | 2023 | 000 l.2933
            Tahun 2023                                                          | 2023 | 001 l.431
            PERJANJIAN KINERJA TAHUN 2023                                       | 2023 | 004 l.772
            C.PERJANJIAN KINERJA TAHUN 2023                                     | 2023 | 003 l.576
            2023                                                                | 2023 | a year alone
            01 Januari 2023 sampai 31 Desember 2023 (UNAUDITED)                 | ''   | 000 l.2934: dates, no Tahun
            Tingkat Capaian Sasaran                                             | ''   | 001 l.576
            Tahunan 2023                                                        | ''   | not the word Tahun
            """)
    void theYearFollowsTheWordTahunOrStandsAlone(String line, String year, String seenAt) {
        assertThat(titles.year(List.of(line))).isEqualTo(year.isEmpty() ? Optional.empty() : Optional.of(year));
    }

    @Test
    void aYearAfterTahunWinsOverAYearAloneOnAnEarlierLine() {
        assertThat(titles.year(List.of("2022", "Tahun Anggaran : 2023"))).contains("2023");
    }

    @ParameterizedTest(name = "[{index}] ''{0}'' -> ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            SATUAN POLISI PAMONG PRAJA     | Satuan Polisi Pamong Praja
            Sekretaris Daerah .            | Sekretaris Daerah
            '  Kecamatan  Sumber   Harta: '| Kecamatan Sumber Harta
            Sekretariat Daerah Kab. BS     | Sekretariat Daerah Kab. BS
            KAB. BENGKULU SELATAN*         | Kab. Bengkulu Selatan
            """)
    void tidyTrimsPunctuationAndTitleCasesANameInCapitals(String name, String tidy) {
        assertThat(TitleBlock.tidy(name)).isEqualTo(tidy);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            setda-bengkulu-selatan/kinerja-kegiatan-pemerintahan-2023.xlsx, 2023
            iku_2022.csv,                                                    2022
            2023/iku.xlsx,                                                   ''
            renstra-2019-2023.xlsx,                                          ''
            lkjip-2023-revisi-2023.xlsx,                                     2023
            pk-20231.xlsx,                                                   ''
            """)
    void aFileNameStatingOneYearGivesIt(String file, String year) {
        assertThat(titles.yearOfFileName(file)).isEqualTo(year.isEmpty() ? Optional.empty() : Optional.of(year));
    }
}
