{{/*
The pod both modes run: restricted pod security, a writable /tmp and nothing else writable, the
config and rules read-only, each credential a read-only file from an existing Secret.
*/}}
{{- define "steward.podTemplate" -}}
metadata:
  labels:
    {{- include "steward.selectorLabels" . | nindent 4 }}
    app.kubernetes.io/component: {{ .Values.mode }}
    {{- with .Values.podLabels }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
  annotations:
    checksum/config: {{ include (print $.Template.BasePath "/configmap.yaml") . | sha256sum }}
    {{- with .Values.podAnnotations }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
spec:
  serviceAccountName: {{ include "steward.serviceAccountName" . }}
  automountServiceAccountToken: {{ .Values.cluster.read }}
  enableServiceLinks: false
  terminationGracePeriodSeconds: {{ .Values.terminationGracePeriodSeconds }}
  {{- if eq .Values.mode "cronjob" }}
  restartPolicy: Never
  {{- end }}
  {{- with .Values.priorityClassName }}
  priorityClassName: {{ . }}
  {{- end }}
  {{- with .Values.imagePullSecrets }}
  imagePullSecrets:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  securityContext:
    runAsNonRoot: true
    {{- with .Values.securityContext.runAsUser }}
    runAsUser: {{ . }}
    {{- end }}
    {{- with .Values.securityContext.runAsGroup }}
    runAsGroup: {{ . }}
    {{- end }}
    {{- with .Values.securityContext.fsGroup }}
    fsGroup: {{ . }}
    {{- end }}
    seccompProfile:
      type: RuntimeDefault
  containers:
    - name: steward
      image: {{ include "steward.image" . }}
      imagePullPolicy: {{ .Values.image.pullPolicy }}
      args:
        {{- include "steward.args" . | nindent 8 }}
      env:
        - name: HOME
          value: /tmp/home
        - name: JAVA_TOOL_OPTIONS
          value: {{ trim (printf "-Djava.io.tmpdir=/tmp -Duser.home=/tmp/home %s" .Values.jvmOptions) | quote }}
        - name: STEWARD_LOG_FORMAT
          value: {{ .Values.logging.format | quote }}
        - name: STEWARD_LOG_LEVEL
          value: {{ .Values.logging.level | quote }}
        {{- with .Values.extraEnv }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
      {{- if eq .Values.mode "daemon" }}
      ports:
        - name: metrics
          containerPort: {{ .Values.daemon.metrics.port }}
          protocol: TCP
      livenessProbe:
        httpGet:
          path: /healthz
          port: metrics
        periodSeconds: 30
        timeoutSeconds: 5
        failureThreshold: 3
      {{- end }}
      securityContext:
        runAsNonRoot: true
        readOnlyRootFilesystem: true
        allowPrivilegeEscalation: false
        privileged: false
        capabilities:
          drop: ["ALL"]
        seccompProfile:
          type: RuntimeDefault
      {{- with .Values.resources }}
      resources:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      volumeMounts:
        - name: tmp
          mountPath: /tmp
        - name: config
          mountPath: /etc/steward
          readOnly: true
        {{- if .Values.credentials.forgeToken.existingSecret }}
        - name: forge-token
          mountPath: {{ include "steward.forgeTokenFile" . | dir }}
          readOnly: true
        {{- end }}
        {{- if .Values.credentials.gitToken.existingSecret }}
        - name: git-token
          mountPath: {{ include "steward.gitTokenFile" . | dir }}
          readOnly: true
        {{- end }}
        {{- if .Values.credentials.dockerConfig.existingSecret }}
        - name: registry-credentials
          mountPath: {{ include "steward.dockerConfigFile" . | dir }}
          readOnly: true
        {{- end }}
        {{- with .Values.extraVolumeMounts }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
  volumes:
    - name: tmp
      emptyDir:
        sizeLimit: {{ .Values.tmp.sizeLimit }}
        {{- with .Values.tmp.medium }}
        medium: {{ . }}
        {{- end }}
    - name: config
      configMap:
        name: {{ include "steward.fullname" . }}
        items:
          - key: config.yaml
            path: config.yaml
          {{- range $name, $_ := .Values.rules }}
          - key: {{ include "steward.rulesKey" $name }}
            path: rules/{{ $name }}.yaml
          {{- end }}
    {{- with .Values.credentials.forgeToken }}
    {{- if .existingSecret }}
    - name: forge-token
      secret:
        secretName: {{ .existingSecret }}
        defaultMode: 0440
        items:
          - key: {{ .key }}
            path: token
    {{- end }}
    {{- end }}
    {{- with .Values.credentials.gitToken }}
    {{- if .existingSecret }}
    - name: git-token
      secret:
        secretName: {{ .existingSecret }}
        defaultMode: 0440
        items:
          - key: {{ .key }}
            path: token
    {{- end }}
    {{- end }}
    {{- with .Values.credentials.dockerConfig }}
    {{- if .existingSecret }}
    - name: registry-credentials
      secret:
        secretName: {{ .existingSecret }}
        defaultMode: 0440
        items:
          - key: .dockerconfigjson
            path: config.json
    {{- end }}
    {{- end }}
    {{- with .Values.extraVolumes }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
  {{- with .Values.nodeSelector }}
  nodeSelector:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  {{- with .Values.tolerations }}
  tolerations:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  {{- with .Values.affinity }}
  affinity:
    {{- toYaml . | nindent 4 }}
  {{- end }}
{{- end }}
