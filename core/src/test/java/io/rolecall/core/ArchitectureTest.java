package io.rolecall.core;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The core is pure: no I/O of its own, no logging, no network. It returns results; the edges log,
 * read files and talk to services. The build also bans cloud and identity-provider libraries.
 */
class ArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.rolecall.core");

    @Test
    void coreDoesNotPrintOrLog() {
        NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(CORE);
        NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(CORE);
    }

    @Test
    void coreDoesNoFileDatabaseOrNetworkIo() {
        // Naming a file's problem in words (FileErrors) is not I/O: the exception types may be known.
        noClasses().should().dependOnClassesThat(resideInAnyPackage("java.nio.file..", "java.sql..", "java.net..",
                        "java.net.http..").and(not(assignableTo(Throwable.class))))
                .because("adapters do I/O; the core stays deterministic given its inputs and a clock")
                .check(CORE);
    }

    /**
     * Every package of the core in a layer that may use only the layers below it: the domain model, the
     * framework packs, the catalogue of roles, what is detected and remembered, the rules and records built on them, the
     * reports, the ports the adapters implement, and the use cases on top. No two packages need each
     * other, so each can be read, and changed, from the bottom up.
     */
    @Test
    void corePackagesAreLayeredWithoutCycles() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("model").definedBy("io.rolecall.core.model..")
                .layer("frameworks").definedBy("io.rolecall.core.framework..")
                .layer("catalogue").definedBy("io.rolecall.core.catalogue..")
                .layer("findings and history").definedBy("io.rolecall.core.finding..", "io.rolecall.core.history..")
                .layer("holding").definedBy("io.rolecall.core.holding..")
                .layer("records").definedBy("io.rolecall.core.acknowledge..", "io.rolecall.core.calendar..",
                        "io.rolecall.core.handover..", "io.rolecall.core.nonconformity..", "io.rolecall.core.evidence..")
                .layer("rules").definedBy("io.rolecall.core.detect..", "io.rolecall.core.metrics..")
                .layer("reports").definedBy("io.rolecall.core.report..")
                .layer("ports").definedBy("io.rolecall.core.port..")
                .layer("use cases").definedBy("io.rolecall.core.usecase..")
                .whereLayer("use cases").mayNotBeAccessedByAnyLayer()
                .whereLayer("ports").mayOnlyBeAccessedByLayers("use cases")
                .whereLayer("reports").mayOnlyBeAccessedByLayers("ports", "use cases")
                .whereLayer("rules").mayOnlyBeAccessedByLayers("reports", "ports", "use cases")
                .whereLayer("records").mayOnlyBeAccessedByLayers("rules", "reports", "ports", "use cases")
                .whereLayer("holding").mayOnlyBeAccessedByLayers("records", "rules", "reports", "ports", "use cases")
                .whereLayer("findings and history").mayOnlyBeAccessedByLayers("holding", "records", "rules", "reports",
                        "ports", "use cases")
                .whereLayer("catalogue").mayOnlyBeAccessedByLayers("findings and history", "holding", "records", "rules",
                        "reports", "ports", "use cases")
                .whereLayer("frameworks").mayOnlyBeAccessedByLayers("catalogue", "findings and history", "holding",
                        "records", "rules", "reports", "ports", "use cases")
                .check(CORE);
        slices().matching("io.rolecall.core.(*)..").should().beFreeOfCycles().check(CORE);
    }

    @Test
    void everyPackageOfTheCoreIsInALayer() {
        assertThat(CORE.stream().map(c -> c.getPackageName().replaceFirst("^io\\.rolecall\\.core\\.?", "")
                .replaceFirst("\\..*", "")).filter(p -> !p.isEmpty()).distinct().sorted().toList())
                .containsExactly("acknowledge", "calendar", "catalogue", "detect", "evidence", "finding", "framework",
                        "handover", "history", "holding", "metrics", "model", "nonconformity", "port", "report", "usecase");
    }
}
