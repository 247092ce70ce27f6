package id.saring.bench;

import id.saring.bench.SheetContent.Cell;
import id.saring.bench.SheetContent.Num;
import id.saring.bench.SheetContent.Text;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipOutputStream;

/**
 * Writes a small workbook the way Excel saves one: texts in a shared-strings table, numbers with their style, merged
 * ranges. Shared strings matter for the benchmark: a reader that resolves them (FastExcel, POI) pays for the table
 * on every file, as it does on real agency workbooks.
 */
final class WorkbookFile {

    private WorkbookFile() {
    }

    static void write(Path file, List<SheetContent> sheets) throws IOException {
        Map<String, Integer> strings = new LinkedHashMap<>();
        List<String> sheetXml = new ArrayList<>();
        int references = 0;
        for (SheetContent sheet : sheets) {
            StringBuilder xml = new StringBuilder(16_384);
            xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            for (Map.Entry<Integer, List<Cell>> row : sheet.rows().entrySet()) {
                int r = row.getKey();
                xml.append("<row r=\"").append(r).append("\">");
                List<Cell> cells = row.getValue();
                for (int c = 0; c < cells.size(); c++) {
                    Cell cell = cells.get(c);
                    String ref = OoxmlParts.column(c) + r;
                    if (cell instanceof Text t && !t.value().isEmpty()) {
                        int index = strings.computeIfAbsent(t.value(), k -> strings.size());
                        references++;
                        xml.append("<c r=\"").append(ref).append("\" t=\"s\"><v>").append(index).append("</v></c>");
                    } else if (cell instanceof Num n) {
                        xml.append("<c r=\"").append(ref).append('"');
                        if (n.style().ordinal() != 0) {
                            xml.append(" s=\"").append(n.style().ordinal()).append('"');
                        }
                        xml.append("><v>").append(n.value().toPlainString()).append("</v></c>");
                    }
                }
                xml.append("</row>");
            }
            xml.append("</sheetData>");
            if (!sheet.merges().isEmpty()) {
                xml.append("<mergeCells count=\"").append(sheet.merges().size()).append("\">");
                sheet.merges().forEach(m -> xml.append("<mergeCell ref=\"").append(m).append("\"/>"));
                xml.append("</mergeCells>");
            }
            xml.append("</worksheet>");
            sheetXml.add(xml.toString());
        }
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            OoxmlParts.writeFixedParts(zip, sheets.stream().map(SheetContent::name).toList(), true);
            for (int i = 0; i < sheetXml.size(); i++) {
                OoxmlParts.part(zip, "xl/worksheets/sheet" + (i + 1) + ".xml", sheetXml.get(i));
            }
            OoxmlParts.begin(zip, "xl/sharedStrings.xml");
            Writer w = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8));
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"" + references
                    + "\" uniqueCount=\"" + strings.size() + "\">");
            for (String s : strings.keySet()) {
                w.write("<si><t xml:space=\"preserve\">");
                w.write(OoxmlParts.escape(s));
                w.write("</t></si>");
            }
            w.write("</sst>");
            w.flush();
            zip.closeEntry();
        }
    }
}
