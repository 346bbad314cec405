# sam build calls one target per function (Metadata BuildMethod: makefile in template.yaml), with
# ARTIFACTS_DIR set. All three functions share one shaded jar, built once by Maven and rebuilt only
# when a source or pom changed; Lambda puts lib/*.jar on the classpath.

FUNCTIONS_JAR := functions/target/rolecall-functions.jar
SOURCES := pom.xml $(shell find core connectors infra functions -path "*/target" -prune -o \( -path "*/src/main/*" -o -name pom.xml \) -type f -print)

.PHONY: build-ScanFunction build-WeeklyReportFunction build-QuarterlyReportFunction

build-ScanFunction build-WeeklyReportFunction build-QuarterlyReportFunction: $(FUNCTIONS_JAR)
	mkdir -p "$(ARTIFACTS_DIR)/lib"
	cp $(FUNCTIONS_JAR) "$(ARTIFACTS_DIR)/lib/"

$(FUNCTIONS_JAR): $(SOURCES)
	mvn -q -B -Dstyle.color=never -DskipTests -pl functions -am package
