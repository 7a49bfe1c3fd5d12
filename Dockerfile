# Curtain Call on the official Payara Micro image.
#   docker build -t curtain-call .
#   docker run -p 8080:8080 -v curtaincall-data:/opt/payara/data curtain-call
# Settings: environment variables (CURTAINCALL_DB_URL, CURTAINCALL_DEMO_ENABLED=false, ...) or
# config/curtaincall.properties, which is copied into the image.

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY pom.xml .
RUN mvn -B -ntp -q dependency:go-offline
COPY src src
RUN mvn -B -ntp -q package -DskipTests

FROM payara/micro:6.2025.10-jdk17
# The image runs as user "payara": the database lives in a directory that user owns, by absolute path.
RUN mkdir -p /opt/payara/data
VOLUME /opt/payara/data
ENV CURTAINCALL_DB_URL="jdbc:h2:file:/opt/payara/data/curtaincall;WRITE_DELAY=0;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE"
COPY config /opt/payara/config
COPY --from=build /build/target/curtain-call.war /opt/payara/deployments/curtain-call.war
EXPOSE 8080
CMD ["--deploy", "/opt/payara/deployments/curtain-call.war", "--contextroot", "/", \
     "--systemproperties", "/opt/payara/config/curtaincall.properties", "--nocluster"]
