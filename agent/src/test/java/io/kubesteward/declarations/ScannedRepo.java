package io.kubesteward.declarations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.kubesteward.model.Declaration;
import io.kubesteward.model.PackageRef;
import io.kubesteward.model.SkipReason;
import io.kubesteward.model.SourceFile;
import java.util.List;

/** A fixture repository and what the standard scanner found in it, with assertions that read as sentences. */
public record ScannedRepo(List<SourceFile> files, ScanResult result) {

    public static ScannedRepo scan(String scenario) {
        List<SourceFile> files = RepoFixtures.load(scenario);
        return new ScannedRepo(files, io.kubesteward.declarations.registry.StandardExtractors.scanner().scan(files));
    }

    public List<Declaration> declarations() {
        return result.declarations();
    }

    public Declaration only(String file, String name) {
        List<Declaration> found = declarations().stream()
                .filter(declaration -> declaration.file().equals(file) && declaration.name().equals(name))
                .toList();
        assertEquals(1, found.size(), () -> "declarations of " + name + " in " + file + ": " + declarations());
        return found.get(0);
    }

    public String content(String file) {
        return files.stream().filter(source -> source.path().equals(file)).findFirst().orElseThrow().content();
    }

    /** The text the declaration's span covers in its file. */
    public String cut(Declaration declaration) {
        assertNotNull(declaration.span(), () -> "no span for " + declaration);
        return declaration.span().cut(content(declaration.file()));
    }

    /** The declaration reads {@code version}, and its span covers exactly that text. */
    public void assertVersion(Declaration declaration, String version) {
        assertEquals(version, declaration.currentValue(), () -> "current value of " + declaration);
        assertEquals(version, cut(declaration), () -> "span text of " + declaration);
    }

    public void assertPackage(Declaration declaration, PackageRef expected) {
        assertEquals(null, declaration.skip(), () -> "skipped: " + declaration);
        assertEquals(expected, declaration.pkg());
    }

    public void assertSkipped(Declaration declaration, SkipReason.Code code) {
        assertNotNull(declaration.skip(), () -> "not skipped: " + declaration);
        assertEquals(code, declaration.skip().code(), () -> "skip of " + declaration);
    }

    /** The character just before and just after the span, such as the quotes kept around a value. */
    public String around(Declaration declaration) {
        String content = content(declaration.file());
        return "" + content.charAt(declaration.span().start() - 1) + content.charAt(declaration.span().end());
    }
}
