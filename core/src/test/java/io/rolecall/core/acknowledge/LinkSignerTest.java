package io.rolecall.core.acknowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolecall.core.model.Email;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class LinkSignerTest {

    private static final LinkSigner SIGNER = LinkSigner.fromSecret("k".repeat(40));
    private static final LinkClaims ADA = new LinkClaims(Email.of("ada.lovelace@acme.example"), "isms-manager",
            "0123456789abcdef", LocalDate.of(2026, 12, 31));

    @Test
    void aTokenOpensToTheClaimsItWasIssuedFor() {
        String token = SIGNER.issue(ADA);

        assertThat(SIGNER.open(token)).contains(ADA);
        assertThat(token).matches("[A-Za-z0-9_-]+").hasSizeLessThan(200);
    }

    @Test
    void noEmailNameOrRoleCanBeReadFromAToken() {
        String token = SIGNER.issue(ADA);
        String decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.ISO_8859_1);

        assertThat(token + decoded).doesNotContain("ada", "lovelace", "acme", "isms");
        assertThat(SIGNER.issue(ADA)).as("two links for the same claims differ").isNotEqualTo(token);
    }

    @Test
    void anyChangedCharacterATruncationOrAnotherKeyMakesTheTokenWorthless() {
        String token = SIGNER.issue(ADA);
        for (int i = 0; i < token.length(); i++) {
            char original = token.charAt(i);
            char changed = original == 'A' ? 'B' : 'A';
            String tampered = token.substring(0, i) + changed + token.substring(i + 1);
            assertThat(SIGNER.open(tampered)).as("character %d changed", i).isEmpty();
        }
        assertThat(SIGNER.open(token.substring(0, token.length() - 1))).isEmpty();
        assertThat(SIGNER.open(token + "A")).isEmpty();
        assertThat(LinkSigner.fromSecret("x".repeat(40)).open(token)).isEmpty();
        assertThat(SIGNER.open("")).isEmpty();
        assertThat(SIGNER.open("not a token!")).isEmpty();
        assertThat(SIGNER.open(null)).isEmpty();
        assertThat(SIGNER.open("A".repeat(5000))).isEmpty();
    }

    @Test
    void aLinkWorksUntilTheEndOfItsExpiryDay() {
        assertThat(ADA.validOn(LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(ADA.validOn(LocalDate.of(2027, 1, 1))).isFalse();
    }

    @Test
    void aShortSecretIsRefused() {
        assertThatThrownBy(() -> LinkSigner.fromSecret("short")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 32 bytes");
    }
}
