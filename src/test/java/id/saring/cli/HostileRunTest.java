package id.saring.cli;

import static id.saring.read.HostileFiles.EXTERNAL_REFERENCES;
import static id.saring.read.HostileFiles.SHARED_STRINGS;
import static id.saring.read.HostileFiles.SHEET;
import static id.saring.read.HostileFiles.XLSX_PARTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.saring.read.HostileFiles;
import id.saring.read.NetworkWatch;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.hssf.usermodel.HSSFHyperlink;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole {@code saring run} over a folder of hostile files and one good agency workbook: the run ends (exit 1),
 * each hostile file has the finding that says what it is, the good workbook's findings and records are those it has
 * alone, nothing reaches the network, and no file of this machine leaks into any output.
 */
class HostileRunTest {

    private static final Path GOOD = Path.of("input-samples/kecamatan-semende-darat-tengah/capaian-sasaran-2023.xlsx");
    private static final String GOOD_NAME = "capaian-sasaran-2023.xlsx";
    /** The text of a file of this machine that external entities name; it must appear in no output. */
    private static final String SECRET = "rahasia-7f3a9c-jangan-bocor";
    private static final int MIB = 1 << 20;

    @TempDir
    Path temp;

    @Test
    void aRunOverHostileFilesRefusesEachForWhatItIsKeepsTheGoodFileWholeAndReachesNoNetwork() throws Exception {
        Path in = Files.createDirectories(temp.resolve("masuk"));
        Path alone = Files.createDirectories(temp.resolve("sendiri"));
        Files.copy(GOOD, in.resolve(GOOD_NAME));
        Files.copy(GOOD, alone.resolve(GOOD_NAME));
        Path secret = Files.writeString(temp.resolve("secret.txt"), SECRET);
        String longText = HostileFiles.sparseText(10 * MIB, 64, '.', 4);
        MainTest.Run run;
        MainTest.Run goodAlone;
        List<String> requests;
        try (NetworkWatch network = new NetworkWatch()) {
            HostileFiles.xlsxZipBomb(in.resolve("bom.xlsx"));
            HostileFiles.odsZipBomb(in.resolve("bom.ods"));
            HostileFiles.xlsxUnderstatedBomb(in.resolve("bohong.xlsx"));
            HostileFiles.xlsxLargePart(in.resolve("raksasa.xlsx"));
            HostileFiles.xlsxOfManyParts(in.resolve("ribuan.xlsx"));
            HostileFiles.xlsxOfOverlappingParts(in.resolve("tumpang.xlsx"));
            HostileFiles.xlsx(in.resolve("tawa.xlsx"), Map.of(SHARED_STRINGS, HostileFiles.declaring(
                    XLSX_PARTS.get(SHARED_STRINGS), HostileFiles.billionLaughs("sst"), "Uraian", "&lol9;")));
            HostileFiles.ods(in.resolve("tawa.ods"), HostileFiles.declaring(HostileFiles.ODS_CONTENT,
                    HostileFiles.billionLaughs("office:document-content"), "Uraian", "&lol9;"), Map.of());
            Files.writeString(in.resolve("tawa.xls"), HostileFiles.billionLaughs("html") + "<html><body><table>"
                    + "<tr><td>Uraian</td><td>&lol9;</td></tr></table></body></html>");
            HostileFiles.xlsx(in.resolve("xxe.xlsx"), Map.of(SHEET, HostileFiles.declaring(XLSX_PARTS.get(SHEET),
                    HostileFiles.externalEntities("worksheet", secret, network), "<c r=\"A1\" t=\"s\"><v>0</v></c>",
                    "<c r=\"A1\" t=\"inlineStr\"><is><t>" + EXTERNAL_REFERENCES + "</t></is></c>")));
            HostileFiles.ods(in.resolve("xxe.ods"), HostileFiles.declaring(HostileFiles.ODS_CONTENT,
                    HostileFiles.externalEntities("office:document-content", secret, network), "Uraian",
                    EXTERNAL_REFERENCES), Map.of());
            HostileFiles.xlsxOf100MegabytesOfSharedStrings(in.resolve("teks.xlsx"));
            HostileFiles.xlsxClaimingTheWholeGrid(in.resolve("klaim.xlsx"));
            HostileFiles.odsRepeatingAFilledRow(in.resolve("ulang.ods"));
            Files.writeString(in.resolve("panjang.csv"), "Uraian;Pagu\nBelanja Operasi;" + longText + "\n");
            Files.writeString(in.resolve("dalam.xls"), "<html><body><table><tr><td>Uraian</td><td>"
                    + "<div>".repeat(100_000) + "Pagu</td></tr></table>");
            sparseHtml(in.resolve("besar.xls"));
            endlessCsv(in.resolve("tanpa-akhir.csv"));
            linkingHtml(in.resolve("tautan.xls"), network);
            HostileFiles.xlsxLinkingOutside(in.resolve("eksternal.xlsx"), network);
            linkingXls(in.resolve("eksternal.xls"), network);

            run = assertTimeoutPreemptively(Duration.ofMinutes(2),
                    () -> MainTest.saring("run", in.toString(), "--out", temp.resolve("keluaran").toString()));
            goodAlone = MainTest.saring("run", alone.toString(), "--out", temp.resolve("sendiri-keluaran").toString());
            requests = network.requests();
        }

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(requests).as("connections to the watched port").isEmpty();
        JsonNode json = new ObjectMapper().readTree(temp.resolve("keluaran/anomalies.json").toFile());
        Map<String, String> status = new TreeMap<>();
        json.get("inputs").forEach(i -> status.put(i.get("file").asText(), i.get("status").asText()));
        Map<String, List<String>> unreadable = new TreeMap<>();
        for (JsonNode f : json.get("findings")) {
            if (f.get("category").asText().equals("unreadable-file")) {
                unreadable.computeIfAbsent(f.get("file").asText(), k -> new ArrayList<>())
                        .add(f.get("message").asText());
            }
        }
        String bomb = "di dalam berkas ini mengembang %s kali ukuran terkompresinya, melebihi batas 100 kali; berkas "
                + "seperti ini adalah bom zip dan tidak dibuka.";
        assertThat(unreadable).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("bom.xlsx", List.of("Bagian xl/worksheets/sheet1.xml " + bomb.formatted(
                        indonesian(ratio(in.resolve("bom.xlsx"), SHEET))))),
                Map.entry("bom.ods", List.of("Bagian content.xml " + bomb.formatted(
                        indonesian(ratio(in.resolve("bom.ods"), "content.xml"))))),
                Map.entry("bohong.xlsx", List.of("Bagian xl/worksheets/sheet1.xml di dalam berkas ini berisi lebih "
                        + "dari 4.096 byte yang dinyatakan paketnya; berkas rusak atau sengaja dibuat untuk mengelabui "
                        + "pembaca, jadi tidak dibuka.")),
                Map.entry("raksasa.xlsx", List.of("Bagian xl/worksheets/sheet1.xml di dalam berkas ini mengembang "
                        + "menjadi 601 MB saat dibuka, melebihi batas 512 MB per bagian; berkas tidak dibuka. Bila "
                        + "datanya memang sebesar itu, pecah menjadi beberapa berkas.")),
                Map.entry("ribuan.xlsx", List.of("Paket berkas ini berisi 60.000 bagian, melebihi batas 10.000; buku "
                        + "kerja dari instansi tidak pernah sebanyak itu, jadi berkas tidak dibuka (kemungkinan bom "
                        + "zip).")),
                Map.entry("tumpang.xlsx", List.of("Isi berkas ini mengembang menjadi 1.049 MB saat dibuka, melebihi "
                        + "batas 1.024 MB; berkas tidak dibuka. Bila datanya memang sebesar itu, pecah menjadi "
                        + "beberapa berkas.")),
                Map.entry("tawa.xlsx", List.of("Bagian xl/sharedStrings.xml di dalam berkas ini mendeklarasikan "
                        + "entitas XML yang dapat mengembang berlipat-lipat (serangan \"billion laughs\"); berkas "
                        + "tidak dibuka.")),
                Map.entry("tawa.ods", List.of("Bagian content.xml di dalam berkas ini mendeklarasikan entitas XML yang "
                        + "dapat mengembang berlipat-lipat (serangan \"billion laughs\"); berkas tidak dibuka.")),
                Map.entry("xxe.xlsx", List.of("Bagian xl/worksheets/sheet1.xml di dalam berkas ini merujuk entitas XML "
                        + "eksternal (berkas lain atau alamat jaringan); berkas tidak dibuka dan rujukan itu tidak "
                        + "diambil, karena ini pola serangan XXE.")),
                Map.entry("xxe.ods", List.of("Bagian content.xml di dalam berkas ini merujuk entitas XML eksternal "
                        + "(berkas lain atau alamat jaringan); berkas tidak dibuka dan rujukan itu tidak diambil, "
                        + "karena ini pola serangan XXE.")),
                Map.entry("teks.xlsx", List.of("Tabel teks bersama (sharedStrings) berkas ini berukuran 100 MB saat "
                        + "dibuka, melebihi batas 32 MB, padahal tabel itu harus dimuat utuh ke memori; berkas tidak "
                        + "dibuka. Simpan ulang datanya sebagai .csv atau pecah menjadi beberapa berkas.")),
                Map.entry("ulang.ods", List.of("Lembar Anggaran mengulang sel berisi menjadi lebih dari 100.000 "
                        + "salinan sel; lembar seperti itu bukan tabel kinerja atau anggaran, jadi berkas tidak dibaca "
                        + "lebih lanjut.")),
                Map.entry("besar.xls", List.of("Halaman HTML ini berukuran 33 MB, melebihi batas 32 MB untuk halaman "
                        + "HTML; simpan tabelnya sebagai .xlsx atau .csv.")),
                Map.entry("tanpa-akhir.csv", List.of("Satu baris teks CSV setelah rekaman 1 lebih panjang dari "
                        + "16.777.216 karakter; baris sebelumnya tetap diproses, sisanya tidak dibaca."))));
        Map<String, String> expectedStatus = new TreeMap<>();
        unreadable.keySet().forEach(f -> expectedStatus.put(f, "unreadable"));
        Stream.of(GOOD_NAME, "tawa.xls", "klaim.xlsx", "panjang.csv", "dalam.xls", "tautan.xls", "eksternal.xlsx",
                "eksternal.xls").forEach(f -> expectedStatus.put(f, "read"));
        assertThat(status).isEqualTo(expectedStatus);

        // the cell of 10 MB: one finding, quoting a thousand characters of it
        List<JsonNode> longCell = findings(json, "panjang.csv");
        assertThat(longCell).extracting(f -> f.get("category").asText(), f -> f.get("cell").asText(),
                f -> f.get("message").asText()).contains(org.assertj.core.groups.Tuple.tuple("unparseable-value", "B2",
                "Sel B2 berisi 10.485.760 karakter, lebih dari yang dapat dimuat satu sel Excel; hanya 32.767 karakter "
                        + "pertamanya yang dibaca dan dicantumkan."));
        assertThat(longCell).filteredOn(f -> f.get("cell").asText().equals("B2"))
                .allSatisfy(f -> assertThat(f.get("value").asText()).isEqualTo(longText.substring(0, 1000) + "…"));
        assertThat(Files.size(temp.resolve("keluaran/anomalies.json"))).isLessThan(MIB);

        // the good workbook: its findings and records as when it is run alone
        JsonNode aloneJson = new ObjectMapper().readTree(temp.resolve("sendiri-keluaran/anomalies.json").toFile());
        assertThat(findings(json, GOOD_NAME)).isNotEmpty().isEqualTo(findings(aloneJson, GOOD_NAME));
        for (String table : List.of("capaian.csv", "anggaran.csv")) {
            assertThat(linesOf(temp.resolve("keluaran").resolve(table), GOOD_NAME))
                    .isEqualTo(linesOf(temp.resolve("sendiri-keluaran").resolve(table), GOOD_NAME));
        }
        assertThat(linesOf(temp.resolve("keluaran/capaian.csv"), GOOD_NAME)).isNotEmpty();

        // no file of this machine in any output, unpacked or not
        Map<String, String> leaks = new HashMap<>();
        try (Stream<Path> outputs = Files.walk(temp.resolve("keluaran"))) {
            for (Path output : outputs.filter(Files::isRegularFile).toList()) {
                String text = readable(output);
                for (String leak : List.of(SECRET, "root:x:0:0")) {
                    if (text.contains(leak)) {
                        leaks.put(output.toString(), leak);
                    }
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    /** A page whose first bytes are a table and whose 33 MB are mostly a hole of zeros. */
    private static void sparseHtml(Path file) throws IOException {
        Files.writeString(file, "<html><body><table><tr><td>Uraian</td></tr></table>");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(33L * MIB);
        }
    }

    /** A CSV whose second record runs on past sixteen million characters. */
    private static void endlessCsv(Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file)) {
            out.write("Uraian;Pagu\nBelanja Operasi;");
            for (int i = 0; i <= (16 * MIB) / 10; i++) {
                out.write("1234567890");
            }
        }
    }

    /** An HTML export that loads styles, scripts, frames and images from the watched port, were it fetched. */
    private static void linkingHtml(Path file, NetworkWatch network) throws IOException {
        Files.writeString(file, "<html><head><link rel=\"stylesheet\" href=\"" + network.url("gaya.css") + "\">"
                + "<script src=\"" + network.url("skrip.js") + "\"></script><meta http-equiv=\"refresh\" content=\"0; "
                + "url=" + network.url("pindah") + "\"></head><body><iframe src=\"" + network.url("bingkai") + "\">"
                + "</iframe><table><tr><td>Uraian</td><td>Pagu</td></tr><tr><td>Belanja Operasi<img src=\""
                + network.url("gambar.png") + "\"></td><td>2.995.981.596</td></tr></table></body></html>");
    }

    /** An {@code .xls} whose formula reads a workbook at the watched port, and a cell linked there. */
    private static void linkingXls(Path file, NetworkWatch network) throws IOException {
        try (HSSFWorkbook workbook = new HSSFWorkbook(); HSSFWorkbook source = new HSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            source.createSheet("Anggaran").createRow(1).createCell(1).setCellValue(2995981596d);
            workbook.linkExternalWorkbook(network.url("sumber.xls"), source);
            HSSFSheet sheet = workbook.createSheet("Anggaran");
            HSSFRow header = sheet.createRow(0);
            header.createCell(0).setCellValue("Uraian");
            header.createCell(1).setCellValue("Pagu");
            HSSFRow row = sheet.createRow(1);
            row.createCell(0).setCellValue("Belanja Operasi");
            row.createCell(1).setCellFormula("[" + network.url("sumber.xls") + "]Anggaran!B2");
            HSSFHyperlink link = workbook.getCreationHelper().createHyperlink(HyperlinkType.URL);
            link.setAddress(network.url("tautan"));
            row.getCell(0).setHyperlink(link);
            workbook.write(out);
        }
    }

    private static List<JsonNode> findings(JsonNode json, String file) {
        List<JsonNode> of = new ArrayList<>();
        json.get("findings").forEach(f -> {
            if (f.get("file").asText().equals(file)) {
                of.add(f);
            }
        });
        return of;
    }

    private static List<String> linesOf(Path csv, String file) throws IOException {
        return Files.readAllLines(csv).stream().filter(l -> l.startsWith(file + ",")).toList();
    }

    /** The text of an output: its bytes, and for a zip (an xlsx) the bytes of every part unpacked. */
    private static String readable(Path output) throws IOException {
        byte[] bytes = Files.readAllBytes(output);
        StringBuilder text = new StringBuilder(new String(bytes, StandardCharsets.UTF_8));
        if (bytes.length > 2 && bytes[0] == 'P' && bytes[1] == 'K') {
            try (ZipFile zip = new ZipFile(output.toFile())) {
                for (ZipEntry part : zip.stream().toList()) {
                    text.append(new String(zip.getInputStream(part).readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return text.toString();
    }

    /** How many times its packed size a part unpacks to, as its package states, in Indonesian digits. */
    private static long ratio(Path file, String part) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry(part);
            return entry.getSize() / entry.getCompressedSize();
        }
    }

    private static String indonesian(long n) {
        return String.format(java.util.Locale.forLanguageTag("id"), "%,d", n);
    }
}
