package io.kubesteward.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** A small GitOps repository on disk and the config beside it, written the way a user would. */
final class GitopsRepo {
    static final String TOKEN = "stw_canary_3d1f9a77c0de_never_print";

    private final Path root;
    private final Path config;
    private final Map<String, String> charts = new LinkedHashMap<>();
    private String http = "{retries: 1, timeout: 1s, connectTimeout: 1s, maxIndexSize: 1Mi, allowedHosts: [127.0.0.1]}";
    private String extraConfig = "";

    GitopsRepo(Path dir) throws IOException {
        this.root = Files.createDirectories(dir.resolve("repo"));
        this.config = dir.resolve("steward.yaml");
        Files.writeString(dir.resolve("token"), TOKEN + "\n");
    }

    Path root() {
        return root;
    }

    Path config() {
        return config;
    }

    /** A Chart.yaml dependency on {@code chart} 1.0.0 from {@code repositoryUrl}, whose config sends {@link #TOKEN}. */
    GitopsRepo chart(String chart, String repositoryUrl) {
        charts.put(chart, repositoryUrl);
        return this;
    }

    GitopsRepo http(String flowMapping) {
        this.http = flowMapping;
        return this;
    }

    GitopsRepo config(String yaml) {
        this.extraConfig = yaml;
        return this;
    }

    /** Writes Chart.yaml and the config; returns the arguments of {@code steward plan --output json}. */
    String[] plan() throws IOException {
        StringBuilder chart = new StringBuilder("apiVersion: v2\nname: umbrella\nversion: 0.1.0\ndependencies:\n");
        StringBuilder repos = new StringBuilder();
        charts.forEach((name, url) -> {
            chart.append("  - name: ").append(name).append("\n    version: 1.0.0\n    repository: ").append(url).append('\n');
            repos.append("  - url: ").append(url).append("\n    auth:\n      tokenFrom: {file: ")
                    .append(config.resolveSibling("token")).append("}\n");
        });
        Files.writeString(root.resolve("Chart.yaml"), chart);
        Files.writeString(config, "apiVersion: steward.io/v1alpha1\nkind: Config\nrepositories:\n" + repos
                + "http: " + http + "\n" + extraConfig);
        return new String[] {"plan", "--repo", root.toString(), "--config", config.toString(), "--output", "json"};
    }

    /** An index offering {@code chart} 1.0.0 and 1.1.0. */
    static String index(String chart) {
        return """
                apiVersion: v1
                entries:
                  %1$s:
                  - version: 1.1.0
                    created: "2026-01-02T03:04:05Z"
                    urls: [%1$s-1.1.0.tgz]
                  - version: 1.0.0
                    created: "2025-06-01T00:00:00Z"
                    urls: [%1$s-1.0.0.tgz]
                """.formatted(chart);
    }
}
