package id.saring.bench;

import java.util.List;

/**
 * The names the generated workbooks are made of, taken from the seed reports ({@code shared/seeds/}: 000 LPPD
 * Kab. Muara Enim 2023, 001 LAKIP Kec. Semende Darat Tengah 2023, 003 LKjIP Kec. Sumber Harta 2023, 004 LKj Setda
 * Kab. Bengkulu Selatan 2023). Each entry cites its seed line; names a seed only mentions in prose are written
 * in the Permendagri 90/2019 nomenclature the seeds' tables use.
 *
 * <p>Indicator names are ones saring's catalogue ({@code rules/indicators.yaml}) or its proportion words know, so
 * that the benchmark measures reading and checking, not a flood of {@code unknown-indicator} notes.
 */
final class SeedCatalogue {

    private SeedCatalogue() {
    }

    /**
     * An indicator and the range its target is drawn from. {@code lowerIsBetter} indicators (poverty, infant
     * mortality) take the regulation's inverse formula, as saring's default rule does.
     */
    record Indicator(String name, String satuan, boolean lowerIsBetter, double low, double high, int decimals) {
    }

    record Sasaran(String name, List<Indicator> indicators) {
    }

    record Kegiatan(String name, List<String> subKegiatan) {
    }

    /** A programme and the code segments of its urusan and number ({@code 7.01.01}). */
    record Program(String code, String name, List<Kegiatan> kegiatan) {
    }

    /**
     * A kind of agency: its titles' prefix, its urusan (the first two segments of its kode rekening, Permendagri
     * 90/2019), real names of its kind, what it measures and what it spends on.
     */
    record AgencyKind(String prefix, String urusan, List<String> names, List<Sasaran> sasaran, List<Program> programs) {
    }

    private static Indicator percent(String name, double low, double high) {
        return new Indicator(name, "%", false, low, high, 2);
    }

    // 003 l.563: IKM 84 / 79,35; 001 l.589 SKM; every OPD measures its own public satisfaction index
    static final Indicator IKM = new Indicator("Indeks Kepuasan Masyarakat", "Indeks", false, 76, 88, 2);
    // 003 l.571 "Nilai Evaluasi SAKIP" 64,59 / 61,90; 001 l.580 "Nilai SAKIP Kecamatan"
    static final Indicator SAKIP = new Indicator("Nilai Evaluasi SAKIP", "Nilai", false, 60, 75, 2);
    // 003 l.572 Indeks Profesional ASN 55,17 / 49,12; 000 l.1978 Indeks Profesionalitas Aparatur 57 / 61,47
    static final Indicator IP_ASN = new Indicator("Indeks Profesionalitas ASN", "Indeks", false, 55, 75, 2);

    /** Every OPD's own accountability goal (003 l.571-572, 000 l.1985), beside the ones of its kind. */
    static final Sasaran TATA_KELOLA = new Sasaran("Meningkatnya Kualitas Tata Kelola Pemerintahan",
            List.of(SAKIP, IP_ASN, IKM));

    /**
     * The programme every OPD has (001 l.611-640: its kegiatan and sub-kegiatan with their amounts). Its code is
     * completed with the agency's urusan.
     */
    static final Program PENUNJANG = new Program("01", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
            List.of(
                    new Kegiatan("Kegiatan Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", List.of(
                            "Sub Kegiatan Koordinasi dan Penyusunan Dokumen RKA-SKPD",
                            "Sub Kegiatan Koordinasi dan Penyusunan DPA-SKPD",
                            "Sub Kegiatan Evaluasi Kinerja Perangkat Daerah")),
                    new Kegiatan("Kegiatan Administrasi Keuangan Perangkat Daerah", List.of(
                            "Sub Kegiatan Penyediaan Gaji dan Tunjangan ASN",
                            "Sub Kegiatan Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD",
                            "Sub Kegiatan Koordinasi dan Penyusunan Laporan Keuangan Bulanan/Triwulan/Semesteran SKPD")),
                    new Kegiatan("Kegiatan Administrasi Barang Milik Daerah pada Perangkat Daerah", List.of(
                            "Sub Kegiatan Pengamanan Barang Milik Daerah SKPD")),
                    new Kegiatan("Kegiatan Administrasi Kepegawaian Perangkat Daerah", List.of(
                            "Sub Kegiatan Pengadaan Pakaian Dinas beserta Atribut Kelengkapannya")),
                    new Kegiatan("Kegiatan Administrasi Umum Perangkat Daerah", List.of(
                            "Sub Kegiatan Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor",
                            "Sub Kegiatan Penyediaan Peralatan dan Perlengkapan Kantor",
                            "Sub Kegiatan Penyediaan Bahan Logistik Kantor",
                            "Sub Kegiatan Penyediaan Barang Cetak dan Penggandaan",
                            "Sub Kegiatan Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD")),
                    new Kegiatan("Kegiatan Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah", List.of(
                            "Sub Kegiatan Penyediaan Jasa Surat Menyurat",
                            "Sub Kegiatan Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik",
                            "Sub Kegiatan Penyediaan Jasa Pelayanan Umum Kantor")),
                    new Kegiatan("Kegiatan Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah",
                            List.of("Sub Kegiatan Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak, dan "
                                            + "Perizinan Kendaraan Dinas Operasional atau Lapangan",
                                    "Sub Kegiatan Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya"))));

    /** Regencies of the seeds' provinces (Sumatera Selatan, Bengkulu) whose agencies the folders are named after. */
    static final List<String> REGIONS = List.of("Muara Enim", "Musi Rawas", "Banyuasin", "Bengkulu Selatan", "Lahat",
            "Ogan Ilir", "Ogan Komering Ilir", "Ogan Komering Ulu", "Musi Banyuasin", "Empat Lawang",
            "Penukal Abab Lematang Ilir", "Musi Rawas Utara", "Ogan Komering Ulu Timur", "Ogan Komering Ulu Selatan",
            "Bengkulu Utara", "Rejang Lebong", "Kaur", "Seluma", "Mukomuko", "Lebong", "Kepahiang",
            "Bengkulu Tengah", "Prabumulih", "Lubuklinggau", "Pagar Alam");

    static final List<AgencyKind> KINDS = List.of(
            // 001 and 003: kecamatan LAKIP/LKjIP; their IKU (003 l.563-572, 001 l.578-590) and budgets
            // (001 l.641-664, 003 l.913-932). Kecamatan of Kab. Muara Enim and Musi Rawas, leaving out the pairs
            // whose names nest (Lubai / Lubai Ulu, Rambang / Rambang Niru): until commit 7b9b94f saring took the
            // shorter name for the same agency as the longer (check.AgencyName); AgenciesTest covers them now.
            new AgencyKind("Kecamatan", "7.01", List.of("Semende Darat Tengah", "Sumber Harta", "Tanjung Agung",
                    "Lawang Kidul", "Gunung Megang", "Rambang", "Ujan Mas", "Benakat", "Gelumbang", "Lubai",
                    "Semende Darat Laut", "Semende Darat Ulu", "Tanah Abang", "Sungai Rotan", "Kelekar",
                    "Muara Belida", "Belimbing", "Lembak", "Panang Enim", "Tugumulyo", "Empat Petulai Dangku",
                    "Muara Kelingi", "Belida Darat", "Muara Enim", "Megang Sakti"),
                    List.of(new Sasaran("Meningkatnya Akuntabilitas Kinerja Kecamatan", List.of(
                                    percent("Persentase temuan APIP yang ditindaklanjuti", 90, 100))),
                            new Sasaran("Meningkatnya Keberdayaan Masyarakat Desa dan Kelurahan dalam Pembangunan",
                                    List.of(percent("Persentase partisipasi dan Swadaya Masyarakat Desa dan Kelurahan "
                                                    + "dalam Pembangunan", 80, 90),
                                            percent("Persentase Desa dan kelurahan yang bebas Konflik", 95, 100))),
                            new Sasaran("Meningkatnya Ketentraman dan Ketertiban Umum", List.of(
                                    percent("Persentase Pengaduan masyarakat terkait Ketentraman dan Ketertiban "
                                            + "Umum yang ditindaklanjuti", 90, 100))),
                            new Sasaran("Meningkatnya Kualitas pelayanan administrasi Pemerintahan", List.of(
                                    percent("Persentase Desa Yang tertib Administrasi", 80, 90)))),
                    List.of(new Program("02", "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", List.of(
                                    new Kegiatan("Kegiatan Koordinasi Pemeliharaan Prasarana dan Sarana Pelayanan Umum",
                                            List.of("Sub Kegiatan Pelaksanaan Pemeliharaan Prasarana dan Fasilitas "
                                                    + "Pelayanan Umum yang Melibatkan Pihak Swasta")),
                                    new Kegiatan("Kegiatan Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat",
                                            List.of("Sub Kegiatan Pelaksanaan Urusan Pemerintahan yang terkait dengan "
                                                            + "Pelayanan Perizinan Non Usaha",
                                                    "Sub Kegiatan Pelaksanaan Urusan Pemerintahan yang terkait dengan "
                                                            + "Non Perizinan",
                                                    "Sub Kegiatan Pelaksanaan Urusan Pemerintahan yang terkait dengan "
                                                            + "Kewenangan Lain yang Dilimpahkan")))),
                            new Program("03", "Program Pemberdayaan Masyarakat Desa dan Kelurahan", List.of(
                                    new Kegiatan("Kegiatan Koordinasi Kegiatan Pemberdayaan Desa", List.of(
                                            "Sub Kegiatan Peningkatan Partisipasi Masyarakat dalam Forum Musyawarah "
                                                    + "Perencanaan Pembangunan di Desa",
                                            "Sub Kegiatan Peningkatan Efektifitas Kegiatan Pemberdayaan Masyarakat di "
                                                    + "Wilayah Kecamatan")))),
                            new Program("05", "Program Pembinaan dan Pengawasan Pemerintahan Desa", List.of(
                                    new Kegiatan("Kegiatan Fasilitasi Rekomendasi dan Koordinasi Pembinaan dan "
                                            + "Pengawasan Pemerintahan Desa", List.of(
                                            "Sub Kegiatan Fasilitasi Penyelenggaraan Ketenteraman dan Ketertiban Umum",
                                            "Sub Kegiatan Koordinasi Pelaksanaan Pembangunan Kawasan Perdesaan di "
                                                    + "Wilayah Kecamatan")))))),
            // 000 l.1963 Angka Harapan Hidup 69,51 / 74,29; SPM services 000 l.1166, l.3209; the health programmes of 000 l.2043, l.2759; the SPM
            // services of 000 l.3343-3346
            new AgencyKind("Dinas", "1.02", List.of("Kesehatan"),
                    List.of(new Sasaran("Meningkatnya Derajat Kesehatan Masyarakat", List.of(
                                    new Indicator("Angka Harapan Hidup", "Tahun", false, 68, 71, 2),
                                    new Indicator("Angka Kematian Bayi", "per 1.000 kelahiran hidup", true, 8, 16, 2),
                                    new Indicator("Prevalensi Stunting", "%", true, 14, 24, 2))),
                            new Sasaran("Meningkatnya Mutu Pelayanan Kesehatan", List.of(
                                    percent("Pelayanan Kesehatan Balita", 85, 100),
                                    percent("Imunisasi Dasar Lengkap", 85, 100)))),
                    List.of(new Program("02", "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan "
                            + "Masyarakat", List.of(
                            new Kegiatan("Kegiatan Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat "
                                    + "Daerah Kabupaten/Kota", List.of(
                                    "Sub Kegiatan Pengelolaan Pelayanan Kesehatan Ibu Hamil",
                                    "Sub Kegiatan Pengelolaan Pelayanan Kesehatan Balita",
                                    "Sub Kegiatan Pengelolaan Pelayanan Kesehatan Gizi Masyarakat")))))),
            // 000 l.1964-1965 Harapan Lama Sekolah 12,02 / 12,01, Rata-rata Lama Sekolah 8,45 / 8,14; the
            // programme and kegiatan of 000 l.3119-3127
            new AgencyKind("Dinas", "1.01", List.of("Pendidikan dan Kebudayaan"),
                    List.of(new Sasaran("Meningkatnya Kualitas Pendidikan", List.of(
                                    new Indicator("Harapan Lama Sekolah", "Tahun", false, 11.5, 12.5, 2),
                                    new Indicator("Rata-rata Lama Sekolah", "Tahun", false, 8, 9, 2),
                                    new Indicator("Angka Putus Sekolah", "%", true, 0.5, 2, 2)))),
                    List.of(new Program("02", "Program Pengelolaan Pendidikan", List.of(
                                    new Kegiatan("Kegiatan Pengelolaan Pendidikan Sekolah Dasar", List.of(
                                            "Sub Kegiatan Pembangunan Ruang Kelas Baru",
                                            "Sub Kegiatan Rehabilitasi Sedang/Berat Ruang Kelas Sekolah",
                                            "Sub Kegiatan Pengelolaan Dana BOS Sekolah Dasar")),
                                    new Kegiatan("Kegiatan Pengelolaan Pendidikan Sekolah Menengah Pertama", List.of(
                                            "Sub Kegiatan Pengadaan Mebel Sekolah",
                                            "Sub Kegiatan Pengelolaan Dana BOS Sekolah Menengah Pertama")))),
                            new Program("04", "Program Pendidik dan Tenaga Kependidikan", List.of(
                                    new Kegiatan("Kegiatan Pemerataan Kuantitas dan Kualitas Pendidik dan Tenaga "
                                            + "Kependidikan bagi Satuan Pendidikan Dasar, PAUD, dan Pendidikan "
                                            + "Nonformal/Kesetaraan", List.of(
                                            "Sub Kegiatan Peningkatan Kompetensi Pendidik dan Tenaga Kependidikan")))))),
            // 000 l.1806 public order; Penurunan Pelanggaran Perda (rules/indicators.yaml); 000 l.3636-3651: the
            // Satpol PP programme, kegiatan and six sub-kegiatan with their amounts
            new AgencyKind("Satuan Polisi Pamong Praja", "1.05", List.of(""),
                    List.of(new Sasaran("Meningkatnya Ketentraman dan Ketertiban Umum", List.of(
                            percent("Persentase Penurunan Pelanggaran Perda", 10, 25),
                            new Indicator("Angka Kriminalitas", "%", true, 0.5, 3, 2)))),
                    List.of(new Program("02", "Program Peningkatan Ketentraman dan Ketertiban Umum", List.of(
                            new Kegiatan("Kegiatan Penanganan Gangguan Ketentraman dan Ketertiban Umum dalam 1 (satu) "
                                    + "Daerah Kabupaten/Kota", List.of(
                                    "Sub Kegiatan Pencegahan Gangguan Ketenteraman dan Ketertiban Umum melalui Deteksi "
                                            + "Dini dan Cegah Dini, Pembinaan dan Penyuluhan, Pelaksanaan Patroli, "
                                            + "Pengamanan, dan Pengawalan",
                                    "Sub Kegiatan Penindakan atas Gangguan Ketentraman dan Ketertiban Umum "
                                            + "Berdasarkan Perda dan Perkada melalui Penertiban dan Penanganan Unjuk "
                                            + "Rasa dan Kerusuhan Massa",
                                    "Sub Kegiatan Koordinasi Penyelenggaraan Ketenteraman dan Ketertiban Umum serta "
                                            + "Perlindungan Masyarakat Tingkat Kabupaten/Kota")),
                            new Kegiatan("Kegiatan Peningkatan Kapasitas SDM Satuan Polisi Pamong Praja", List.of(
                                    "Sub Kegiatan Peningkatan Kapasitas SDM Satuan Polisi Pamong Praja dan Satuan "
                                            + "Perlindungan Masyarakat",
                                    "Sub Kegiatan Pengadaan dan Pemeliharaan Sarana dan Prasarana Ketertiban Umum "
                                            + "dan Ketenteraman Masyarakat")))))),
            // 004 Tabel 3.2 (l.909-918): Nilai LPPD 3,22 / 2,85, Nilai Reformasi Birokrasi 60,24 / 63,20, Ketepatan
            // Kebijakan Pembangunan 91 / 98, Pengadaan Barang dan Jasa 87,07 / 100
            new AgencyKind("Sekretariat Daerah", "4.01", List.of(""),
                    List.of(new Sasaran("Meningkatnya Kualitas Penyelenggaraan Pemerintah Daerah", List.of(
                                    new Indicator("Nilai LPPD", "Skor", false, 3, 3.4, 2),
                                    new Indicator("Nilai Reformasi Birokrasi", "Nilai", false, 55, 66, 2))),
                            new Sasaran("Meningkatnya Kualitas Kebijakan Pemerintah Daerah", List.of(
                                    percent("Persentase Ketepatan Kebijakan Pembangunan", 85, 95),
                                    percent("Persentase Ketepatan Kebijakan Pengadaan Barang dan Jasa", 85, 95)))),
                    List.of(new Program("02", "Program Pemerintahan dan Kesejahteraan Rakyat", List.of(
                            new Kegiatan("Kegiatan Pelaksanaan Kebijakan Kesejahteraan Rakyat", List.of(
                                    "Sub Kegiatan Fasilitasi Pengelolaan Bina Mental Spiritual",
                                    "Sub Kegiatan Pelaksanaan Kebijakan Kesejahteraan Rakyat")))),
                            new Program("03", "Program Perekonomian dan Pembangunan", List.of(
                                    new Kegiatan("Kegiatan Pengelolaan Pengadaan Barang dan Jasa", List.of(
                                            "Sub Kegiatan Pengelolaan Pengadaan Barang dan Jasa",
                                            "Sub Kegiatan Pembinaan dan Advokasi Pengadaan Barang dan Jasa")))))),
            // 000 l.1962, l.1967, l.1970: IPM 69,55 / 72,33, LPE 6,37 / 8,58, Indeks Gini 0,31 / 0,313; the
            // planning programme of 000 l.2914 (2.707.615.878 / 2.398.052.336)
            new AgencyKind("Badan", "5.01", List.of("Perencanaan Pembangunan Daerah"),
                    List.of(new Sasaran("Meningkatnya Kualitas Perencanaan Pembangunan Daerah", List.of(
                                    new Indicator("Indeks Pembangunan Manusia", "Indeks", false, 68, 72, 2),
                                    new Indicator("Laju Pertumbuhan Ekonomi", "%", false, 4, 7, 2),
                                    new Indicator("Indeks Gini", "Indeks", true, 0.28, 0.34, 3)))),
                    List.of(new Program("02", "Program Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah",
                            List.of(new Kegiatan("Kegiatan Penyusunan Perencanaan dan Pendanaan", List.of(
                                            "Sub Kegiatan Penyusunan Dokumen Perencanaan Pembangunan Daerah "
                                                    + "Kabupaten/Kota (RPJPD, RPJMD dan RKPD)",
                                            "Sub Kegiatan Koordinasi Penyusunan Dokumen Perencanaan Pembangunan "
                                                    + "Daerah")),
                                    new Kegiatan("Kegiatan Pengendalian, Evaluasi dan Pelaporan Pembangunan Daerah",
                                            List.of("Sub Kegiatan Evaluasi Pelaksanaan Rencana Pembangunan Daerah")))))),
            // 000 l.1971 Persentase Penduduk Miskin 10,39 / 10,93 (lower is better), 000 l.646 PMKS; the programmes of 000 l.2135,
            // l.2775 (831.113.000 / 732.359.673) and the Rehabilitasi Sosial Dasar of 000 l.3892
            new AgencyKind("Dinas", "1.06", List.of("Sosial"),
                    List.of(new Sasaran("Menurunnya Masyarakat Miskin", List.of(
                            new Indicator("Persentase Penduduk Miskin", "%", true, 9, 13, 2),
                            percent("Persentase PMKS yang Tertangani", 80, 100)))),
                    List.of(new Program("04", "Program Rehabilitasi Sosial", List.of(
                                    new Kegiatan("Kegiatan Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar",
                                            List.of("Sub Kegiatan Penyediaan Permakanan",
                                                    "Sub Kegiatan Pemberian Layanan Data dan Pengaduan")))),
                            new Program("05", "Program Perlindungan dan Jaminan Sosial", List.of(
                                    new Kegiatan("Kegiatan Pengelolaan Data Fakir Miskin Cakupan Daerah "
                                            + "Kabupaten/Kota", List.of(
                                            "Sub Kegiatan Pendataan Fakir Miskin Cakupan Daerah Kabupaten/Kota")))))),
            // 000 l.1979 Tingkat Maturitas SPIP 3,02 / 3,20; 001 l.584 temuan APIP ditindaklanjuti; the programme of
            // 000 l.2257
            new AgencyKind("Inspektorat", "6.01", List.of("Daerah"),
                    List.of(new Sasaran("Menguatnya Pengawasan", List.of(
                            new Indicator("Tingkat Maturitas SPIP", "Level", false, 3, 3.5, 2),
                            percent("Persentase temuan APIP yang ditindaklanjuti", 85, 100)))),
                    List.of(new Program("02", "Program Penyelenggaraan Pengawasan", List.of(
                            new Kegiatan("Kegiatan Penyelenggaraan Pengawasan Internal", List.of(
                                    "Sub Kegiatan Pengawasan Kinerja Pemerintah Desa",
                                    "Sub Kegiatan Pengawasan dengan Tujuan Tertentu")))))),
            // Tingkat Pengangguran Terbuka, lower is better, and TPAK (000 l.621); the programmes of 000 l.2135
            new AgencyKind("Dinas", "2.07", List.of("Tenaga Kerja"),
                    List.of(new Sasaran("Menurunnya Tingkat Pengangguran", List.of(
                            new Indicator("Tingkat Pengangguran Terbuka", "%", true, 3, 6, 2),
                            new Indicator("Tingkat Partisipasi Angkatan Kerja", "%", false, 60, 70, 2)))),
                    List.of(new Program("03", "Program Pelatihan Kerja dan Produktivitas Tenaga Kerja", List.of(
                                    new Kegiatan("Kegiatan Pelaksanaan Pelatihan berdasarkan Unit Kompetensi", List.of(
                                            "Sub Kegiatan Proses Pelaksanaan Pendidikan dan Pelatihan Keterampilan "
                                                    + "bagi Pencari Kerja berdasarkan Klaster Kompetensi")))),
                            new Program("04", "Program Penempatan Tenaga Kerja", List.of(
                                    new Kegiatan("Kegiatan Pelayanan Antarkerja di Daerah Kabupaten/Kota", List.of(
                                            "Sub Kegiatan Penyediaan Layanan Informasi Pasar Kerja Kabupaten/Kota",
                                            "Sub Kegiatan Fasilitasi Penempatan Tenaga Kerja")))))));
}
