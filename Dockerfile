# syntax=docker/dockerfile:1
# The Meterhub application image: the `meterhub` launcher with its subcommands (migrate, ingest,
# stream, cabinet, simulate, probe, ...). docker-compose.yml builds it as `meterhub:latest`.
#
#   docker build -t meterhub .
#   docker run --rm meterhub --help

# --- Build: the same Maven build as ./meterhub does, tests skipped (CI runs them) ----------------
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
# Only the sources: a local target/ or .meterhub/ from the host must not leak into the image.
# A new module must be added here and in pom.xml.
COPY pom.xml ./
COPY testkit ./testkit
COPY protocols ./protocols
COPY devices ./devices
COPY storage ./storage
COPY ingest ./ingest
COPY stream ./stream
COPY cabinet ./cabinet
COPY dashboard ./dashboard
COPY demo ./demo
COPY app ./app
# The Maven repository is a BuildKit cache, so a rebuild after a code change downloads nothing.
RUN --mount=type=cache,target=/root/.m2 \
    mvn -B -q -DskipTests package \
 && test -f app/target/meterhub.jar && test -d app/target/lib

# --- Runtime: a JRE, the launcher jar and its libraries -----------------------------------------
FROM eclipse-temurin:17-jre
RUN groupadd --system --gid 10001 meterhub \
 && useradd --system --uid 10001 --gid meterhub --home-dir /opt/meterhub --shell /usr/sbin/nologin meterhub
WORKDIR /opt/meterhub
COPY --from=build /src/app/target/lib/ ./lib/
COPY --from=build /src/app/target/meterhub.jar ./meterhub.jar
USER meterhub

# The heap. The --add-opens in the entrypoint are the ones the ./meterhub script passes; Flink
# and its serializers need them on Java 17.
ENV MH_JAVA_OPTS="-Xmx1g"
# Main class io.meterhub.app.Meterhub; arguments are the subcommand, e.g. `migrate` or `ingest modbus`.
# The class path is quoted so that the shell leaves lib/* for java to expand.
ENTRYPOINT ["/bin/sh", "-c", "exec java $MH_JAVA_OPTS --add-opens java.base/java.lang=ALL-UNNAMED --add-opens java.base/java.util=ALL-UNNAMED --add-opens java.base/java.time=ALL-UNNAMED --add-opens java.base/java.nio=ALL-UNNAMED --add-opens java.base/sun.nio.ch=ALL-UNNAMED -Dlogback.configurationFile=meterhub-logback.xml -cp '/opt/meterhub/meterhub.jar:/opt/meterhub/lib/*' io.meterhub.app.Meterhub \"$@\"", "meterhub"]
CMD ["--help"]
