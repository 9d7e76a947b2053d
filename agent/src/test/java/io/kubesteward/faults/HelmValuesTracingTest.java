package io.kubesteward.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubesteward.render.TarBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rightsizing written at the Helm values keys that really feed each container, found by rendering the charts fetched
 * over HTTP: a {@code <component>.resources} key in a values file an Argo CD Application names in {@code valueFiles}, a
 * bundled dependency's key under its alias and another's under its name in a helmfile release's values file, and a
 * chart that writes its resources itself (reported, not edited).
 */
class HelmValuesTracingTest {
    private static final String INDEX = """
            apiVersion: v1
            entries:
              web:
              - {name: web, version: 1.1.0, created: "2024-03-02T03:04:05Z", urls: [web-1.1.0.tgz]}
              - {name: web, version: 1.0.0, created: "2024-01-02T03:04:05Z", urls: [web-1.0.0.tgz]}
              stack:
              - {name: stack, version: 2.0.0, created: "2024-01-02T03:04:05Z", urls: [stack-2.0.0.tgz]}
              fixed:
              - {name: fixed, version: 1.0.0, created: "2024-01-02T03:04:05Z", urls: [fixed-1.0.0.tgz]}
              echo:
              - {name: echo, version: 1.0.0, created: "2024-01-02T03:04:05Z", urls: [echo-1.0.0.tgz]}
              gone:
              - {name: gone, version: 1.0.0, created: "2024-01-02T03:04:05Z", urls: [gone-1.0.0.tgz]}
            """;
    private static final String LABELS = """
              labels:
                app.kubernetes.io/instance: {{ .Release.Name }}
                app.kubernetes.io/managed-by: {{ .Release.Service }}
            """;

    private static Path dir;
    private static JsonNode report;
    private static Path out;

    /** The web chart; its Secret holds a password made up anew at every render, as charts' generated secrets are. */
    private static byte[] web() {
        return new TarBuilder().file("web/Chart.yaml", "apiVersion: v2\nname: web\nversion: 1.0.0\n")
                .file("web/values.yaml", "replicas: 1\nweb:\n  resources:\n    requests: {cpu: 100m, memory: 128Mi}\ninit:\n  resources: {}\n")
                .file("web/templates/secret.yaml", """
                        apiVersion: v1
                        kind: Secret
                        metadata:
                          name: {{ .Release.Name }}-{{ .Chart.Name }}
                        data:
                          password: {{ randAlphaNum 16 | b64enc }}
                        """)
                .file("web/templates/deploy.yaml", webDeployment("""
                              initContainers:
                                - name: init
                                  resources: {{- toYaml .Values.init.resources | nindent 12 }}
                        """, ".Values.web.resources")).tgz();
    }

    /** The web chart's next version, which reads the resources at {@code resources}, no longer at {@code web.resources}. */
    private static byte[] webNext() {
        return new TarBuilder().file("web/Chart.yaml", "apiVersion: v2\nname: web\nversion: 1.1.0\n")
                .file("web/values.yaml", "replicas: 1\nresources:\n  requests: {cpu: 100m, memory: 128Mi}\n")
                .file("web/templates/deploy.yaml", webDeployment("", ".Values.resources")).tgz();
    }

    /** The web chart's Deployment: {@code init} before its containers, its container's resources from {@code resources}. */
    private static String webDeployment(String init, String resources) {
        return """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: {{ .Release.Name }}-{{ .Chart.Name }}
                %s
                spec:
                  replicas: {{ .Values.replicas }}
                  template:
                    spec:
                %s      containers:
                        - name: web
                          resources: {{- toYaml %s | nindent 12 }}
                """.formatted(LABELS, init, resources);
    }

    /** A chart bundling {@code redis} (aliased {@code cache}) as a folder and {@code exporter} as an archive. */
    private static byte[] stack() {
        byte[] exporter = new TarBuilder().file("exporter/Chart.yaml", "apiVersion: v2\nname: exporter\nversion: 0.1.0\n")
                .file("exporter/values.yaml", "resources:\n  requests:\n    cpu: 50m\n")
                .file("exporter/templates/deploy.yaml", """
                        apiVersion: apps/v1
                        kind: Deployment
                        metadata:
                          name: {{ .Release.Name }}-exporter
                        %s
                        spec:
                          template:
                            spec:
                              containers:
                                - name: exporter
                                  {{- with .Values.resources }}
                                  resources: {{- toYaml . | nindent 12 }}
                                  {{- end }}
                        """.formatted(LABELS)).tgz();
        return new TarBuilder().file("stack/Chart.yaml", """
                        apiVersion: v2
                        name: stack
                        version: 2.0.0
                        dependencies:
                          - {name: redis, version: 1.0.0, alias: cache}
                          - {name: exporter, version: 0.1.0}
                        """)
                .file("stack/values.yaml", "cache:\n  master: {}\n")
                .file("stack/charts/redis/Chart.yaml", "apiVersion: v2\nname: redis\nversion: 1.0.0\n")
                .file("stack/charts/redis/values.yaml", "master:\n  resources:\n    requests: {memory: 256Mi}\n")
                .file("stack/charts/redis/templates/sts.yaml", """
                        apiVersion: apps/v1
                        kind: StatefulSet
                        metadata:
                          name: {{ .Release.Name }}-cache
                        %s
                        spec:
                          template:
                            spec:
                              containers:
                                - name: redis
                                  resources: {{- toYaml .Values.master.resources | nindent 12 }}
                        """.formatted(LABELS))
                .entry("stack/charts/exporter-0.1.0.tgz", '0', exporter).tgz();
    }

    private static byte[] fixed() {
        return new TarBuilder().file("fixed/Chart.yaml", "apiVersion: v2\nname: fixed\nversion: 1.0.0\n")
                .file("fixed/values.yaml", "resources: {}\n")
                .file("fixed/templates/deploy.yaml", """
                        apiVersion: apps/v1
                        kind: Deployment
                        metadata:
                          name: {{ .Release.Name }}
                        %s
                        spec:
                          template:
                            spec:
                              containers:
                                - name: fixed
                                  resources:
                                    requests: {cpu: 100m}
                        """.formatted(LABELS)).tgz();
    }

    /** A chart that also copies its CPU request into an environment variable: the key feeds more than the request. */
    private static byte[] echo() {
        return new TarBuilder().file("echo/Chart.yaml", "apiVersion: v2\nname: echo\nversion: 1.0.0\n")
                .file("echo/values.yaml", "resources:\n  requests: {cpu: 100m}\n")
                .file("echo/templates/deploy.yaml", """
                        apiVersion: apps/v1
                        kind: Deployment
                        metadata:
                          name: {{ .Release.Name }}
                        %s
                        spec:
                          template:
                            spec:
                              containers:
                                - name: echo
                                  env:
                                    - {name: CPU, value: {{ .Values.resources.requests.cpu | quote }}}
                                  resources: {{- toYaml .Values.resources | nindent 12 }}
                        """.formatted(LABELS)).tgz();
    }

    @BeforeAll
    static void plan(@TempDir Path temp) throws Exception {
        dir = temp;
        try (HostileServer charts = HostileServer.start()) {
            charts.on("/charts/index.yaml", HostileServer.ok(INDEX));
            charts.on("/charts/web-1.0.0.tgz", HostileServer.bytes(web()));
            charts.on("/charts/web-1.1.0.tgz", HostileServer.bytes(webNext()));
            charts.on("/charts/stack-2.0.0.tgz", HostileServer.bytes(stack()));
            charts.on("/charts/fixed-1.0.0.tgz", HostileServer.bytes(fixed()));
            charts.on("/charts/echo-1.0.0.tgz", HostileServer.bytes(echo()));
            String url = charts.url("/charts");
            Path repo = Files.createDirectories(dir.resolve("repo"));
            write(repo, "argo/web.yaml", """
                    apiVersion: argoproj.io/v1alpha1
                    kind: Application
                    metadata: {name: web, namespace: argocd}
                    spec:
                      destination: {namespace: apps}
                      sources:
                        - repoURL: %s
                          chart: web
                          targetRevision: 1.0.0
                          helm:
                            valueFiles: [$values/apps/web/values.yaml, $values/apps/web/values-prod.yaml]
                        - repoURL: https://git.example.com/gitops.git
                          ref: values
                    """.formatted(url));
            write(repo, "apps/web/values.yaml", "web:\n  resources:\n    requests:\n      cpu: \"200m\"\n");
            write(repo, "apps/web/values-prod.yaml", "replicas: 2\nweb:\n  resources:\n    requests:\n      memory: 256Mi\n");
            write(repo, "helmfile.yaml", """
                    repositories:
                      - name: charts
                        url: %s
                    releases:
                      - name: stack
                        namespace: data
                        chart: charts/stack
                        version: 2.0.0
                        values:
                          - values/stack.yaml
                    """.formatted(url));
            write(repo, "values/stack.yaml", "# the data stack's values\ncache:\n    master:\n        resources:\n            limits:\n"
                    + "                memory: 1Gi\n");
            write(repo, "tools/fixed.yaml", """
                    apiVersion: helm.toolkit.fluxcd.io/v2
                    kind: HelmRelease
                    metadata: {name: fixed, namespace: tools}
                    spec:
                      chart:
                        spec:
                          chart: fixed
                          version: 1.0.0
                          sourceRef: {kind: HelmRepository, name: charts, namespace: flux-system}
                    """);
            write(repo, "site/kustomization.yaml", """
                    helmCharts:
                      - name: web
                        repo: %s
                        version: 1.0.0
                        releaseName: site
                        namespace: web
                        valuesInline:
                          replicas: 2
                      - name: web
                        repo: %s
                        version: 1.0.0
                        releaseName: blog
                        namespace: web
                        valuesInline:
                          replicas: 1
                    """.formatted(url, url));
            String fixedRelease = Files.readString(repo.resolve("tools/fixed.yaml"));
            write(repo, "tools/gone.yaml", fixedRelease.replace("fixed", "gone"));
            write(repo, "tools/secretive.yaml", fixedRelease.replace("name: fixed", "name: secretive").replace("chart: fixed", "chart: web")
                    + "  valuesFrom:\n    - {kind: Secret, name: web-values}\n");
            write(repo, "edge/Chart.yaml", """
                    apiVersion: v2
                    name: edge
                    version: 0.1.0
                    dependencies:
                      - name: web
                        version: 1.0.0
                        repository: %s
                        alias: front
                      - name: web
                        version: 1.0.0
                        repository: %s
                        alias: back
                    """.formatted(url, url));
            write(repo, "edge/values.yaml", "front:\n  replicas: 1\nglobal: {}\n");
            // no namespace: the same HelmRelease applied in two namespaces (one Flux Kustomization each) makes two releases
            write(repo, "shared/release.yaml", fixedRelease.replace("{name: fixed, namespace: tools}", "{name: shared}")
                    .replace("chart: fixed", "chart: web"));
            write(repo, "tools/drifted.yaml", fixedRelease.replace("name: fixed", "name: drifted").replace("chart: fixed", "chart: web"));
            // the cluster runs web 1.0.0; the repository declares 1.1.0 already, which reads the resources elsewhere
            write(repo, "tools/moving.yaml", fixedRelease.replace("name: fixed", "name: moving").replace("chart: fixed", "chart: web")
                    .replace("version: 1.0.0", "version: 1.1.0"));
            write(repo, "tools/echo.yaml", Files.readString(repo.resolve("tools/fixed.yaml")).replace("fixed", "echo"));
            write(repo, "tools/repository.yaml", "apiVersion: source.toolkit.fluxcd.io/v1\nkind: HelmRepository\n"
                    + "metadata: {name: charts, namespace: flux-system}\nspec: {url: " + url + "}\n");
            Path cluster = ClusterSnapshots.write(dir.resolve("cluster"));
            Path config = Files.writeString(dir.resolve("steward.yaml"), "apiVersion: steward.io/v1alpha1\nkind: Config\n"
                    + "http: {retries: 1, timeout: 5s, allowedHosts: [127.0.0.1]}\n");
            out = dir.resolve("out");
            report = new StewardCli().run("plan", "--repo", repo.toString(), "--config", config.toString(), "--cluster", cluster.toString(),
                    "--output", "json", "--out", out.toString()).exits(0).json();
        }
    }

    private static void write(Path repo, String path, String content) throws Exception {
        Files.createDirectories(repo.resolve(path).getParent());
        Files.writeString(repo.resolve(path), content);
    }

    @Test
    void an_argo_cd_value_file_gets_each_value_where_it_is_set_in_its_own_quotes() throws Exception {
        JsonNode web = workload("apps", "web-web");
        assertEquals("helm-values", web.get("placement").asText(), web::toString);
        assertEquals("steward/rightsizing/web", web.get("branch").asText(), web::toString);
        String patch = Files.readString(out.resolve("steward_rightsizing_web.patch"));
        assertTrue(patch.contains("--- a/apps/web/values.yaml\n") && patch.contains("-      cpu: \"200m\"\n+      cpu: \"" + proposed(web, "web", "cpu", "request")
                + "\"\n"), patch);
        assertTrue(patch.contains("--- a/apps/web/values-prod.yaml\n") && patch.contains("-      memory: 256Mi\n+      memory: "
                + proposed(web, "web", "memory", "request") + "\n"), patch);
        JsonNode cpu = value(web, "web", "cpu", "request");
        assertEquals("web.resources.requests.cpu", cpu.get("valuesKey").asText());
        assertEquals("apps/web/values.yaml", cpu.get("file").asText());
        String body = Files.readString(out.resolve("steward_rightsizing_web.md"));
        assertTrue(body.contains("Helm release apps/web: rendered again with the edited values"), body);
    }

    @Test
    void a_helmfile_release_gets_an_aliased_sub_chart_key_and_a_bundled_archive_chart_key_in_its_values_file() throws Exception {
        JsonNode cache = workload("data", "stack-cache");
        JsonNode exporter = workload("data", "stack-exporter");
        assertEquals("helm-values", cache.get("placement").asText(), cache::toString);
        assertEquals("cache.master.resources.requests.memory", value(cache, "redis", "memory", "request").get("valuesKey").asText());
        assertEquals("exporter.resources.requests.cpu", value(exporter, "exporter", "cpu", "request").get("valuesKey").asText());
        String patch = Files.readString(out.resolve("steward_rightsizing_stack.patch"));
        String file = Files.readString(dir.resolve("repo/values/stack.yaml"));
        // added after the keys already there, in the file's four-space indentation
        String edited = file + "            requests:\n                memory: " + proposed(cache, "redis", "memory", "request") + "\n"
                + "exporter:\n    resources:\n        requests:\n            cpu: " + proposed(exporter, "exporter", "cpu", "request") + "\n";
        assertEquals(edited, applied(file, patch, "values/stack.yaml"), patch);
        String body = Files.readString(out.resolve("steward_rightsizing_stack.md"));
        assertTrue(body.contains("Helm release data/stack: rendered again with the edited values"), body);
        assertTrue(body.contains("| memory request | `cache.master.resources.requests.memory` (added) | `256Mi` |"), body);
    }

    @Test
    void a_chart_that_writes_its_resources_itself_is_reported_with_the_template_and_not_edited() {
        JsonNode fixed = workload("tools", "fixed");
        assertEquals("helm-values", fixed.get("placement").asText(), fixed::toString);
        assertTrue(fixed.get("branch").isNull(), fixed::toString);
        assertTrue(fixed.get("held").asText().contains("the chart writes requests.cpu itself (fixed/templates/deploy.yaml), whatever the"
                + " values say"), fixed::toString);
        assertTrue(Files.notExists(out.resolve("steward_rightsizing_fixed.patch")));
    }

    @Test
    void an_edit_that_changes_more_than_the_resources_when_rendered_again_is_held_with_what_else_changed() {
        JsonNode echo = workload("tools", "echo");
        assertTrue(echo.get("branch").isNull(), echo::toString);
        assertEquals("helm-release", echo.get("placement").asText(), echo::toString);
        assertTrue(echo.get("source").asText().contains("rendered again with the edited values, release tools/echo changes otherwise than"
                + " proposed: Deployment tools/echo: spec.template.spec.containers[name=echo].env[name=CPU].value: 100m → 300m"), echo::toString);
        assertTrue(Files.notExists(out.resolve("steward_rightsizing_echo.patch")));
    }

    @Test
    void a_kustomize_helm_chart_gets_its_keys_added_to_values_inline() throws Exception {
        JsonNode site = workload("web", "site-web");
        JsonNode blog = workload("web", "blog-web");
        assertEquals("helm-values", site.get("placement").asText(), site::toString);
        assertEquals(site.get("branch").asText(), blog.get("branch").asText(), blog::toString);
        String patch = Files.readString(out.resolve("steward_rightsizing_site.patch"));
        String file = Files.readString(dir.resolve("repo/site/kustomization.yaml"));
        // the lines added to the first entry move the second, whose edit is confirmed where it lies after them
        assertEquals(file.replace("      replicas: 2\n", "      replicas: 2\n      web:\n        resources:\n          requests:\n            cpu: "
                        + proposed(site, "web", "cpu", "request") + "\n") + "      web:\n        resources:\n          requests:\n            cpu: "
                        + proposed(blog, "web", "cpu", "request") + "\n", applied(file, patch, "site/kustomization.yaml"), patch);
        String body = Files.readString(out.resolve("steward_rightsizing_site.md"));
        assertTrue(body.contains("Helm release web/blog: rendered again with the edited values"), body);
    }

    @Test
    void an_umbrella_charts_dependencies_get_their_keys_under_their_aliases_in_the_umbrellas_values() throws Exception {
        // Helm renames an aliased dependency: its objects and helm.sh/chart label carry the alias (edge-front, front-1.0.0)
        JsonNode front = workload("edge", "edge-front");
        JsonNode back = workload("edge", "edge-back");
        for (JsonNode edge : List.of(front, back)) {
            assertEquals("helm-values", edge.get("placement").asText(), edge::toString);
            assertEquals("web.resources.requests.cpu", value(edge, "web", "cpu", "request").get("valuesKey").asText());
            assertEquals("steward/rightsizing/edge", edge.get("branch").asText(), edge::toString);
        }
        String patch = Files.readString(out.resolve("steward_rightsizing_edge.patch"));
        String file = Files.readString(dir.resolve("repo/edge/values.yaml"));
        assertEquals(file.replace("  replicas: 1\n", "  replicas: 1\n  web:\n    resources:\n      requests:\n        cpu: "
                + proposed(front, "web", "cpu", "request") + "\n") + "back:\n  web:\n    resources:\n      requests:\n        cpu: "
                + proposed(back, "web", "cpu", "request") + "\n", applied(file, patch, "edge/values.yaml"), patch);
        String body = Files.readString(out.resolve("steward_rightsizing_edge.md"));
        assertTrue(body.contains("Helm release edge/edge: rendered again with the edited values, its containers get exactly the proposed"
                + " resources and nothing else it renders changes"), body);
    }

    @Test
    void one_declaration_that_makes_two_releases_gets_no_value_written_for_either() {
        for (String namespace : List.of("tools", "web")) {
            JsonNode shared = workload(namespace, "shared-web");
            assertTrue(shared.get("branch").isNull(), shared::toString);
            assertTrue(shared.get("source").asText().contains("shared/release.yaml makes Helm releases tools/shared and web/shared from one"
                    + " declaration"), shared::toString);
        }
    }

    @Test
    void a_release_that_runs_otherwise_than_its_values_render_is_held_until_they_agree() {
        JsonNode drifted = workload("tools", "drifted-web");
        assertTrue(drifted.get("branch").isNull(), drifted::toString);
        assertTrue(drifted.get("source").asText().contains("the repository's values render requests.cpu 100m for container web but it runs"
                + " with 300m: the cluster does not run what the repository says"), drifted::toString);
    }

    @Test
    void a_password_the_chart_makes_up_at_every_render_does_not_stop_the_edit_being_confirmed() throws Exception {
        JsonNode web = workload("apps", "web-web");
        assertEquals("steward/rightsizing/web", web.get("branch").asText(), web::toString);
        String body = Files.readString(out.resolve("steward_rightsizing_web.md"));
        assertTrue(body.contains("Helm release apps/web: rendered again with the edited values, its containers get exactly"), body);
    }

    @Test
    void an_edit_that_the_declared_chart_version_would_not_read_is_held_with_that_version_named() {
        JsonNode moving = workload("tools", "moving-web");
        assertTrue(moving.get("branch").isNull(), moving::toString);
        String source = moving.get("source").asText();
        assertTrue(source.contains("rendered again with the edited values at chart version 1.1.0, release tools/moving changes otherwise"
                + " than proposed") && source.contains("does not get requests.cpu"), source);
    }

    @Test
    void values_from_a_secret_that_may_set_the_resources_and_a_chart_that_cannot_be_fetched_are_reported_with_why() {
        JsonNode secretive = workload("tools", "secretive-web");
        assertEquals("helm-release", secretive.get("placement").asText(), secretive::toString);
        assertTrue(secretive.get("source").asText().contains("the repository's values render requests.cpu 100m for container web but it"
                + " runs with 900m, and values Steward cannot read may set it: values from Secret web-values"), secretive::toString);
        JsonNode gone = workload("tools", "gone");
        assertEquals("helm-release", gone.get("placement").asText(), gone::toString);
        assertTrue(gone.get("source").asText().contains("gone 1.0.0") && gone.get("source").asText().contains("404"), gone::toString);
    }

    @Test
    void an_init_container_is_reported_beside_the_changed_one_and_its_key_left_alone() throws Exception {
        String patch = Files.readString(out.resolve("steward_rightsizing_web.patch"));
        assertTrue(!patch.contains("init"), patch);
        JsonNode web = workload("apps", "web-web");
        JsonNode init = null;
        for (JsonNode c : web.get("containers")) {
            init = c.get("name").asText().equals("init") ? c : init;
        }
        assertTrue(init != null && init.get("action").asText().equals("keep")
                && init.get("reason").asText().contains("reported only; the VPA does not size init containers"), web::toString);
        assertEquals("change", web.get("containers").get(1).get("action").asText(), web::toString);
    }

    private static JsonNode workload(String namespace, String name) {
        for (JsonNode w : report.get("rightsizing").get("workloads")) {
            if (w.get("namespace").asText().equals(namespace) && w.get("name").asText().equals(name)) {
                return w;
            }
        }
        throw new AssertionError("no workload " + namespace + "/" + name + " in " + report.get("rightsizing"));
    }

    private static JsonNode value(JsonNode workload, String container, String resource, String field) {
        for (JsonNode c : workload.get("containers")) {
            if (c.get("name").asText().equals(container)) {
                for (JsonNode v : c.get("values")) {
                    if (v.get("resource").asText().equals(resource) && v.get("field").asText().equals(field)) {
                        return v;
                    }
                }
            }
        }
        throw new AssertionError("no " + resource + " " + field + " of " + container + " in " + workload);
    }

    private static String proposed(JsonNode workload, String container, String resource, String field) {
        JsonNode v = value(workload, container, resource, field);
        assertEquals("change", v.get("status").asText(), v::toString);
        return v.get("proposed").asText();
    }

    /** The file after the patch's hunks for it, applied by the real git. */
    private static String applied(String original, String patch, String path) throws Exception {
        Path work = Files.createDirectories(dir.resolve("apply"));
        Files.createDirectories(work.resolve(path).getParent());
        Files.writeString(work.resolve(path), original);
        Path patchFile = Files.writeString(dir.resolve("p.patch"), patch);
        Process git = new ProcessBuilder("git", "apply", "--include=" + path, patchFile.toString()).directory(work.toFile())
                .redirectErrorStream(true).start();
        String said = new String(git.getInputStream().readAllBytes());
        assertEquals(0, git.waitFor(), said);
        return Files.readString(work.resolve(path));
    }
}
