{{/*
What Steward reads, and only reads: get, list and watch on the kinds it looks at. Nothing here
writes, and Secrets appear only when cluster.helmReleaseSecrets opts in. Nodes are cluster-scoped,
so they are granted apart (see clusterrole.yaml).
*/}}
{{- define "steward.readRules" -}}
- apiGroups: [""]
  resources: ["pods", "limitranges", "resourcequotas"]
  verbs: ["get", "list", "watch"]
- apiGroups: ["apps"]
  resources: ["deployments", "statefulsets", "daemonsets", "replicasets"]
  verbs: ["get", "list", "watch"]
- apiGroups: ["batch"]
  resources: ["cronjobs", "jobs"]
  verbs: ["get", "list", "watch"]
- apiGroups: ["autoscaling"]
  resources: ["horizontalpodautoscalers"]
  verbs: ["get", "list", "watch"]
- apiGroups: ["autoscaling.k8s.io"]
  resources: ["verticalpodautoscalers", "verticalpodautoscalercheckpoints"]
  verbs: ["get", "list", "watch"]
{{- if .Values.cluster.flux }}
- apiGroups: ["helm.toolkit.fluxcd.io"]
  resources: ["helmreleases"]
  verbs: ["get", "list", "watch"]
{{- end }}
{{- if .Values.cluster.argocd }}
- apiGroups: ["argoproj.io"]
  resources: ["applications"]
  verbs: ["get", "list", "watch"]
{{- end }}
{{- if .Values.cluster.helmReleaseSecrets }}
# opted in: Helm keeps releases in Secrets; RBAC cannot select them by label, so this is every Secret
# in scope. Steward pages through a label-selected list; no watch, so no stream of every change.
- apiGroups: [""]
  resources: ["secrets"]
  verbs: ["get", "list"]
{{- end }}
{{- end }}

{{- define "steward.rbacSubject" -}}
- kind: ServiceAccount
  name: {{ include "steward.serviceAccountName" . }}
  namespace: {{ .Release.Namespace }}
{{- end }}

{{- define "steward.rbacEnabled" -}}
{{- if and .Values.rbac.create .Values.cluster.read }}true{{ end }}
{{- end }}
