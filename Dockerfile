# syntax=docker/dockerfile:1.7
# Steward's image: the shaded jar on a jlink-trimmed Java 17 runtime with a class-data-sharing
# archive, on a distroless base, as a numeric non-root user. docker/README.md explains each step;
# docker/jlink-check.sh builds and tries the same runtime without Docker.
#
#   docker build -t steward:dev .
#   docker run --rm steward:dev version

ARG BUILD_IMAGE=maven:3.9-eclipse-temurin-17
# glibc and zlib for a jlinked runtime; no shell, no package manager
ARG BASE_IMAGE=gcr.io/distroless/java-base-debian12:nonroot

# ---- 1. the shaded jar (tests run in CI, not here)
FROM ${BUILD_IMAGE} AS build
WORKDIR /src
COPY pom.xml ./
COPY agent/pom.xml agent/
COPY agent/src/main agent/src/main
COPY rules rules
RUN --mount=type=cache,target=/root/.m2 \
    mvn -B -q -pl agent -am package -Dmaven.test.skip=true \
 && cp agent/target/steward.jar /steward.jar

# ---- 2. the Java runtime: the modules jdeps finds in the jar, plus jdk.crypto.ec for TLS
FROM ${BUILD_IMAGE} AS runtime
COPY --from=build /steward.jar /steward.jar
COPY docker/modules.txt docker/check-modules.sh /docker/
RUN /docker/check-modules.sh /steward.jar /docker/modules.txt \
 && jlink --add-modules "$(tr -d ' \n' < /docker/modules.txt)" \
      --strip-debug --no-man-pages --no-header-files --compress=2 \
      --generate-cds-archive --output /opt/java

# ---- 3. the image
FROM ${BASE_IMAGE}
LABEL org.opencontainers.image.title="steward" \
      org.opencontainers.image.description="Keeps a GitOps repository's Helm charts, images and resources current, by pull request."
COPY --from=runtime /opt/java /opt/java
COPY --from=build /steward.jar /app/steward.jar
# Class-data sharing: record the classes a plan of the bundled offline demo loads, with this
# runtime and this jar path (the archive is only valid for both), as root so that the archive is
# read-only for the user below. Exec form: the base has no shell.
USER 0
RUN --mount=type=bind,source=examples,target=/tmp/examples \
    ["/opt/java/bin/java", "-XX:ArchiveClassesAtExit=/app/steward.jsa", "-XX:-UsePerfData", "-Xlog:disable", \
     "-Xlog:all=warning:stderr", "-jar", "/app/steward.jar", "plan", "--repo", "/tmp/examples/gitops-repo"]
# distroless' nonroot, by number so that runAsNonRoot can check it
USER 65532:65532
WORKDIR /tmp
# JVM warnings go to stderr (stdout is the report's); a missing or stale archive only costs start-up time
ENTRYPOINT ["/opt/java/bin/java", "-XX:SharedArchiveFile=/app/steward.jsa", "-XX:MaxRAMPercentage=75", \
            "-XX:+ExitOnOutOfMemoryError", "-XX:-UsePerfData", "-Xlog:disable", "-Xlog:all=warning:stderr", \
            "-jar", "/app/steward.jar"]
CMD ["--help"]
