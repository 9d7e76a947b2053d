package io.kubesteward.declarations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.faults.CatalogueEntry;
import io.kubesteward.model.Declaration;
import io.kubesteward.model.Problem;
import io.kubesteward.model.SourceFile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DeclarationScannerTest {

    @Test
    void anUnparseableCandidateIsAProblemAtLineAndColumnAndTheOtherFilesAreStillRead() {
        ScannedRepo repo = ScannedRepo.scan("broken-candidate");

        Problem bad = repo.result().problems().stream()
                .filter(problem -> problem.file().equals("apps/bad/helmrelease.yaml")).findFirst().orElseThrow();
        assertEquals(11, bad.line());
        assertEquals(6, bad.column());
        assertTrue(bad.message().startsWith("invalid YAML: "), bad.message());
        assertTrue(bad.message().contains("check the indentation"), bad.message());

        Declaration good = repo.only("apps/good/helmrelease.yaml", "podinfo");
        repo.assertVersion(good, "6.5.4");
    }

    @CatalogueEntry(37)
    @Test
    void oneBadDocumentCostsOnlyItself() {
        ScannedRepo repo = ScannedRepo.scan("broken-candidate");

        Problem bad = repo.result().problems().stream()
                .filter(problem -> problem.file().equals("apps/bad/multi.yaml")).findFirst().orElseThrow();
        assertEquals(11, bad.line());
        assertTrue(bad.message().contains("'{' or '[' is not closed"), bad.message());
        List<String> versions = repo.declarations().stream()
                .filter(declaration -> declaration.file().equals("apps/bad/multi.yaml"))
                .map(Declaration::currentValue).toList();
        assertEquals(List.of("6.5.0", "6.5.2"), versions);
    }

    @CatalogueEntry(31)
    @Test
    void chartTemplatesAndFilesThatDeclareNothingAreNotParsed() {
        ScannedRepo repo = ScannedRepo.scan("broken-candidate");

        assertEquals(List.of("apps/bad/helmrelease.yaml", "apps/bad/multi.yaml"),
                repo.result().problems().stream().map(Problem::file).toList());
    }

    @Test
    void theResultDoesNotDependOnTheOrderFilesAreGivenIn() {
        List<SourceFile> files = new ArrayList<>();
        for (String scenario : List.of("flux-kustomize-namespace", "umbrella-chart", "flux-chartref")) {
            files.addAll(RepoFixtures.load(scenario));
        }
        ScanResult inOrder = io.kubesteward.declarations.registry.StandardExtractors.scanner().scan(files);
        Collections.shuffle(files, new Random(42));

        assertEquals(inOrder, io.kubesteward.declarations.registry.StandardExtractors.scanner().scan(files));
    }

    @ParameterizedTest
    @MethodSource("io.kubesteward.declarations.RepoFixtures#scenarios")
    void everySpanCoversExactlyItsCurrentValue(String scenario) {
        ScannedRepo repo = ScannedRepo.scan(scenario);

        for (Declaration declaration : repo.declarations()) {
            if (declaration.span() != null) {
                assertEquals(declaration.currentValue(), repo.cut(declaration), declaration::toString);
            }
        }
    }
}
