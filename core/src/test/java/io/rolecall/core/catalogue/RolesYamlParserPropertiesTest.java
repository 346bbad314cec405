package io.rolecall.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolecall.core.model.Email;
import io.rolecall.core.testing.Mutations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever text roles.yaml holds, the parser returns a catalogue or lists problems: nothing else escapes. */
class RolesYamlParserPropertiesTest {

    private static final String ACME = read("../examples/acme/roles.yaml");

    @Property(tries = 400)
    void aMutatedAcmeFileParsesOrListsItsProblems(@ForAll("mutatedAcme") String text) {
        parsesOrListsProblems(text);
    }

    @Property(tries = 300)
    void anyTextParsesOrListsItsProblems(@ForAll("anything") String text) {
        parsesOrListsProblems(text);
    }

    @Property(tries = 500)
    void anyTextIsAPlainAddressOrRefusedWithAReason(@ForAll("anything") String text) {
        if (Email.isValid(text)) {
            Email email = Email.of(text);
            assertThat(email.value()).doesNotContain("<", ">", ",", " ", "\u200b").contains("@");
            assertThat(Email.of(email.value())).isEqualTo(email);
        } else {
            assertThat(Email.problemIn(text)).isPresent();
        }
    }

    private static void parsesOrListsProblems(String text) {
        try {
            RoleCatalogue catalogue = RolesYamlParser.parse(text, "roles.yaml");
            assertThat(catalogue.organisation()).isNotNull();
        } catch (InvalidCatalogueException e) {
            assertThat(e.problems()).isNotEmpty().allSatisfy(problem -> {
                assertThat(problem.problem()).isNotBlank();
                assertThat(problem.source()).isEqualTo("roles.yaml");
            });
        }
    }

    @Provide
    Arbitrary<String> mutatedAcme() {
        return Mutations.of(ACME);
    }

    @Provide
    Arbitrary<String> anything() {
        return Mutations.anything();
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
