package id.saring.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** Where saring is installed (for its bundled {@code rules/}) and which version it is. */
final class Installation {

    private Installation() {
    }

    /**
     * The bundled rules: {@code $saring.home/rules} when the launcher sets it, else the {@code rules/} beside
     * the {@code target/} folder the code runs from, else {@code rules/} in the working folder.
     */
    static Path rules() {
        String home = System.getProperty("saring.home");
        if (home != null) {
            return Path.of(home, "rules");
        }
        try {
            Path code = Path.of(Installation.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path beside = code.getParent() == null || code.getParent().getParent() == null ? null
                    : code.getParent().getParent().resolve("rules");
            if (beside != null && Files.isDirectory(beside)) {
                return beside;
            }
        } catch (URISyntaxException | RuntimeException e) {
            // fall back to the working folder
        }
        return Path.of("rules");
    }

    static String version() {
        try (InputStream in = Installation.class.getResourceAsStream("/id/saring/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
