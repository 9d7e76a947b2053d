#!/usr/bin/env python3
"""Regenerates the demo chart repositories: tiny but valid chart archives and Helm-style index.yaml files.

Run from anywhere: python3 examples/chart-repo/generate.py. Output is deterministic (fixed dates, fixed
tar metadata), so re-running it changes nothing unless this file changes.
"""
import gzip, hashlib, io, os, tarfile

HERE = os.path.dirname(os.path.abspath(__file__))

# repo folder -> chart -> [(version, appVersion, created, extra annotations)]
REPOS = {
    "ingress-nginx": {"ingress-nginx": [
        ("4.10.1", "1.10.1", "2024-05-08T10:11:12Z"),
        ("4.10.3", "1.10.3", "2024-07-10T09:00:00Z"),
        ("4.11.2", "1.11.2", "2024-08-15T14:00:00Z"),
    ]},
    "jetstack": {"cert-manager": [
        ("v1.14.5", "v1.14.5", "2024-04-18T10:00:00Z"),
        ("v1.15.3", "v1.15.3", "2024-08-14T14:56:04Z"),
        ("v1.16.0-alpha.0", "v1.16.0-alpha.0", "2024-09-02T08:00:00Z"),
    ]},
    "podinfo": {"podinfo": [
        ("6.4.0", "6.4.0", "2023-07-18T12:00:00Z"),
        ("6.5.0", "6.5.0", "2023-10-02T12:00:00Z"),
        ("6.5.4", "6.5.4", "2023-12-12T12:00:00Z"),
        ("6.7.1", "6.7.1", "2024-09-30T12:00:00Z"),
        ("7.0.0", "7.0.0", "2025-01-20T12:00:00Z"),
    ]},
    "external-dns": {"external-dns": [
        ("1.14.4", "0.14.1", "2024-04-04T09:00:00Z"),
        ("1.14.5", "0.14.2", "2024-06-11T09:00:00Z"),
        ("1.15.0", "0.15.0", "2024-09-04T09:00:00Z"),
    ]},
    "bitnami": {"redis": [
        ("18.6.1", "7.2.4", "2023-12-21T10:00:00Z"),
    ]},
}

CHANGES = {
    ("podinfo", "7.0.0"): "- kind: changed\n  description: \"Values 'ui.color' renamed to 'ui.colour' (see #512, thanks @stefanprodan)\"\n"
                          "- kind: removed\n  description: Dropped support for Kubernetes < 1.25\n",
    ("ingress-nginx", "4.11.2"): "- kind: fixed\n  description: Update controller image to v1.11.2\n",
}
HOMES = {"ingress-nginx": "https://github.com/kubernetes/ingress-nginx", "cert-manager": "https://cert-manager.io",
         "redis": "https://github.com/bitnami/charts/tree/main/bitnami/redis",
         "podinfo": "https://github.com/stefanprodan/podinfo", "external-dns": "https://github.com/kubernetes-sigs/external-dns"}
KUBE = {"cert-manager": ">= 1.22.0-0", "podinfo": ">=1.23.0-0"}


def chart_yaml(name, version, app_version):
    return (f"apiVersion: v2\nname: {name}\nversion: {version}\nappVersion: \"{app_version}\"\n"
            f"description: {description(name)}\ntype: application\n")


def description(name):
    what = "its workload only, resources from values as in the real chart" if name in TEMPLATES else "metadata only"
    return f"Demo copy of {name} for Steward's examples ({what})"

# The workloads the demo cluster runs, rendered as the real charts render them: each container's resources come from
# the values key the real chart uses, so rightsizing can trace them by rendering.
LABELS = """  labels:
    app.kubernetes.io/name: {chart}
    app.kubernetes.io/instance: {{{{ .Release.Name }}}}
    app.kubernetes.io/managed-by: {{{{ .Release.Service }}}}
    helm.sh/chart: {chart}-{{{{ .Chart.Version }}}}
"""
SELECTOR = """  selector:
    matchLabels:
      app.kubernetes.io/name: {chart}
      app.kubernetes.io/instance: {{{{ .Release.Name }}}}
"""
POD_LABELS = """    metadata:
      labels:
        app.kubernetes.io/name: {chart}
        app.kubernetes.io/instance: {{{{ .Release.Name }}}}
"""
TEMPLATES = {
    "podinfo": ("replicaCount: 1\nresources:\n  limits: {}\n  requests:\n    cpu: 1m\n    memory: 16Mi\n",
                "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\n" + LABELS.format(chart="podinfo")
                + "spec:\n  replicas: {{ .Values.replicaCount }}\n" + SELECTOR.format(chart="podinfo") + "  template:\n"
                + POD_LABELS.format(chart="podinfo") + "    spec:\n      containers:\n        - name: podinfod\n"
                + "          image: \"ghcr.io/stefanprodan/podinfo:{{ .Chart.AppVersion }}\"\n          resources:\n"
                + "            {{- toYaml .Values.resources | nindent 12 }}\n"),
    "external-dns": ("provider:\n  name: aws\nresources:\n  requests:\n    cpu: 200m\n    memory: 256Mi\n  limits:\n    memory: 256Mi\n",
                     "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\n" + LABELS.format(chart="external-dns")
                     + "spec:\n  replicas: 1\n" + SELECTOR.format(chart="external-dns") + "  template:\n"
                     + POD_LABELS.format(chart="external-dns") + "    spec:\n      containers:\n        - name: external-dns\n"
                     + "          image: \"registry.k8s.io/external-dns/external-dns:v{{ .Chart.AppVersion }}\"\n"
                     + "          args:\n            - --provider={{ .Values.provider.name }}\n"
                     + "          {{- with .Values.resources }}\n          resources:\n            {{- toYaml . | nindent 12 }}\n"
                     + "          {{- end }}\n"),
    "redis": ("architecture: standalone\nmaster:\n  resourcesPreset: nano\n  resources:\n    requests:\n      cpu: 100m\n"
              "      memory: 256Mi\n    limits:\n      memory: 256Mi\nreplica:\n  replicaCount: 3\n  resourcesPreset: nano\n  resources: {}\n",
              "apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: {{ .Release.Name }}-master\n" + LABELS.format(chart="redis")
              + "spec:\n  replicas: 1\n  serviceName: {{ .Release.Name }}-headless\n" + SELECTOR.format(chart="redis") + "  template:\n"
              + POD_LABELS.format(chart="redis") + "    spec:\n      containers:\n        - name: redis\n"
              + "          image: docker.io/bitnami/redis:{{ .Chart.AppVersion }}-debian-11-r5\n"
              + "          {{- if .Values.master.resources }}\n          resources: {{- toYaml .Values.master.resources | nindent 12 }}\n"
              + "          {{- else if ne .Values.master.resourcesPreset \"none\" }}\n          resources:\n"
              + "            requests: {cpu: 100m, memory: 128Mi}\n          {{- end }}\n"),
}


def archive(name, version, app_version):
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as gz:
        with tarfile.open(fileobj=gz, mode="w", format=tarfile.USTAR_FORMAT) as tar:
            values, workload = TEMPLATES.get(name, ("replicaCount: 1\n", None))
            files = [(f"{name}/Chart.yaml", chart_yaml(name, version, app_version)), (f"{name}/values.yaml", values),
                     (f"{name}/templates/NOTES.txt", f"{name} {version}\n")]
            if workload:
                files.append((f"{name}/templates/workload.yaml", workload))
            for path, text in files:
                data = text.encode()
                info = tarfile.TarInfo(path)
                info.size, info.mtime, info.mode = len(data), 0, 0o644
                tar.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def quote(s):
    return "'" + s.replace("'", "''") + "'"


def main():
    for repo, charts in REPOS.items():
        folder = os.path.join(HERE, repo)
        os.makedirs(folder, exist_ok=True)
        lines = ["apiVersion: v1", "entries:"]
        for name, versions in charts.items():
            lines.append(f"  {name}:")
            for version, app_version, created in sorted(versions, key=lambda v: v[2], reverse=True):
                tgz = archive(name, version, app_version)
                file = f"{name}-{version}.tgz"
                with open(os.path.join(folder, file), "wb") as f:
                    f.write(tgz)
                lines.append("  - apiVersion: v2")
                change = CHANGES.get((name, version))
                if change:
                    lines.append("    annotations:")
                    lines.append("      artifacthub.io/changes: |")
                    lines.extend("        " + l for l in change.splitlines())
                lines.append(f"    appVersion: {quote(app_version)}")
                lines.append(f"    created: {quote(created)}")
                lines.append(f"    description: {description(name)}")
                lines.append(f"    digest: {hashlib.sha256(tgz).hexdigest()}")
                lines.append(f"    home: {HOMES[name]}")
                if name in KUBE:
                    lines.append(f"    kubeVersion: {quote(KUBE[name])}")
                lines.append(f"    name: {name}")
                lines.append(f"    sources:\n    - {HOMES[name]}")
                lines.append("    type: application")
                lines.append(f"    urls:\n    - {file}")
                lines.append(f"    version: {version}")
        lines.append("generated: '2025-01-20T12:00:00Z'")
        with open(os.path.join(folder, "index.yaml"), "w") as f:
            f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
