package io.rolecall.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The whole module graph in one place, from the one module that sees every other: the core knows
 * none of them, connectors and infra know only the core (and what they share), the two entry points
 * (the command and the functions) do not know each other, and no module reaches into another's
 * {@code internal} package. Within the core, ArchitectureTest keeps the packages in layers.
 */
class ModuleGraphTest {

    private static final JavaClasses ROLECALL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.rolecall");

    @Test
    void everyModuleIsHere() {
        assertThat(List.of("io.rolecall.core", "io.rolecall.connector.okta", "io.rolecall.connector.entra",
                "io.rolecall.connector.bamboohr", "io.rolecall.connector.rippling", "io.rolecall.connector.hibob",
                "io.rolecall.connector.personio", "io.rolecall.connector.slack", "io.rolecall.connector.teams",
                "io.rolecall.connector.jira",
                "io.rolecall.infra.local", "io.rolecall.infra.dynamodb", "io.rolecall.infra.pdf", "io.rolecall.functions",
                "io.rolecall.cli")).allSatisfy(pkg -> assertThat(ROLECALL.containPackage(pkg)).as(pkg).isTrue());
    }

    @Test
    void theCoreKnowsNoOtherModule() {
        noClasses().that().resideInAPackage("io.rolecall.core..")
                .should().dependOnClassesThat().resideInAnyPackage("io.rolecall.connector..", "io.rolecall.infra..",
                        "io.rolecall.functions..", "io.rolecall.cli..")
                .check(ROLECALL);
    }

    @Test
    void connectorsKnowTheCoreAndTheirSupportOnly() {
        noClasses().that().resideInAPackage("io.rolecall.connector..")
                .should().dependOnClassesThat().resideInAnyPackage("io.rolecall.infra..", "io.rolecall.functions..",
                        "io.rolecall.cli..")
                .check(ROLECALL);
        classes().that().resideInAPackage("io.rolecall.connector..").should(dependOnlyOnTheirOwnModuleOr(
                "io.rolecall.connector.support")).check(ROLECALL);
    }

    @Test
    void infraKnowsTheCoreOnlyAndThePdfItsCharts() {
        noClasses().that().resideInAPackage("io.rolecall.infra..")
                .should().dependOnClassesThat().resideInAnyPackage("io.rolecall.connector..",
                        "io.rolecall.functions..", "io.rolecall.cli..")
                .check(ROLECALL);
        classes().that().resideInAPackage("io.rolecall.infra..").and().resideOutsideOfPackage("io.rolecall.infra.pdf..")
                .should(dependOnlyOnTheirOwnModuleOr()).check(ROLECALL);
        classes().that().resideInAPackage("io.rolecall.infra.pdf..")
                .should(dependOnlyOnTheirOwnModuleOr("io.rolecall.infra.charts")).check(ROLECALL);
    }

    @Test
    void theCommandAndTheFunctionsDoNotKnowEachOther() {
        noClasses().that().resideInAPackage("io.rolecall.cli..")
                .should().dependOnClassesThat().resideInAPackage("io.rolecall.functions..").check(ROLECALL);
        noClasses().that().resideInAPackage("io.rolecall.functions..")
                .should().dependOnClassesThat().resideInAPackage("io.rolecall.cli..").check(ROLECALL);
    }

    @Test
    void nothingOutsideAModuleUsesItsInternalPackage() {
        classes().that().resideInAPackage("..internal..").should(new ArchCondition<>("be used only by their own module") {
            @Override
            public void check(JavaClass internal, ConditionEvents events) {
                String module = internal.getPackageName().substring(0, internal.getPackageName().indexOf(".internal"));
                for (Dependency use : internal.getDirectDependenciesToSelf()) {
                    String user = use.getOriginClass().getPackageName();
                    if (!user.equals(module) && !user.startsWith(module + ".")) {
                        events.add(SimpleConditionEvent.violated(use, use.getDescription()));
                    }
                }
            }
        }).check(ROLECALL);
    }

    /**
     * The module of a class is its package under io.rolecall.connector or io.rolecall.infra, such as
     * io.rolecall.infra.local; besides the core and the JDK and libraries, a class may use its own
     * module and the ones named.
     */
    private static ArchCondition<JavaClass> dependOnlyOnTheirOwnModuleOr(String... allowed) {
        return new ArchCondition<>("depend only on the core, their own module" + (allowed.length == 0 ? ""
                : " and " + String.join(", ", allowed))) {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String own = module(origin.getPackageName());
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    String target = dependency.getTargetClass().getPackageName();
                    if (!target.startsWith("io.rolecall.") || target.startsWith("io.rolecall.core")) {
                        continue;
                    }
                    String module = module(target);
                    if (!module.equals(own) && !List.of(allowed).contains(module)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static String module(String pkg) {
        String[] parts = pkg.split("\\.");
        return parts.length < 4 ? pkg : String.join(".", parts[0], parts[1], parts[2], parts[3]);
    }

    private static final Pattern TEST_METHOD = Pattern.compile("@(Test|Property|ParameterizedTest|RepeatedTest)\\b");

    /**
     * Surefire runs classes named *Test and failsafe *IT; a class of tests named otherwise never runs,
     * and nobody notices. Abstract contract classes run through the classes that extend them.
     */
    @Test
    void everyClassOfTestsIsNamedSoThatTheBuildRunsIt() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> neverRun = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> file.toString().contains("/src/test/java/") && !file.toString().contains("/target/"))
                    .filter(file -> {
                        String name = file.getFileName().toString();
                        if (name.endsWith("Test.java") || name.endsWith("IT.java")) {
                            return false;
                        }
                        try {
                            String text = Files.readString(file);
                            return TEST_METHOD.matcher(text).find() && !text.contains("abstract class");
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }).map(root::relativize).toList();
            assertThat(neverRun).as("classes of tests that no test pattern runs").isEmpty();
        }
    }
}
