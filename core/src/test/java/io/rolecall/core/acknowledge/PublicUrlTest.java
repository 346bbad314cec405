package io.rolecall.core.acknowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PublicUrlTest {

    @Test
    void linksStartWithTheAddressAndOriginIsWhatABrowserSends() {
        PublicUrl url = PublicUrl.of(" https://Roles.Acme.example/rolecall/ ");

        assertThat(url.link("abc")).isEqualTo("https://Roles.Acme.example/rolecall/ack/abc");
        assertThat(url.origin()).isEqualTo("https://roles.acme.example");
        assertThat(PublicUrl.of("http://127.0.0.1:8080").origin()).isEqualTo("http://127.0.0.1:8080");
        assertThat(PublicUrl.of("https://x.lambda-url.eu-west-1.on.aws:443/").origin())
                .isEqualTo("https://x.lambda-url.eu-west-1.on.aws");
    }

    @Test
    void anythingButAPlainHttpAddressIsRefusedWithAnExample() {
        for (String bad : new String[] {"roles.acme.example", "ftp://acme.example", "https://acme.example/?x=1",
                "https://acme.example/#top", "https://user:pw@acme.example", "https://", "", "javascript:alert(1)"}) {
            assertThatThrownBy(() -> PublicUrl.of(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("for example https://roles.acme.example");
        }
    }
}
