package io.rolecall.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
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
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("java.nio.file..", "java.sql..", "java.net..", "java.net.http..")
                .because("adapters do I/O; the core stays deterministic given its inputs and a clock")
                .check(CORE);
    }

    @Test
    void theDomainDoesNotDependOnUseCasesOrPorts() {
        noClasses().that().resideInAnyPackage("..core.model..", "..core.catalogue..", "..core.finding..",
                        "..core.holding..", "..core.history..", "..core.detect..", "..core.metrics..")
                .should().dependOnClassesThat().resideInAnyPackage("..core.usecase..", "..core.port..")
                .check(CORE);
    }
}
