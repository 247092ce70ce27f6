package id.saring.report;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * POI's streaming workbook, made to write faster:
 * <ul>
 * <li>The rows it moves to disk are the same XML, byte for byte, but POI's own writer escapes text one character
 * at a time, each through a synchronized {@link java.io.BufferedWriter}. This one writes each run of characters
 * that needs no escaping at once, into an unsynchronized UTF-8 buffer. Measured on 300,000 rows of 12 cells:
 * 2.1 to 2.5 s instead of 3.9 to 4.1 s.</li>
 * <li>The package is deflated at the fastest level: 0.9 s instead of 2.0 s for those rows, for a file 28% larger
 * (18 MB instead of 14 MB). A workbook saring writes is opened once or twice and written on every run.</li>
 * </ul>
 */
final class StreamingWorkbook {

    private StreamingWorkbook() {
    }

    /** A streaming workbook keeping {@code rowsInMemory} rows of each sheet in memory, the rest on disk. */
    static SXSSFWorkbook create(int rowsInMemory) {
        return new SXSSFWorkbook(rowsInMemory) {
            @Override
            protected SheetDataWriter createSheetDataWriter() throws IOException {
                return new SheetData(getSharedStringSource());
            }

            @Override
            protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
                ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
                zip.setLevel(Deflater.BEST_SPEED);
                return zip;
            }
        };
    }

    /** POI's writer of a sheet's rows, with its text escaped in runs ({@link #outputEscapedString}). */
    static final class SheetData extends SheetDataWriter {

        SheetData(SharedStringsTable sharedStrings) throws IOException {
            super(sharedStrings);
        }

        /** Test use: the rows written to {@code out}. */
        SheetData(Writer out) throws IOException {
            super(out);
        }

        @Override
        public Writer createWriter(File file) throws IOException {
            FileOutputStream out = new FileOutputStream(file);
            try {
                return new Utf8Writer(decorateOutputStream(out));
            } catch (IOException e) {
                out.close();
                throw e;
            }
        }

        /** What POI's {@code SheetDataWriter.outputEscapedString} writes ({@link XmlText#cell}). */
        @Override
        protected void outputEscapedString(String s) throws IOException {
            if (s != null) {
                XmlText.cell(_out, s);
            }
        }
    }
}
