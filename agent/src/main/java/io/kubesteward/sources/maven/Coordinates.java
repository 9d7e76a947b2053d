package io.kubesteward.sources.maven;

import java.util.regex.Pattern;

/** A package name as {@code groupId:artifactId}, checked so that it can only name a path inside a repository. */
record Coordinates(String groupId, String artifactId) {
    private static final Pattern GROUP = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*");
    private static final Pattern ARTIFACT = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");

    static Coordinates parse(String name) throws ArtifactUnavailable {
        String[] parts = name.trim().split(":", -1);
        if (parts.length != 2 || !GROUP.matcher(parts[0]).matches() || !ARTIFACT.matcher(parts[1]).matches()) {
            throw new ArtifactUnavailable("'" + name + "' is not groupId:artifactId"
                    + " — write the Maven package as groupId:artifactId, such as org.apache.commons:commons-lang3");
        }
        return new Coordinates(parts[0], parts[1]);
    }

    /** The artifact's metadata file, relative to the repository root. */
    String metadataPath() {
        return groupId.replace('.', '/') + "/" + artifactId + "/maven-metadata.xml";
    }

    @Override
    public String toString() {
        return groupId + ":" + artifactId;
    }
}
