package io.kubesteward.declarations;

/** Repository URLs as {@code model.PackageRef} keeps them. */
public final class SourceUrls {
    private SourceUrls() {
    }

    public static String withoutTrailingSlash(String url) {
        String result = url;
        while (result.endsWith("/")) {
            result = result.substring(0, result.length() - 1);
        }
        return result;
    }
}
