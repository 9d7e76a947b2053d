package io.kubesteward.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version stamped into the jar at build time (User-Agent, `steward version`, reports). */
public final class StewardVersion {
    private static final String UNKNOWN = "dev";

    private StewardVersion() {
    }

    static String userAgent() {
        return "steward/" + version();
    }

    /** The project version, or {@code dev} when run from unfiltered sources. */
    public static String version() {
        try (InputStream in = StewardVersion.class.getResourceAsStream("/steward-version.properties")) {
            if (in == null) {
                return UNKNOWN;
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", UNKNOWN).trim();
            // an unfiltered resource (IDE run) still holds the Maven placeholder
            return v.isEmpty() || v.startsWith("${") ? UNKNOWN : v;
        } catch (IOException e) {
            return UNKNOWN;
        }
    }
}
