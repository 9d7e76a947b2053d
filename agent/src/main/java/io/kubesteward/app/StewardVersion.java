package io.kubesteward.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version Maven stamped into the jar. */
public final class StewardVersion {
    private StewardVersion() {
    }

    public static String get() {
        try (InputStream in = StewardVersion.class.getResourceAsStream("/steward-version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
