package io.rolecall.connector.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProviderSettingsTest {

    @TempDir
    Path dir;

    @Test
    void aKeyIsTakenAsItsTextOrReadFromTheFileItNames() throws Exception {
        Path pem = dir.resolve("app.pem");
        Files.writeString(pem, "-----BEGIN PRIVATE KEY-----\nfrom the file\n");
        ProviderSettings settings = ProviderSettings.of(Map.of("AS_TEXT", "-----BEGIN PRIVATE KEY-----\ninline",
                "AS_FILE", pem.toString()));

        assertThat(settings.textOrFile("AS_TEXT", "-----BEGIN")).contains("-----BEGIN PRIVATE KEY-----\ninline");
        assertThat(settings.textOrFile("AS_FILE", "-----BEGIN"))
                .contains("-----BEGIN PRIVATE KEY-----\nfrom the file\n");
        assertThat(settings.textOrFile("NOT_SET", "-----BEGIN")).isEmpty();
    }

    @Test
    void aSecretWithAWrongFirstLineIsNeverRepeatedInTheError() {
        String pastedWithoutHeader = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC\nc2VjcmV0LWtleS1tYXRlcmlhbA==";
        ProviderSettings settings = ProviderSettings.of(Map.of("ENTRA_CLIENT_CERTIFICATE", pastedWithoutHeader));

        assertThatThrownBy(() -> settings.textOrFile("ENTRA_CLIENT_CERTIFICATE", "-----BEGIN"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot read ENTRA_CLIENT_CERTIFICATE: it does not start with '-----BEGIN'")
                .hasMessageContaining("give the file's path, or its content")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("MIIEvQ").doesNotContain("c2VjcmV0"));
    }
}
