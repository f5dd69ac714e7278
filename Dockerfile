# Production image: build with the Maven wrapper, run on a JRE. Configuration comes from environment variables only.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp -q dependency:go-offline
COPY src src
RUN ./mvnw -B -ntp -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 merit
USER merit
WORKDIR /app
# Never demo accounts (published passwords) in a container unless the operator sets MERIT_DEMO=true explicitly;
# the application refuses the default too when it runs from a jar (shared/DemoMode).
ENV MERIT_DEMO=false
COPY --from=build /src/target/merit-*.jar /app/merit.jar
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/merit.jar"]
