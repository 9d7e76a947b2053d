#!/usr/bin/env python3
"""Generates the Helm-tracing benchmark input: CHARTS charts, each rendering COMPONENTS Deployments whose resources
come from `<component>.resources`, one Flux HelmRelease per chart, and a cluster snapshot with every workload and a
VPA recommending more than runs (so each release's workloads are traced, edited and rendered again).

    bench/helm-fleet.py OUT [charts] [components]      (defaults: 20, 10: 200 workloads)

Writes OUT/charts (a chart repository folder: index.yaml and archives), OUT/repo (the GitOps repository),
OUT/cluster (the snapshot) and OUT/config.yaml (a mirror of https://charts.bench.example to OUT/charts,
every host but 127.0.0.1 refused). Deterministic."""
import gzip, hashlib, io, os, sys, tarfile

out = sys.argv[1]
charts = int(sys.argv[2]) if len(sys.argv) > 2 else 20
components = int(sys.argv[3]) if len(sys.argv) > 3 else 10
URL = "https://charts.bench.example"


def tgz(files):
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as gz:
        with tarfile.open(fileobj=gz, mode="w", format=tarfile.USTAR_FORMAT) as tar:
            for path, text in files:
                data = text.encode()
                info = tarfile.TarInfo(path)
                info.size, info.mtime, info.mode = len(data), 0, 0o644
                tar.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def chart(name):
    values = "".join(f"component{j}:\n  enabled: true\n  replicas: 1\n  resources:\n    requests:\n      cpu: 100m\n      memory: 128Mi\n"
                     f"    limits:\n      memory: 256Mi\n" for j in range(components))
    files = [(f"{name}/Chart.yaml", f"apiVersion: v2\nname: {name}\nversion: 1.0.0\n"), (f"{name}/values.yaml", values),
             (f"{name}/templates/_helpers.tpl", '{{- define "labels" -}}\napp.kubernetes.io/instance: {{ .Release.Name }}\n'
                                                'app.kubernetes.io/managed-by: {{ .Release.Service }}\n{{- end }}\n')]
    for j in range(components):
        files.append((f"{name}/templates/component{j}.yaml", f"""{{{{- if .Values.component{j}.enabled }}}}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{{{ .Release.Name }}}}-c{j}
  labels: {{{{- include "labels" . | nindent 4 }}}}
spec:
  replicas: {{{{ .Values.component{j}.replicas }}}}
  template:
    metadata:
      annotations:
        checksum/config: {{{{ toJson .Values.component{j} | sha256sum }}}}
    spec:
      containers:
        - name: app
          image: registry.example.com/{name}/c{j}:1.0.0
          resources: {{{{- toYaml .Values.component{j}.resources | nindent 12 }}}}
---
apiVersion: v1
kind: Service
metadata:
  name: {{{{ .Release.Name }}}}-c{j}
spec:
  ports: [{{port: 80}}]
{{{{- end }}}}
"""))
    return tgz(files)


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


index = ["apiVersion: v1", "entries:"]
for i in range(charts):
    name = f"app{i:02d}"
    data = chart(name)
    os.makedirs(f"{out}/charts", exist_ok=True)
    with open(f"{out}/charts/{name}-1.0.0.tgz", "wb") as f:
        f.write(data)
    index += [f"  {name}:", f"  - {{name: {name}, version: 1.0.0, created: '2024-01-02T03:04:05Z', digest: {hashlib.sha256(data).hexdigest()},"
                             f" urls: [{name}-1.0.0.tgz]}}"]
    sets = "" if i % 2 else "  values:\n    component0:\n      resources:\n        requests:\n          cpu: 100m\n"
    write(f"{out}/repo/apps/{name}.yaml", f"""apiVersion: helm.toolkit.fluxcd.io/v2
kind: HelmRelease
metadata:
  name: {name}
  namespace: bench
spec:
  interval: 30m
  chart:
    spec:
      chart: {name}
      version: 1.0.0
      sourceRef: {{kind: HelmRepository, name: bench, namespace: flux-system}}
{sets}""")
write(f"{out}/charts/index.yaml", "\n".join(index) + "\n")
write(f"{out}/repo/apps/repository.yaml", "apiVersion: source.toolkit.fluxcd.io/v1\nkind: HelmRepository\n"
      f"metadata: {{name: bench, namespace: flux-system}}\nspec: {{url: {URL}}}\n")
write(f"{out}/config.yaml", f"apiVersion: steward.io/v1alpha1\nkind: Config\nmirrors:\n  - prefix: {URL}\n    folder: {out}/charts\n"
      f"http:\n  allowedHosts: [127.0.0.1]\n  cacheDir: CACHE\n")
write(f"{out}/cluster/cluster.yaml", "apiVersion: steward.io/v1alpha1\nkind: ClusterSnapshot\n"
      "origin: {context: bench, readAt: 2024-06-03T08:00:00Z}\nserverVersion: {major: \"1\", minor: \"29\", gitVersion: v1.29.4}\n")
workloads, vpas = [], []
for i in range(charts):
    for j in range(components):
        release, name = f"app{i:02d}", f"app{i:02d}-c{j}"
        workloads.append(f"""  - ref: {{kind: Deployment, namespace: bench, name: {name}}}
    labels: {{app.kubernetes.io/instance: {release}, app.kubernetes.io/managed-by: Helm, helm.toolkit.fluxcd.io/name: {release},
              helm.toolkit.fluxcd.io/namespace: bench}}
    annotations: {{meta.helm.sh/release-name: {release}, meta.helm.sh/release-namespace: bench}}
    replicas: 1
    createdAt: 2024-01-15T08:00:00Z
    templateChangedAt: 2024-04-20T09:00:00Z
    containers:
      - name: app
        role: container
        resources: {{requests: {{cpu: 100m, memory: 128Mi}}, limits: {{memory: 256Mi}}}}
""")
        vpas.append(f"""  - namespace: bench
    name: {name}
    target: {{apiVersion: apps/v1, kind: Deployment, name: {name}}}
    updateMode: "Off"
    recommendations:
      - containerName: app
        target: {{cpu: 300m, memory: 200Mi}}
        lowerBound: {{cpu: 200m, memory: 180Mi}}
        upperBound: {{cpu: 500m, memory: 240Mi}}
        uncappedTarget: {{cpu: 300m, memory: 200Mi}}
    conditions:
      - {{type: RecommendationProvided, status: "True", lastTransitionTime: 2024-02-01T10:02:00Z}}
    createdAt: 2024-02-01T10:00:00Z
""")
write(f"{out}/cluster/namespaces/bench.yaml", "apiVersion: steward.io/v1alpha1\nkind: NamespaceSnapshot\nnamespace: bench\nworkloads:\n"
      + "".join(workloads) + "vpas:\n" + "".join(vpas))
print(f"{charts} charts, {charts * components} workloads in {out}")
