package io.kubesteward.declarations.maven;

import io.kubesteward.declarations.ExtractedDeclaration;
import io.kubesteward.declarations.images.TextSpans;
import io.kubesteward.model.Declaration;
import io.kubesteward.model.DeclarationKind;
import io.kubesteward.model.PackageRef;
import io.kubesteward.model.SkipReason;
import io.kubesteward.model.SourceKind;
import io.kubesteward.model.Span;
import java.util.List;

/**
 * The declarations of a Maven layout URL found at char {@code urlStart} of a file (-1 when the
 * URL's text is not where its value is, so there is no span): two, one for each place the version
 * is written (folder and file name), with the same package. An update edits both, so the URL stays
 * consistent; the pair shares one proposal.
 */
final class MavenDeclarations {
    private MavenDeclarations() {
    }

    static List<ExtractedDeclaration> of(String file, String content, MavenUrl url, int urlStart, SkipReason skip) {
        PackageRef pkg = skip != null ? null : new PackageRef(SourceKind.MAVEN_ARTIFACT, url.repository(), url.coordinates());
        return List.of(
                declaration(file, content, url, urlStart < 0 ? -1 : urlStart + url.versionOffset(), pkg, skip),
                declaration(file, content, url, urlStart < 0 ? -1 : urlStart + url.fileVersionOffset(), pkg, skip));
    }

    private static ExtractedDeclaration declaration(String file, String content, MavenUrl url, int start, PackageRef pkg, SkipReason skip) {
        Span span = start < 0 ? null : TextSpans.at(content, start, start + url.version().length());
        return ExtractedDeclaration.at(Math.max(start, 0), new Declaration(file, DeclarationKind.MAVEN_ARTIFACT, url.coordinates(),
                url.version(), span, pkg, skip));
    }
}
