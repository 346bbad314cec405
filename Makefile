# sam build calls one target per function (Metadata BuildMethod: makefile in template.yaml), with
# ARTIFACTS_DIR set. ScanFunction gets its own shaded jar; the two report functions share one without
# any connector. Maven builds both at once, again only when a source or pom changed; Lambda puts
# lib/*.jar on the classpath.

SCAN_JAR := functions/scan/target/rolecall-scan.jar
REPORTS_JAR := functions/reports/target/rolecall-reports.jar
SOURCES := pom.xml $(shell find core connectors infra functions -path "*/target" -prune -o \( -path "*/src/main/*" -o -name pom.xml \) -type f -print)

.PHONY: build-ScanFunction build-WeeklyReportFunction build-QuarterlyReportFunction

build-ScanFunction: $(SCAN_JAR)
	mkdir -p "$(ARTIFACTS_DIR)/lib"
	cp $(SCAN_JAR) "$(ARTIFACTS_DIR)/lib/"

build-WeeklyReportFunction build-QuarterlyReportFunction: $(REPORTS_JAR)
	mkdir -p "$(ARTIFACTS_DIR)/lib"
	cp $(REPORTS_JAR) "$(ARTIFACTS_DIR)/lib/"

# One Maven run builds both jars; the second target then finds its jar up to date.
$(SCAN_JAR) $(REPORTS_JAR) &: $(SOURCES)
	mvn -q -B -Dstyle.color=never -DskipTests -pl functions/scan,functions/reports -am package
