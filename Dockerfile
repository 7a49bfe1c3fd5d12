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
# The image runs as user "payara": the database lives in a directory that user owns. The portal's default URL
# (./data/curtaincall, with its durability settings) resolves against the working directory, so it lands there.
WORKDIR /opt/payara
RUN mkdir -p data
VOLUME /opt/payara/data
COPY config /opt/payara/config
COPY --from=build /build/target/curtain-call.war /opt/payara/deployments/curtain-call.war
EXPOSE 8080
CMD ["--deploy", "/opt/payara/deployments/curtain-call.war", "--contextroot", "/", \
     "--systemproperties", "/opt/payara/config/curtaincall.properties", "--nocluster"]
