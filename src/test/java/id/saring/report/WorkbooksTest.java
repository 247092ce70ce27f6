package id.saring.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.saring.check.BudgetResult;
import id.saring.check.CapaianResult;
import id.saring.model.Arah;
import id.saring.model.BudgetLevel;
import id.saring.model.BudgetLine;
import id.saring.model.CapaianRecord;
import id.saring.model.Location;
import id.saring.model.Stated;
import id.saring.model.Value;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbooksTest {

    private static final int AGENCIES = 1000;

    @TempDir
    Path out;

    private static Stated amount(long rupiah, int column) {
        return new Stated(Value.Quantity.plain(BigDecimal.valueOf(rupiah)), Long.toString(rupiah), column);
    }

    /** A province's inbox: each kecamatan's IKU (seed 001 l.576-603 shape) and programme budget in a file of its own. */
    private static RunResult province() {
        List<CapaianResult> capaian = new ArrayList<>();
        List<BudgetResult> budget = new ArrayList<>();
        for (int a = 1; a <= AGENCIES; a++) {
            String opd = String.format("Kecamatan K%04d Kabupaten Muara Enim", a);
            String file = String.format("kecamatan-k%04d/iku-2023.xlsx", a);
            for (int row = 6; row <= 8; row++) {
                CapaianRecord r = new CapaianRecord(new Location(file, "IKU", row, -1), opd, "2023", "Sasaran",
                        "Indikator " + row, "%", amount(80, 3), amount(85, 4), Stated.absent(), Stated.absent(),
                        List.of());
                capaian.add(new CapaianResult(r, Arah.NAIK, Optional.of(new BigDecimal("106.25")), "Sangat Tinggi"));
            }
            for (int row = 12; row <= 13; row++) {
                BudgetLine l = new BudgetLine(new Location(file, "Anggaran", row, -1), opd, "2023",
                        BudgetLevel.PROGRAM, "", "Program " + row, false, amount(2_716_508_396L, 2),
                        amount(2_423_155_999L, 3), Stated.absent(), List.of());
                budget.add(new BudgetResult(l, BudgetLevel.PROGRAM, Optional.empty(), Optional.empty()));
            }
        }
        return new RunResult(List.of(), List.of(), capaian, budget, List.of());
    }

    @Test
    void aThousandAgenciesGetASheetEachWithTheirOwnRowsAfterTheCombinedSheets() throws Exception {
        RunResult province = province();
        MessageCatalog messages = new MessageCatalog(Language.ID);
        Path written = out.resolve("consolidated.xlsx");
        try (OutputStream stream = Files.newOutputStream(written)) {
            new Workbooks(messages, province, new RunSummary(province, messages), new RecordStatus(List.of()))
                    .consolidated(stream);
        }

        // POI refuses to open a package of more than 1,000 parts unless told to: one sheet is one part
        long limit = ZipSecureFile.getMaxFileCount();
        ZipSecureFile.setMaxFileCount(4 * AGENCIES);
        try (XSSFWorkbook book = new XSSFWorkbook(written.toFile())) {
            assertThat(book.getNumberOfSheets()).isEqualTo(AGENCIES + 2);
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(3 * AGENCIES);
            assertThat(book.getSheetAt(1).getLastRowNum()).isEqualTo(2 * AGENCIES);
            Set<String> names = new HashSet<>();
            for (int s = 2; s < book.getNumberOfSheets(); s++) {
                Sheet sheet = book.getSheetAt(s);
                names.add(sheet.getSheetName().toLowerCase(java.util.Locale.ROOT));
                // the title, 3 capaian records under their header, a blank row, 2 budget lines under theirs
                assertThat(sheet.getLastRowNum()).isEqualTo(9);
            }
            assertThat(names).hasSize(AGENCIES);
            Sheet last = book.getSheetAt(AGENCIES + 1);
            assertThat(last.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("OPD: Kecamatan K1000 Kabupaten Muara Enim");
            assertThat(last.getSheetName()).isEqualTo("Kecamatan K1000 Kabupaten Muara");
            assertThat(last.getRow(3).getCell(0).getStringCellValue()).isEqualTo("kecamatan-k1000/iku-2023.xlsx");
        } finally {
            ZipSecureFile.setMaxFileCount(limit);
        }
    }
}
