package io.kubesteward.declarations.flux;

import java.util.List;

/**
 * The Flux objects of one file, and the {@code namespace} it sets when it is a kustomization
 * (null otherwise).
 */
record FluxFile(
        String path,
        String kustomizationNamespace,
        List<HelmReleaseObject> releases,
        List<HelmRepositoryObject> helmRepositories,
        List<OciRepositoryObject> ociRepositories,
        List<GitRepositoryObject> gitRepositories) {

    FluxFile {
        releases = List.copyOf(releases);
        helmRepositories = List.copyOf(helmRepositories);
        ociRepositories = List.copyOf(ociRepositories);
        gitRepositories = List.copyOf(gitRepositories);
    }
}
