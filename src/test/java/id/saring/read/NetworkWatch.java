package id.saring.read;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A port on the loopback address that notes every connection made to it: a hostile file points its external
 * entities, links and templates here, and a test asserts that nothing came. Each connection is answered by closing
 * it, so a fetch, if one happened, fails at once instead of waiting, and is noted before the fetching code returns.
 */
public final class NetworkWatch implements AutoCloseable {

    private final ServerSocket server;
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private final Thread acceptor;

    public NetworkWatch() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::accept, "network-watch");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** An address on the watched port: {@code http://127.0.0.1:PORT/path}. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getLocalPort() + "/" + path;
    }

    /** The first line of each connection that came (its request line, or empty), in order. */
    public List<String> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    private void accept() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                // noted before anything is read, so that a connection that sends nothing is noted too
                int index;
                synchronized (requests) {
                    requests.add("");
                    index = requests.size() - 1;
                }
                socket.setSoTimeout(200);
                requests.set(index, firstLine(socket.getInputStream()));
            } catch (SocketException closed) {
                return;
            } catch (IOException e) {
                // a client that went away: its connection is noted already
            }
        }
    }

    private static String firstLine(InputStream in) {
        StringBuilder line = new StringBuilder();
        try {
            for (int c = in.read(); c >= 0 && c != '\n' && line.length() < 200; c = in.read()) {
                line.append((char) c);
            }
        } catch (IOException timedOut) {
            // what came before the timeout is enough to name the request
        }
        return line.toString().strip();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }

    @Override
    public String toString() {
        return "port " + server.getLocalPort();
    }
}
