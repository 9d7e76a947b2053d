package io.kubesteward.declarations.annotations;

import io.kubesteward.declarations.Resolution;
import io.kubesteward.declarations.SourceUrls;
import io.kubesteward.declarations.annotations.comment.AnnotationComment;
import io.kubesteward.declarations.images.ImageReferences;
import io.kubesteward.model.PackageRef;
import io.kubesteward.model.SkipReason.Code;
import io.kubesteward.model.SourceKind;
import java.net.URI;
import java.util.regex.Pattern;

/** The package an annotation names, by its datasource: helm, docker, maven; others are not read. */
final class AnnotationResolver {
    private static final Pattern MAVEN_COORDINATES = Pattern.compile("[^:\\s]+:[^:\\s]+");

    private AnnotationResolver() {
    }

    /** The package, a skip, or null when the annotation names nothing a person could mean (reported as a problem). */
    static Resolution resolve(AnnotationComment annotation) {
        String name = annotation.lookupName();
        return switch (annotation.datasource()) {
            case "helm" -> helm(name, annotation.registryUrl());
            case "docker" -> docker(name, annotation.registryUrl());
            case "maven" -> maven(name, annotation.registryUrl());
            default -> Resolution.skip(Code.UNSUPPORTED_DATASOURCE, "datasource '" + annotation.datasource()
                    + "' is not one Steward reads (helm, docker, maven)");
        };
    }

    private static Resolution helm(String chart, String registryUrl) {
        if (registryUrl == null) {
            return Resolution.skip(Code.UNKNOWN_REPOSITORY, "datasource=helm needs a registryUrl= naming the chart repository");
        }
        String url = SourceUrls.withoutTrailingSlash(registryUrl);
        if (url.startsWith("oci://")) {
            return Resolution.of(new PackageRef(SourceKind.OCI_CHART, url, chart));
        }
        if (url.startsWith("https://") || url.startsWith("http://")) {
            return Resolution.of(new PackageRef(SourceKind.HELM_REPOSITORY, url, chart));
        }
        return Resolution.skip(Code.UNKNOWN_REPOSITORY, "registryUrl '" + registryUrl + "' is neither http(s):// nor oci://");
    }

    private static Resolution docker(String image, String registryUrl) {
        String name = image;
        if (registryUrl != null) {
            String host = hostOf(registryUrl);
            if (host == null) {
                return Resolution.skip(Code.UNKNOWN_REPOSITORY, "registryUrl '" + registryUrl + "' is not a registry URL");
            }
            name = image.startsWith(host + "/") ? image : host + "/" + image;
        }
        PackageRef pkg = ImageReferences.packageOf(name);
        return pkg == null ? null : Resolution.of(pkg);
    }

    private static Resolution maven(String coordinates, String registryUrl) {
        if (!MAVEN_COORDINATES.matcher(coordinates).matches()) {
            return null;
        }
        String repository = registryUrl == null ? SourceUrls.MAVEN_CENTRAL : SourceUrls.withoutTrailingSlash(registryUrl);
        return Resolution.of(new PackageRef(SourceKind.MAVEN_ARTIFACT, repository, coordinates));
    }

    // Renovate's docker registryUrl is a URL; a bare host is accepted too
    private static String hostOf(String registryUrl) {
        String url = registryUrl.contains("://") ? registryUrl : "https://" + registryUrl;
        try {
            URI uri = URI.create(url);
            if (uri.getHost() == null) {
                return null;
            }
            String path = SourceUrls.withoutTrailingSlash(uri.getPath() == null ? "" : uri.getPath());
            return uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + path;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
