package id.saring.report;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes through to another stream, in blocks, and leaves it open when closed (flushed only): a zip package written
 * into a stream its caller opened and closes.
 */
final class KeptOpen extends FilterOutputStream {

    KeptOpen(OutputStream out) {
        super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
