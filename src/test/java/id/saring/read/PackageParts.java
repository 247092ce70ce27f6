package id.saring.read;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Workbook;

/** Writes the files the reader tests read: workbooks made with POI, and zip packages part by part. */
final class PackageParts {

    private PackageParts() {
    }

    /** A workbook of {@code dir} filled by {@code content}, saved in the format of {@code workbook}. */
    static <W extends Workbook> Path workbook(Path dir, W workbook, String suffix, Consumer<W> content)
            throws IOException {
        Path file = Files.createTempFile(dir, "fixture", suffix);
        try (W wb = workbook; OutputStream out = Files.newOutputStream(file)) {
            content.accept(wb);
            wb.write(out);
        }
        return file;
    }

    /** The OpenDocument mimetype entry: first in the package and uncompressed, as ODF requires. */
    static void odsMimetype(ZipOutputStream zip) throws IOException {
        byte[] mimetype = "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII);
        ZipEntry entry = new ZipEntry("mimetype");
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(mimetype.length);
        CRC32 crc = new CRC32();
        crc.update(mimetype);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(mimetype);
        zip.closeEntry();
    }

    /** A compressed part holding {@code text} in UTF-8. */
    static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
