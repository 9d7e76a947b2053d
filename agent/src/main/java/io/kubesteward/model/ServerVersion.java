package io.kubesteward.model;

/** The API server's version ({@code /version}): e.g. major 1, minor 30, gitVersion v1.30.4-eks-a737599, platform linux/amd64. */
public record ServerVersion(String major, String minor, String gitVersion, String platform) {
}
