package io.kubesteward.declarations;

/** Repository URLs as {@code model.PackageRef} keeps them. */
public final class SourceUrls {
    /** Where a Maven artifact is looked up when nothing names its repository. */
    public static final String MAVEN_CENTRAL = "https://repo.maven.apache.org/maven2";

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
