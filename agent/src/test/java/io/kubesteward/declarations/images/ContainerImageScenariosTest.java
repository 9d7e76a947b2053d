package io.kubesteward.declarations.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.declarations.ScannedRepo;
import io.kubesteward.model.Declaration;
import io.kubesteward.model.DeclarationKind;
import io.kubesteward.model.PackageRef;
import io.kubesteward.model.Problem;
import io.kubesteward.model.SkipReason.Code;
import io.kubesteward.model.SourceKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContainerImageScenariosTest {
    private static final String FORMS = "apps/forms.yaml";
    private final ScannedRepo repo = ScannedRepo.scan("images-workloads");

    private static PackageRef image(String registry, String path) {
        return new PackageRef(SourceKind.DOCKER_IMAGE, registry, path);
    }

    @Test
    void aDeploymentDeclaresItsInitContainersAndContainersInOrder() {
        String file = "apps/web/deployment.yaml";
        List<String> names = repo.declarations().stream().filter(d -> d.file().equals(file)).map(Declaration::name).toList();
        assertEquals(List.of("ghcr.io/acme/migrate", "nginx", "quay.io/prometheuscommunity/nginx-exporter", "busybox"), names);

        Declaration migrate = repo.only(file, "ghcr.io/acme/migrate");
        assertEquals(DeclarationKind.CONTAINER_IMAGE, migrate.kind());
        repo.assertVersion(migrate, "v3.1.0");
        repo.assertPackage(migrate, image("ghcr.io", "acme/migrate"));
        Declaration nginx = repo.only(file, "nginx");
        repo.assertVersion(nginx, "1.25");
        repo.assertPackage(nginx, image("docker.io", "library/nginx"));
        assertEquals(16, nginx.span().line());
        assertEquals(24, nginx.span().column());
    }

    @Test
    void quotesStayOutsideTheSpan() {
        String file = "apps/web/deployment.yaml";
        Declaration exporter = repo.only(file, "quay.io/prometheuscommunity/nginx-exporter");
        repo.assertVersion(exporter, "1.1.0");
        assertEquals(":\"", repo.around(exporter));
        Declaration busybox = repo.only(file, "busybox");
        repo.assertVersion(busybox, "1.36");
        assertEquals(":'", repo.around(busybox));
    }

    @Test
    void cronJobsRolloutsAndEveryWorkloadOfAMultiDocumentFile() {
        repo.assertVersion(repo.only("apps/jobs/cronjob.yaml", "docker.io/restic/restic"), "0.16.4");
        Declaration rollout = repo.only("apps/rollout.yaml", "argoproj/rollouts-demo");
        repo.assertVersion(rollout, "blue");
        repo.assertPackage(rollout, image("docker.io", "argoproj/rollouts-demo"));

        List<String> multi = repo.declarations().stream().filter(d -> d.file().equals("apps/multi.yaml"))
                .map(d -> d.name() + ":" + d.currentValue()).toList();
        assertEquals(List.of("postgres:16.3", "docker.io/timberio/vector:0.38.0-alpine", "alpine:3.20", "debian:bookworm-slim",
                "nicolaka/netshoot:v0.13"), multi);
    }

    @Test
    void everyReferenceForm() {
        List<Declaration> nginx = repo.declarations().stream().filter(d -> d.file().equals(FORMS) && d.name().equals("nginx")).toList();
        assertEquals(2, nginx.size());
        repo.assertSkipped(nginx.get(0), Code.NOT_A_VERSION);
        assertEquals("no tag: the image follows 'latest' implicitly", nginx.get(0).skip().detail());
        repo.assertVersion(nginx.get(1), "1.25");
        repo.assertVersion(repo.only(FORMS, "docker.io/library/nginx"), "1.25.3-alpine");
        repo.assertPackage(repo.only(FORMS, "docker.io/library/nginx"), image("docker.io", "library/nginx"));
        repo.assertPackage(repo.only(FORMS, "registry:5000/x/y"), image("registry:5000", "x/y"));
        repo.assertVersion(repo.only(FORMS, "registry:5000/x/y"), "1.0");
        repo.assertPackage(repo.only(FORMS, "localhost/x"), image("localhost", "x"));
        repo.assertVersion(repo.only(FORMS, "localhost/x"), "1");
        Declaration latest = repo.only(FORMS, "redis");
        repo.assertVersion(latest, "latest");
        repo.assertPackage(latest, image("docker.io", "library/redis"));
    }

    @Test
    void aPinnedDigestHasItsOwnSpan() {
        Declaration pinned = repo.only(FORMS, "ghcr.io/a/b");
        repo.assertVersion(pinned, "v1.2.3");
        String digest = "sha256:6bf689ff6269e27293e1bf1cec03a965cd0c3d89d9c193e4b0b9275687fc9d63";
        assertEquals(digest, pinned.currentDigest());
        assertEquals(digest, pinned.digestSpan().cut(repo.content(FORMS)));
        repo.assertPackage(pinned, image("ghcr.io", "a/b"));

        Declaration digestOnly = repo.only(FORMS, "alpine");
        assertNull(digestOnly.currentValue());
        assertNull(digestOnly.span());
        assertEquals(digestOnly.currentDigest(), digestOnly.digestSpan().cut(repo.content(FORMS)));
        repo.assertPackage(digestOnly, image("docker.io", "library/alpine"));
    }

    @Test
    void templatedReferencesAreSkipped() {
        Declaration tag = repo.only(FORMS, "ghcr.io/a/c");
        repo.assertSkipped(tag, Code.TEMPLATED);
        repo.assertVersion(tag, "${APP_VERSION}");
        Declaration name = repo.only(FORMS, "{{ .Values.registry }}/app:1.0");
        repo.assertSkipped(name, Code.TEMPLATED);
    }

    @Test
    void operatorResourcesAreReadByTheirImageKeysAndLabelsAndSchemasAreNot() {
        String file = "operators/dragonfly.yaml";
        List<Declaration> found = repo.declarations().stream().filter(d -> d.file().equals(file)).toList();
        assertEquals(List.of("ghcr.io/dragonflydb/dragonfly", "docker.io/library/python"), found.stream().map(Declaration::name).toList());
        repo.assertVersion(found.get(0), "v1.18.1");
        repo.assertVersion(found.get(1), "3.12-alpine");
        assertTrue(repo.declarations().stream().noneMatch(d -> d.name().startsWith("not-looked-at")));
        assertTrue(repo.declarations().stream().noneMatch(d -> d.name().startsWith("example/default")));
    }

    @Test
    void aContainerImageThatIsNoReferenceIsAProblemAndTheOthersAreRead() {
        Problem problem = repo.result().problems().stream().filter(p -> p.file().equals("apps/bad-image.yaml")).findFirst().orElseThrow();
        assertEquals(10, problem.line());
        assertTrue(problem.message().contains("'Not An Image'"), problem.message());
        assertTrue(problem.message().contains("container 'broken'"), problem.message());
        repo.assertVersion(repo.only("apps/bad-image.yaml", "traefik/whoami"), "v1.10.1");
        assertEquals(1, repo.result().problems().size(), () -> repo.result().problems().toString());
    }

    @Test
    void sopsEncryptedFilesAreNotTouchedAndTemplatedYamlIsNoProblem() {
        assertTrue(repo.declarations().stream().noneMatch(d -> d.file().equals("apps/secret.sops.yaml")));
        assertTrue(repo.result().problems().stream().noneMatch(p -> p.file().startsWith("helmfile/")));
    }

    @Test
    void chartTemplatesDeclareOnlyTheImagesTheyHardCodeAndOtherTemplatesFoldersAreRead() {
        List<String> chart = repo.declarations().stream().filter(d -> d.file().equals("charts/web/templates/deployment.yaml"))
                .map(Declaration::name).toList();
        assertEquals(List.of("busybox"), chart);
        repo.assertVersion(repo.only("templates/mgmt/workflow.yaml", "gcr.io/kaniko-project/executor"), "v1.23.0");
    }

    @Test
    void aChartTemplateThatIsNoYamlUntilRenderedStillDeclaresTheImageItHardCodes() {
        String job = "charts/web/templates/migrate-job.yaml";
        Declaration golang = repo.only(job, "golang");
        repo.assertVersion(golang, "1.19-alpine");
        assertEquals(List.of("golang"), repo.declarations().stream().filter(d -> d.file().equals(job)).map(Declaration::name).toList(),
                "the image the template writes from values is not declared");
        assertTrue(repo.result().problems().stream().noneMatch(p -> p.file().equals(job)), repo.result().problems().toString());
    }
}
