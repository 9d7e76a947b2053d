package io.kubesteward.declarations.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.declarations.ScannedRepo;
import io.kubesteward.model.ContainerResourceRef;
import io.kubesteward.model.Declaration;
import io.kubesteward.model.DeclarationKind;
import io.kubesteward.model.SkipReason;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContainerResourcesScenariosTest {
    private final ScannedRepo raw = ScannedRepo.scan("resources-raw");
    private final ScannedRepo kustomize = ScannedRepo.scan("resources-kustomize");

    private static List<Declaration> resources(ScannedRepo repo) {
        return repo.result().resources();
    }

    private static Declaration only(ScannedRepo repo, String file, String name) {
        List<Declaration> found = resources(repo).stream().filter(d -> d.file().equals(file) && d.name().equals(name)).toList();
        assertEquals(1, found.size(), () -> name + " in " + file + ": " + resources(repo));
        return found.get(0);
    }

    private static List<String> names(ScannedRepo repo, String file) {
        return resources(repo).stream().filter(d -> d.file().equals(file)).map(Declaration::name).toList();
    }

    @Test
    void every_container_of_a_multi_container_workload_with_its_init_containers_and_exact_spans() {
        assertEquals(List.of(
                "Deployment/shop/web/migrate", "Deployment/shop/web/migrate:requests.cpu", "Deployment/shop/web/migrate:requests.memory",
                "Deployment/shop/web/app", "Deployment/shop/web/app:requests.cpu", "Deployment/shop/web/app:requests.memory",
                "Deployment/shop/web/app:limits.memory",
                "Deployment/shop/web/log-shipper", "Deployment/shop/web/log-shipper:requests.cpu",
                "Deployment/shop/web/log-shipper:requests.memory",
                "CronJob/shop/report/report", "CronJob/shop/report/report:requests.cpu", "CronJob/shop/report/report:requests.memory"),
                names(raw, "apps/web.yaml"));
        raw.assertVersion(only(raw, "apps/web.yaml", "Deployment/shop/web/app:requests.cpu"), "250m");
        raw.assertVersion(only(raw, "apps/web.yaml", "Deployment/shop/web/app:limits.memory"), "512Mi");
        raw.assertVersion(only(raw, "apps/web.yaml", "Deployment/shop/web/migrate:requests.memory"), "128Mi");
        raw.assertVersion(only(raw, "apps/web.yaml", "Deployment/shop/web/log-shipper:requests.cpu"), "0.1");
        Declaration cronCpu = only(raw, "apps/web.yaml", "CronJob/shop/report/report:requests.cpu");
        raw.assertVersion(cronCpu, "1");
        assertEquals(47, cronCpu.span().line(), "the second document's lines count from the file's start");
        Declaration quoted = only(raw, "apps/web.yaml", "Deployment/shop/web/app:requests.cpu");
        assertEquals('"', raw.content("apps/web.yaml").charAt(quoted.span().start() - 1), "the span leaves the quotes out");
    }

    @Test
    void versions_and_resources_travel_apart() {
        assertTrue(raw.declarations().stream().noneMatch(d -> d.kind() == DeclarationKind.CONTAINER_RESOURCES));
        assertTrue(resources(raw).stream().allMatch(d -> d.kind() == DeclarationKind.CONTAINER_RESOURCES));
    }

    @Test
    void resources_are_never_looked_up_and_a_container_without_values_is_still_declared() {
        for (Declaration d : resources(raw)) {
            assertNull(d.pkg());
            assertEquals(SkipReason.Code.NOT_A_VERSION, d.skip().code());
        }
        Declaration db = only(raw, "apps/db.yaml", "StatefulSet/-/db/postgres");
        assertNull(db.currentValue());
        assertNull(db.span());
    }

    @Test
    void a_kustomization_gives_the_namespace_and_names_the_build() {
        assertEquals(List.of("Deployment/tools/worker/worker@tools", "Deployment/tools/worker/worker:limits.cpu@tools",
                "Deployment/tools/worker/worker:limits.memory@tools"), names(raw, "tools/worker.yaml"));
        ContainerResourceRef ref = ContainerResourceRef.parse("Deployment/tools/worker/worker:limits.cpu@tools");
        assertEquals(new ContainerResourceRef("Deployment", "tools", "worker", "worker", "limits.cpu", "tools"), ref);
    }

    @Test
    void an_overlay_patch_wins_over_its_base_and_each_overlay_has_its_own_namespace() {
        Declaration prodCpu = only(kustomize, "clusters/prod/api-resources.yaml", "Deployment/apps/api/api:requests.cpu@clusters/prod");
        kustomize.assertVersion(prodCpu, "1500m");
        Declaration prodMemory = only(kustomize, "base/api/deployment.yaml", "Deployment/apps/api/api:requests.memory@clusters/prod");
        kustomize.assertVersion(prodMemory, "2Gi");
        assertEquals(List.of("Deployment/apps/api/api@clusters/prod", "Deployment/apps/api/api:requests.memory@clusters/prod",
                "Deployment/apps/api/api:limits.cpu@clusters/prod", "Deployment/apps/api/api:limits.memory@clusters/prod"),
                names(kustomize, "base/api/deployment.yaml").stream().filter(n -> n.endsWith("@clusters/prod")).toList());
        Declaration stagingCpu = only(kustomize, "base/api/deployment.yaml", "Deployment/apps-staging/api/api:requests.cpu@clusters/staging");
        kustomize.assertVersion(stagingCpu, "1000m");
        assertEquals(prodMemory.span(), only(kustomize, "base/api/deployment.yaml",
                "Deployment/apps-staging/api/api:requests.memory@clusters/staging").span(), "both overlays read the base's bytes");
        assertTrue(names(kustomize, "base/api/deployment.yaml").stream().noneMatch(n -> n.contains("@base")),
                "a base other kustomizations include is built by them, not on its own");
    }
}
