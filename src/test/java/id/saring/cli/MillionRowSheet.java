package id.saring.cli;

import id.saring.read.HostileFiles;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a budget workbook of the shape agencies keep (No, Uraian, Pagu, Realisasi, %) with as many
 * sub-kegiatan lines as asked, as the bare OOXML parts of an xlsx: fast enough to make a million rows in a few
 * seconds, with inline strings so that nothing but the rows grows with the size.
 */
final class MillionRowSheet {

    private MillionRowSheet() {
    }

    static void write(Path file, int lines) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.setLevel(Deflater.BEST_SPEED);
            part(zip, "[Content_Types].xml", HostileFiles.contentTypes(HostileFiles.WORKBOOK, HostileFiles.SHEET));
            part(zip, "_rels/.rels", HostileFiles.relationships(
                    HostileFiles.relationship("rId1", "officeDocument", HostileFiles.WORKBOOK)));
            part(zip, HostileFiles.WORKBOOK, HostileFiles.workbook("Anggaran"));
            part(zip, "xl/_rels/workbook.xml.rels", HostileFiles.relationships(
                    HostileFiles.relationship("rId1", "worksheet", "worksheets/sheet1.xml")));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            Writer w = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            w.write("<row r=\"1\">" + text("A1", "Realisasi Anggaran Sub Kegiatan Tahun 2023") + "</row>");
            w.write("<row r=\"3\">" + text("A3", "No") + text("B3", "Uraian") + text("C3", "Pagu")
                    + text("D3", "Realisasi") + text("E3", "%") + "</row>");
            for (int i = 1; i <= lines; i++) {
                int r = i + 3;
                long pagu = 10_000_000L + (i % 997) * 125_000L;
                long realisasi = pagu - (i % 13) * 50_000L;
                w.write("<row r=\"" + r + "\"><c r=\"A" + r + "\"><v>" + i + "</v></c>"
                        + text("B" + r, "Sub Kegiatan Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah " + i)
                        + "<c r=\"C" + r + "\"><v>" + pagu + "</v></c><c r=\"D" + r + "\"><v>" + realisasi + "</v></c>"
                        + text("E" + r, (realisasi * 100 / pagu) + "%") + "</row>");
            }
            w.write("</sheetData></worksheet>");
            w.flush();
            zip.closeEntry();
        }
    }

    private static String text(String cell, String value) {
        return "<c r=\"" + cell + "\" t=\"inlineStr\"><is><t>" + value + "</t></is></c>";
    }

    private static void part(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
