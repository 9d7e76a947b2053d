package io.kubesteward.http;

import java.net.URI;
import java.util.Collection;

/** Keeps credentials out of everything a person or a log may read. */
public final class Redaction {
    private static final String MASK = "***";

    private Redaction() {
    }

    /** The URI without its {@code user:password@} part. */
    public static URI withoutUserInfo(URI uri) {
        return uri.getRawUserInfo() == null ? uri : URI.create(url(uri));
    }

    /** The URI as text for people: never with userinfo. */
    public static String url(URI uri) {
        String s = uri.toString();
        String userInfo = uri.getRawUserInfo();
        if (userInfo == null) {
            return s;
        }
        int at = s.indexOf("//" + userInfo + "@");
        return at < 0 ? url(s) : s.substring(0, at + 2) + s.substring(at + 3 + userInfo.length());
    }

    /** A URL given as text, for people: drops any {@code user:password@} without parsing strictly. */
    public static String url(String url) {
        int scheme = url.indexOf("://");
        if (scheme < 0) {
            return url;
        }
        int from = scheme + 3;
        int slash = url.indexOf('/', from);
        int end = slash < 0 ? url.length() : slash;
        int at = url.lastIndexOf('@', end - 1);
        return at < from ? url : url.substring(0, from) + url.substring(at + 1);
    }

    /** {@code text} with every secret value masked. */
    public static String scrub(String text, Collection<String> secrets) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (String secret : secrets) {
            // very short values (a one-letter user name) would mask half of every message
            if (secret != null && secret.length() >= 3) {
                out = out.replace(secret, MASK);
            }
        }
        return out;
    }
}
