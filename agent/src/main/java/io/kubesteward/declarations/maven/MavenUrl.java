package io.kubesteward.declarations.maven;

/**
 * A download URL in Maven repository layout: {@code repository/group/path/artifact/version/artifact-version[-classifier].ext}.
 * The version is written twice; {@code versionOffset} is the char offset of the version folder in
 * the URL and {@code fileVersionOffset} that of the version in the file name.
 */
record MavenUrl(String repository, String groupId, String artifactId, String version, int versionOffset, int fileVersionOffset) {

    String coordinates() {
        return groupId + ":" + artifactId;
    }
}
