{{/* Names: DNS-1123, at most 63 characters. */}}
{{- define "steward.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "steward.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "steward.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "steward.selectorLabels" -}}
app.kubernetes.io/name: {{ include "steward.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "steward.labels" -}}
helm.sh/chart: {{ include "steward.chart" . }}
{{ include "steward.selectorLabels" . }}
app.kubernetes.io/version: {{ .Values.image.tag | default .Chart.AppVersion | trunc 63 | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/component: {{ .Values.mode }}
{{- end }}

{{- define "steward.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "steward.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{- define "steward.image" -}}
{{- $repo := printf "%s/%s" .Values.image.registry .Values.image.repository }}
{{- if .Values.image.digest }}
{{- printf "%s@%s" $repo .Values.image.digest }}
{{- else }}
{{- printf "%s:%s" $repo (.Values.image.tag | default .Chart.AppVersion) }}
{{- end }}
{{- end }}

{{/* Where each existing Secret is mounted; the config points at these files. */}}
{{- define "steward.secretsDir" -}}/var/run/secrets/steward{{- end }}
{{- define "steward.forgeTokenFile" -}}{{ include "steward.secretsDir" . }}/forge/token{{- end }}
{{- define "steward.gitTokenFile" -}}{{ include "steward.secretsDir" . }}/git/token{{- end }}
{{- define "steward.dockerConfigFile" -}}{{ include "steward.secretsDir" . }}/registries/config.json{{- end }}

{{/*
The config file: values.config with apiVersion and kind, the mounted credentials filled in, and with
cluster.read a `cluster:` section (namespaces and helmReleaseSecrets from cluster.*, matching the RBAC).
A setting given both ways is refused rather than silently picking one.
*/}}
{{- define "steward.configFile" -}}
{{- $config := deepCopy (.Values.config | default dict) }}
{{- $creds := .Values.credentials }}
{{- if $creds.forgeToken.existingSecret }}
{{- $forge := get $config "forge" | default dict }}
{{- if hasKey $forge "tokenFrom" }}
{{- fail "config.forge.tokenFrom and credentials.forgeToken.existingSecret are both set: keep one (the chart mounts the Secret and sets forge.tokenFrom itself)" }}
{{- end }}
{{- $_ := set $forge "tokenFrom" (dict "file" (include "steward.forgeTokenFile" .)) }}
{{- $_ := set $config "forge" $forge }}
{{- end }}
{{- if $creds.gitToken.existingSecret }}
{{- $git := get $config "git" | default dict }}
{{- if hasKey $git "tokenFrom" }}
{{- fail "config.git.tokenFrom and credentials.gitToken.existingSecret are both set: keep one (the chart mounts the Secret and sets git.tokenFrom itself)" }}
{{- end }}
{{- $_ := set $git "tokenFrom" (dict "file" (include "steward.gitTokenFile" .)) }}
{{- $_ := set $config "git" $git }}
{{- end }}
{{- if $creds.dockerConfig.existingSecret }}
{{- $registries := get $config "registries" | default dict }}
{{- if hasKey $registries "dockerConfig" }}
{{- fail "config.registries.dockerConfig and credentials.dockerConfig.existingSecret are both set: keep one (the chart mounts the Secret and sets registries.dockerConfig itself)" }}
{{- end }}
{{- $_ := set $registries "dockerConfig" (include "steward.dockerConfigFile" .) }}
{{- $_ := set $config "registries" $registries }}
{{- end }}
{{- if eq .Values.mode "daemon" }}
{{- $ops := get $config "operations" | default dict }}
{{- if not (hasKey $ops "metricsBind") }}
{{- $_ := set $ops "metricsBind" (printf "0.0.0.0:%v" .Values.daemon.metrics.port) }}
{{- $_ := set $config "operations" $ops }}
{{- end }}
{{- end }}
{{- if .Values.cluster.read }}
{{- $cluster := get $config "cluster" | default dict }}
{{- if .Values.cluster.namespaces }}
{{- if hasKey $cluster "namespaces" }}
{{- fail "config.cluster.namespaces and cluster.namespaces are both set: keep cluster.namespaces (the chart grants read access in exactly those namespaces and fills config.cluster.namespaces itself)" }}
{{- end }}
{{- $_ := set $cluster "namespaces" .Values.cluster.namespaces }}
{{- end }}
{{- if and (get $cluster "helmReleaseSecrets") (not .Values.cluster.helmReleaseSecrets) }}
{{- fail "config.cluster.helmReleaseSecrets needs cluster.helmReleaseSecrets: true (it grants reading Secrets); set that instead" }}
{{- end }}
{{- if .Values.cluster.helmReleaseSecrets }}
{{- $_ := set $cluster "helmReleaseSecrets" true }}
{{- end }}
{{- $_ := set $config "cluster" $cluster }}
{{- else if hasKey $config "cluster" }}
{{- fail "config.cluster needs cluster.read: true (only then does the chart give Steward read access to the cluster)" }}
{{- end }}
apiVersion: steward.io/v1alpha1
kind: Config
{{- with omit $config "apiVersion" "kind" }}
{{ toYaml . }}
{{- end }}
{{- end }}

{{/* Rules file names must be usable as ConfigMap keys and file names. */}}
{{- define "steward.rulesKey" -}}rules-{{ . }}.yaml{{- end }}

{{/* The arguments after the image's entrypoint (the steward launcher). */}}
{{- define "steward.args" -}}
- {{ ternary "daemon" "run" (eq .Values.mode "daemon") | quote }}
- "--config"
- "/etc/steward/config.yaml"
{{- if .Values.rules }}
- "--rules"
- "/etc/steward/rules"
{{- end }}
{{- range .Values.extraArgs }}
- {{ . | quote }}
{{- end }}
{{- end }}
