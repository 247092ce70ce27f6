package id.saring.layout;

import static id.saring.layout.SeedRows.rows;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Header rows of the seeds read together into a column map. */
class ColumnMapperTest {

    private final ColumnMapper mapper = new ColumnMapper(BundledVocabulary.get());

    @Test
    void aGroupLabelSpreadsRightOverTheColumnsThatHaveSubLabels() {
        // 004 l.909-910
        ColumnMap map = mapper.map(rows(909, """
                NO\tINDIKATOR KINERJA UTAMA\tCapaian 2021\tCapaian 2022\t2023\t\t\tTarget Akhir Renstra 2026\tCapaian s.d 2023 thd Target Renstra
                \t\t\t\tTarget\tRealisasi\t% Realisasi\t\t
                """)).orElseThrow();

        assertThat(Headers.of(map)).containsExactly(
                Map.entry(0, "NO"),
                Map.entry(1, "INDIKATOR KINERJA UTAMA"),
                Map.entry(2, "Capaian 2021"),
                Map.entry(3, "Capaian 2022"),
                Map.entry(4, "2023 Target"),
                Map.entry(5, "2023 Realisasi"),
                Map.entry(6, "2023 % Realisasi"),
                Map.entry(7, "Target Akhir Renstra 2026"),
                Map.entry(8, "Capaian s.d 2023 thd Target Renstra"));
        assertThat(map.columns()).isEqualTo(Map.of(Field.NO, List.of(0), Field.INDIKATOR, List.of(1),
                Field.TARGET, List.of(4), Field.REALISASI, List.of(5), Field.CAPAIAN, List.of(6)));
        assertThat(map.otherValues()).containsExactly(2, 3);
        assertThat(map.year()).isEqualTo("2023");
        assertThat(map.kind()).isEqualTo(TableKind.CAPAIAN);
    }

    @Test
    void theFinalConditionOfAnRpjmdIsTheTargetOfItsYearWhenTheTableHasNoTargetOfItsOwn() {
        // 000 l.617: the RPJMD's programme table, a baseline and a final condition for each indicator
        ColumnMap map = mapper.map(rows(617, "No\tMisi/Tujuan/Sasaran/Program Pembangunan Daerah\tIndikator Kinerja "
                + "(Tujuan/Impact/ Outcome)\tKondisi Awal (2018)\tKondisi Akhir (2023)\tPenanggung Jawab\n"))
                .orElseThrow();

        assertThat(map.columns()).isEqualTo(Map.of(Field.NO, List.of(0), Field.SASARAN, List.of(1),
                Field.INDIKATOR, List.of(2), Field.TARGET, List.of(4)));
        assertThat(map.year()).isEqualTo("2023");
        assertThat(map.kind()).isEqualTo(TableKind.CAPAIAN);
    }

    @Test
    void theFinalConditionBesideATableTargetIsThePlansNotTheYears() {
        // the same columns beside a table's own target and realisasi of 2023
        ColumnMap map = mapper.map(rows(617, "Indikator Kinerja\tKondisi Awal (2018)\tTarget 2023\tRealisasi 2023"
                + "\tKondisi Akhir (2023)\n")).orElseThrow();

        assertThat(map.columns()).isEqualTo(Map.of(Field.INDIKATOR, List.of(0), Field.TARGET, List.of(2),
                Field.REALISASI, List.of(3)));
    }

    @Test
    void aGroupLabelDoesNotSpreadOverColumnsWithoutSubLabels() {
        // 000 l.2911-2912: "Indikator Kinerja" stands over an empty column, so does "Program" over none
        ColumnMap map = mapper.map(rows(2911, """
                No\tTujuan/ Sasaran Strategis\tIndikator Kinerja\t\tKinerja\t\t\tProgram\tAnggaran\t\t
                \t\t\t\tTarget\tRealisasi\tCapaian\t\tPagu (Rp)\tRealisasi (Rp)\tCapaian
                """)).orElseThrow();

        assertThat(Headers.of(map)).doesNotContainKey(3).containsEntry(7, "Program").containsEntry(10, "Anggaran Capaian");
        // the label column merged over a list number and a name takes the unlabelled column on its right
        assertThat(map.columns()).isEqualTo(Map.of(Field.NO, List.of(0), Field.SASARAN, List.of(1),
                Field.INDIKATOR, List.of(2, 3), Field.TARGET, List.of(4), Field.REALISASI, List.of(5),
                Field.CAPAIAN, List.of(6), Field.PROGRAM, List.of(7), Field.PAGU, List.of(8),
                Field.REALISASI_ANGGARAN, List.of(9), Field.SERAPAN, List.of(10)));
        assertThat(map.kind()).isEqualTo(TableKind.MIXED);
        assertThat(map.year()).isEmpty();
    }

    @Test
    void theLatestYearOfTheMeasureColumnsIsTheReportingYear() {
        // 000 l.2075-2076
        ColumnMap map = mapper.map(rows(2075, """
                Indikator Sasaran\tSatuan\tTahun 2022\t\tCapaian Kinerja Tahun 2022 (%)\tTahun 2023\t\tCapaian Kinerja Tahun 2023 (%)\tRPJMD 2018 - 2023\t\tCapaian Kinerja 2023 (%)
                \t\tTarget\tRealisasi\t\tTarget\tRealisasi\t\tTarget 2023\tRealisasi 2023\t
                """)).orElseThrow();

        assertThat(map.year()).isEqualTo("2023");
        assertThat(map.columns()).isEqualTo(Map.of(Field.INDIKATOR, List.of(0), Field.SATUAN, List.of(1),
                Field.TARGET, List.of(5), Field.REALISASI, List.of(6), Field.CAPAIAN, List.of(7)));
        // the RPJMD columns also name 2023, but the first column of a field found for the year wins
        assertThat(map.otherValues()).containsExactly(2, 3, 4, 8, 9, 10);
    }

    @Test
    void realisasiOfTheReportingYearIsTheRealisasiAndLastYearsIsKept() {
        // 000 l.2938: REALISASI 2023 beside REALISASI 2022, in a budget table
        ColumnMap map = mapper.map(rows(2938, "URAIAN\tANGGARAN\tREALISASI 2023\t% 2023\tREALISASI 2022\n"))
                .orElseThrow();

        assertThat(map.columns()).isEqualTo(Map.of(Field.URAIAN, List.of(0), Field.PAGU, List.of(1),
                Field.REALISASI_ANGGARAN, List.of(2), Field.SERAPAN, List.of(3)));
        assertThat(map.otherValues()).containsExactly(4);
        assertThat(map.year()).isEqualTo("2023");
        assertThat(map.kind()).isEqualTo(TableKind.BUDGET);
    }

    @Test
    void aGroupRowGivesKeuanganToTheBudgetColumns() {
        // 003 l.864-865
        ColumnMap map = mapper.map(rows(864, """
                No\tSasaran Strategis\tIndikator Kinerja\tKinerja\t\t\tProgram\tKeuangan\t\t
                \t\t\tTarget\tRealisasi\tCapaian\t\tPagu\tRealisasi\tCapaian (%)
                """)).orElseThrow();

        assertThat(map.columns()).isEqualTo(Map.of(Field.NO, List.of(0), Field.SASARAN, List.of(1),
                Field.INDIKATOR, List.of(2), Field.TARGET, List.of(3), Field.REALISASI, List.of(4),
                Field.CAPAIAN, List.of(5), Field.PROGRAM, List.of(6), Field.PAGU, List.of(7),
                Field.REALISASI_ANGGARAN, List.of(8), Field.SERAPAN, List.of(9)));
    }

    @Test
    void aUnitRowUnderRealisasiSplitsItIntoRupiahAndPercent() {
        // 000 l.3029-3030: Realisasi over (Rp) | (%), with no target: a budget table
        ColumnMap map = mapper.map(rows(3029, """
                No\tPerangkat Daerah Pelaksana\tProgram/ Kegiatan\tLokasi\tAnggaran (Rp)\tRealisasi\t
                \t\t\t\t\t(Rp)\t(%)
                """)).orElseThrow();

        assertThat(map.columns()).isEqualTo(Map.of(Field.NO, List.of(0), Field.URAIAN, List.of(2),
                Field.PAGU, List.of(4), Field.REALISASI_ANGGARAN, List.of(5), Field.SERAPAN, List.of(6)));
        assertThat(map.kind()).isEqualTo(TableKind.BUDGET);
    }

    @Test
    void withATargetBesideThePaguRealisasiStaysThePerformanceRealisasi() {
        // 000 l.3638 has no target; the same budget words with a target column are a mixed table (003 l.864-865)
        ColumnMap budget = mapper.map(rows(3638, "NO\tPROGRAM\tKEGIATAN\tSUB KEGIATAN\tANGGARAN\tREALISASI\t%\n"))
                .orElseThrow();
        ColumnMap mixed = mapper.map(rows(1, "No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian\tPagu\n"))
                .orElseThrow();

        assertThat(budget.columns()).containsEntry(Field.REALISASI_ANGGARAN, List.of(5))
                .containsEntry(Field.SERAPAN, List.of(6)).doesNotContainKeys(Field.REALISASI, Field.CAPAIAN);
        assertThat(mixed.columns()).containsEntry(Field.REALISASI, List.of(3)).containsEntry(Field.CAPAIAN, List.of(4))
                .doesNotContainKeys(Field.REALISASI_ANGGARAN, Field.SERAPAN);
    }

    @Test
    void aHeaderWithoutAMeasureIsNoTable() {
        // 000 l.2029: years but no target, realisasi or capaian
        assertThat(mapper.map(rows(2029, "No\tIPM\tSatuan\t2019\t2020\t2021\t2022\t2023\n"))).isEmpty();
    }

    @Test
    void aHeaderWithoutALabelColumnIsNoTable() {
        // 004 l.910 alone: nothing a row could be about
        assertThat(mapper.map(rows(910, "\t\t\t\tTarget\tRealisasi\t% Realisasi\t\t\n"))).isEmpty();
    }

    @Test
    void aGroupLabelThatRepeatsAFieldLeavesTheColumnItsOwnLabel() {
        // 003 l.886-887: "Keuangan" over the physical columns beside "Penyerapan Realisasi (Rp)"
        ColumnMap map = mapper.map(rows(886, """
                No\tPrioritas Program dan Kegiatan\tPlafon Anggaran (Perubahan)\tPenyerapan\t\tKeuangan\t\t\t\t
                \t\t\tRealisasi (Rp)\tCapaian (%)\tNarasi\tSatuan\tTarget\tRealisasi\t%
                """)).orElseThrow();

        assertThat(Headers.of(map)).containsEntry(4, "Penyerapan Capaian (%)").containsEntry(8, "Keuangan Realisasi");
        assertThat(map.columns()).isEqualTo(Map.of(Field.NO, List.of(0), Field.URAIAN, List.of(1),
                Field.PAGU, List.of(2), Field.REALISASI_ANGGARAN, List.of(3), Field.SERAPAN, List.of(4),
                Field.SATUAN, List.of(6), Field.TARGET, List.of(7), Field.REALISASI, List.of(8),
                Field.CAPAIAN, List.of(9)));
        assertThat(map.otherValues()).isEmpty();
    }

    @Test
    void aHeaderCellMergedDownOverThreeRowsIsOneLabel() {
        // 000 l.3101-3103 with the units row: JENIS PELAYANAN DASAR and INDIKATOR PENCAPAIAN span all three
        ColumnMap map = mapper.map(rows(4, """
                JENIS PELAYANAN DASAR\tINDIKATOR PENCAPAIAN\tTAHUN 2023\t
                JENIS PELAYANAN DASAR\tINDIKATOR PENCAPAIAN\tJumlah penduduk usia sekolah\tTarget Jumlah penduduk yang mendapatkan pelayanan pendidikan
                JENIS PELAYANAN DASAR\tINDIKATOR PENCAPAIAN\t(orang)\t(%)
                """)).orElseThrow();

        assertThat(Headers.of(map)).containsEntry(1, "INDIKATOR PENCAPAIAN")
                .containsEntry(3, "TAHUN 2023 Target Jumlah penduduk yang mendapatkan pelayanan pendidikan (%)");
        // the unit row names no field of its own: the second target stays a second target, not a capaian
        assertThat(map.columns()).isEqualTo(Map.of(Field.INDIKATOR, List.of(1), Field.TARGET, List.of(2)));
    }

    @Test
    void targetsOfSeveralYearsUnderOneGroupLabelAreAllTargetsTheLatestTheField() {
        // 004 l.669-670: TARGET KINERJA SASARAN PADA TAHUN over 2022 | 2023 | 2024 | 2025 | 2026
        ColumnMap map = mapper.map(rows(669, """
                NO\tTUJUAN\tINDIKATOR TUJUAN\tSASARAN\tINDIKATOR SASARAN\tTARGET KINERJA SASARAN PADA TAHUN\t\t\t\t
                \t\t\t\t\t2022\t2023\t2024\t2025\t2026
                """)).orElseThrow();

        assertThat(Headers.of(map)).containsEntry(5, "TARGET KINERJA SASARAN PADA TAHUN 2022")
                .containsEntry(9, "TARGET KINERJA SASARAN PADA TAHUN 2026");
        assertThat(map.columns()).containsEntry(Field.TARGET, List.of(9));
        assertThat(map.otherValues()).containsExactly(5, 6, 7, 8);
        assertThat(map.mapping()).filteredOn(m -> m.column() >= 5 && m.column() <= 8)
                .allSatisfy(m -> {
                    assertThat(m.field()).contains(Field.TARGET);
                    assertThat(m.use()).isEqualTo(ColumnMatch.Use.OTHER_YEAR);
                });
        assertThat(map.year()).isEqualTo("2026");
    }

    @Test
    void ofTwoIndicatorColumnsTheRowsOwnTheRightmostIsTheIndicator() {
        // 004 l.669: INDIKATOR TUJUAN is the goal's indicator merged down over its rows; INDIKATOR SASARAN each row's
        ColumnMap map = mapper.map(rows(669, """
                NO\tTUJUAN\tINDIKATOR TUJUAN\tSASARAN\tINDIKATOR SASARAN\tTARGET KINERJA SASARAN PADA TAHUN\t\t\t\t
                \t\t\t\t\t2022\t2023\t2024\t2025\t2026
                """)).orElseThrow();

        assertThat(map.columns()).containsEntry(Field.INDIKATOR, List.of(4)).containsEntry(Field.SASARAN, List.of(3));
        assertThat(map.mapping()).filteredOn(m -> m.column() == 2).singleElement()
                .satisfies(m -> assertThat(m.use()).isEqualTo(ColumnMatch.Use.DUPLICATE));
    }

    @Test
    void capaianColumnsOfATableWithoutTargetOrRealisasiHoldTheRealisasi() {
        // 000 l.1007: the macro indicators' "Capaian Kinerja" of 2022 and 2023 are IPM 69,43 and 70,24
        ColumnMap map = mapper.map(rows(1007, "No\tIndikator Kinerja Makro\tCapaian Kinerja Tahun 2022\t"
                + "Capaian Kinerja Tahun 2023\tLaju Kinerja (%)\n")).orElseThrow();

        assertThat(map.columns()).isEqualTo(Map.of(Field.NO, List.of(0), Field.INDIKATOR, List.of(1),
                Field.REALISASI, List.of(3)));
        assertThat(map.otherValues()).containsExactly(2);
        assertThat(map.mapping()).filteredOn(m -> m.column() == 2).singleElement()
                .satisfies(m -> assertThat(m.field()).contains(Field.REALISASI));
        assertThat(map.year()).isEqualTo("2023");
    }

    @Test
    void aBudgetTablesCapaianStaysItsAbsorption() {
        // 000 l.3638 with its % written Capaian: pagu and realisasi anggaran make it a budget table
        ColumnMap map = mapper.map(rows(3638, "NO\tPROGRAM\tKEGIATAN\tSUB KEGIATAN\tANGGARAN\tREALISASI\tCapaian\n"))
                .orElseThrow();

        assertThat(map.columns()).containsEntry(Field.SERAPAN, List.of(6)).doesNotContainKey(Field.REALISASI);
    }
}
