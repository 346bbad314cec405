# sam build calls one target per function (Metadata BuildMethod: makefile in template.yaml), with
# ARTIFACTS_DIR set. ScanFunction gets its own shaded jar; the two report functions share one, and
# AcknowledgeFunction has its own, neither with any connector. Maven builds all three at once, again
# only when a source or pom changed; Lambda puts lib/*.jar on the classpath.

SCAN_JAR := functions/scan/target/rolecall-scan.jar
REPORTS_JAR := functions/reports/target/rolecall-reports.jar
ACKNOWLEDGE_JAR := functions/acknowledge/target/rolecall-acknowledge.jar
SOURCES := pom.xml $(shell find core connectors infra functions -path "*/target" -prune -o \( -path "*/src/main/*" -o -name pom.xml \) -type f -print)

.PHONY: build-ScanFunction build-WeeklyReportFunction build-QuarterlyReportFunction build-AcknowledgeFunction

build-ScanFunction: $(SCAN_JAR)
	mkdir -p "$(ARTIFACTS_DIR)/lib"
	cp $(SCAN_JAR) "$(ARTIFACTS_DIR)/lib/"

build-WeeklyReportFunction build-QuarterlyReportFunction: $(REPORTS_JAR)
	mkdir -p "$(ARTIFACTS_DIR)/lib"
	cp $(REPORTS_JAR) "$(ARTIFACTS_DIR)/lib/"

build-AcknowledgeFunction: $(ACKNOWLEDGE_JAR)
	mkdir -p "$(ARTIFACTS_DIR)/lib"
	cp $(ACKNOWLEDGE_JAR) "$(ARTIFACTS_DIR)/lib/"

# One Maven run builds every jar; the other targets then find theirs up to date.
$(SCAN_JAR) $(REPORTS_JAR) $(ACKNOWLEDGE_JAR) &: $(SOURCES)
	mvn -q -B -Dstyle.color=never -DskipTests -pl functions/scan,functions/reports,functions/acknowledge -am package
