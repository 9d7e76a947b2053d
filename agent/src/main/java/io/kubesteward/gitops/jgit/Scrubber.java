package io.kubesteward.gitops.jgit;

import io.kubesteward.gitops.GitCredentials;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Takes credentials out of text bound for people: the token in every form a transport may echo it
 * (plain, URL-encoded, inside a Basic header), key passphrases, and any {@code user:password@} in URLs.
 */
final class Scrubber {
    private static final Pattern URL_USER_INFO = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*://)[^/@\\s]+@");
    private static final String MASK = "***";

    private final List<String> secrets = new ArrayList<>();

    Scrubber(GitCredentials credentials) {
        this(credentials, List.of());
    }

    /**
     * Also masks {@code passphrases} (null entries are skipped). Nothing Steward writes quotes a passphrase, so
     * this is a safety net; very short ones are left out, as masking them would garble every message.
     */
    Scrubber(GitCredentials credentials, List<String> passphrases) {
        for (String passphrase : passphrases) {
            if (passphrase != null && passphrase.strip().length() >= 6) {
                secrets.add(passphrase);
            }
        }
        if (!credentials.isNone()) {
            String token = credentials.revealToken();
            secrets.add(token);
            secrets.add(URLEncoder.encode(token, StandardCharsets.UTF_8));
            secrets.add(base64(credentials.username() + ":" + token));
            secrets.add(base64(token));
        }
    }

    String scrub(String text) {
        if (text == null) {
            return "";
        }
        String out = text;
        for (String secret : secrets) {
            out = out.replace(secret, MASK);
        }
        return URL_USER_INFO.matcher(out).replaceAll("$1");
    }

    private static String base64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}
