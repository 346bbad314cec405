package io.rolecall.connector.entra.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.Extension;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A local Microsoft Graph and Entra ID token endpoint on WireMock, over HTTPS (MSAL accepts no other
 * authority) with a test certificate for localhost that the build's test JVMs trust. Pages have the
 * shape Graph gives them: {"@odata.context", "value": [...], "@odata.nextLink"}.
 */
public final class GraphStub implements AutoCloseable {

    public static final String TENANT = "0c9e7d4a-1111-4222-8333-444455556666";
    public static final String CLIENT_ID = "6a1f0c2e-aaaa-4bbb-8ccc-ddddeeeeffff";
    public static final String SECRET = "test-client-secret";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WireMockServer server;

    public GraphStub(Extension... extensions) {
        this(WireMockConfiguration.options().httpDisabled(true).httpsPort(0).bindAddress("127.0.0.1")
                .extensions(extensions));
    }

    /** With these options (a fixed port, extensions, no journal), and the stub's certificate. */
    public GraphStub(WireMockConfiguration options) {
        server = new WireMockServer(options.keystorePath(keystore().toString()).keystorePassword("changeit")
                .keyManagerPassword("changeit").keystoreType("PKCS12"));
        server.start();
    }

    /** The stub's key store, copied out of the (test-)jar so that Jetty can open it as a file. */
    private static Path keystore() {
        try (InputStream in = GraphStub.class.getResourceAsStream("/graph-stub.p12")) {
            Path file = Files.createTempFile("graph-stub", ".p12");
            file.toFile().deleteOnExit();
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** https://localhost:PORT: both the Graph root and the authority root. */
    public URI root() {
        return URI.create("https://localhost:" + server.httpsPort());
    }

    public WireMockServer server() {
        return server;
    }

    /** The PEM (key and certificate) of a test app registration. */
    public static String appCertificatePem() {
        try (InputStream in = GraphStub.class.getResourceAsStream("/app-certificate.pem")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The token endpoint issues an app token to any client of the tenant. */
    public GraphStub issuesTokens() {
        server.stubFor(post(urlPathEqualTo("/" + TENANT + "/oauth2/v2.0/token")).willReturn(json(200,
                Map.of("token_type", "Bearer", "expires_in", 3599, "ext_expires_in", 3599,
                        "access_token", "graph-test-token"))));
        return this;
    }

    /** The token endpoint refuses the client, as Entra ID does with a wrong or expired secret. */
    public GraphStub refusesTokens() {
        server.stubFor(post(urlPathEqualTo("/" + TENANT + "/oauth2/v2.0/token")).willReturn(json(401, Map.of(
                "error", "invalid_client", "error_description", "AADSTS7000215: Invalid client secret provided. "
                        + "Ensure the secret being sent in the request is the client secret value.\r\nTrace ID: x",
                "error_codes", List.of(7000215)))));
        return this;
    }

    /** The users listing in pages, each page's nextLink a $skiptoken as Graph writes it. */
    public GraphStub users(List<List<Map<String, Object>>> pages) {
        return pages("/v1.0/users", pages);
    }

    public GraphStub deletedUsers(List<List<Map<String, Object>>> pages) {
        return pages("/v1.0/directory/deletedItems/microsoft.graph.user", pages);
    }

    /** A group found by its display name, and its transitive user members. */
    public GraphStub group(String displayName, String id, List<String> memberIds) {
        server.stubFor(get(urlPathEqualTo("/v1.0/groups")).withQueryParam("$filter", displayNameIs(displayName))
                .willReturn(json(200, page(List.of(Map.of("id", id, "displayName", displayName)), null))));
        server.stubFor(get(urlPathEqualTo("/v1.0/groups/" + id)).willReturn(json(200,
                Map.of("id", id, "displayName", displayName))));
        return pages("/v1.0/groups/" + id + "/transitiveMembers/microsoft.graph.user",
                List.of(memberIds.stream().map(m -> Map.<String, Object>of("@odata.type", "#microsoft.graph.user",
                        "id", m)).toList()));
    }

    /** No group of that display name. */
    public GraphStub noGroup(String displayName) {
        server.stubFor(get(urlPathEqualTo("/v1.0/groups")).withQueryParam("$filter", displayNameIs(displayName))
                .willReturn(json(200, page(List.of(), null))));
        return this;
    }

    /** Graph compares display names ignoring case. */
    private static com.github.tomakehurst.wiremock.matching.StringValuePattern displayNameIs(String displayName) {
        return com.github.tomakehurst.wiremock.client.WireMock.matching("(?i)" + java.util.regex.Pattern.quote(
                "displayName eq '" + displayName.replace("'", "''") + "'"));
    }

    private GraphStub pages(String path, List<List<Map<String, Object>>> pages) {
        for (int i = 0; i < pages.size(); i++) {
            String next = i + 1 < pages.size() ? root() + path + "?$skiptoken=" + token(path, i + 1) : null;
            MappingBuilder request = get(urlPathEqualTo(path)).withQueryParam("$skiptoken",
                    i == 0 ? absent() : equalTo(token(path, i)));
            server.stubFor(request.willReturn(json(200, page(pages.get(i), next))));
        }
        return this;
    }

    /** An opaque-looking skip token, different per listing and page. */
    public static String token(String path, int page) {
        return "RFNwdAoAAQAAAAAAAAAAFAAAA" + Math.abs(path.hashCode() % 1000) + "p" + page;
    }

    public static Map<String, Object> page(List<Map<String, Object>> value, String nextLink) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("@odata.context", "https://graph.microsoft.com/v1.0/$metadata#users");
        page.put("value", value);
        if (nextLink != null) {
            page.put("@odata.nextLink", nextLink);
        }
        return page;
    }

    public static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, Object body) {
        try {
            return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                    .withBody(JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A user as Graph returns it for RoleCall's $select, with the manager expanded when given. */
    public static Map<String, Object> user(String id, String mail, String name, boolean enabled) {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("id", id);
        user.put("mail", mail);
        user.put("userPrincipalName", mail == null ? id + "@contoso.onmicrosoft.com" : mail);
        user.put("displayName", name);
        user.put("accountEnabled", enabled);
        user.put("jobTitle", null);
        user.put("department", null);
        user.put("employeeLeaveDateTime", null);
        user.put("userType", "Member");
        user.put("employeeType", null);
        return user;
    }

    public static Map<String, Object> with(Map<String, Object> user, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(user);
        copy.put(field, value);
        return copy;
    }

    public static Map<String, Object> managedBy(Map<String, Object> user, String managerId, String managerMail) {
        Map<String, Object> manager = new LinkedHashMap<>();
        manager.put("@odata.type", "#microsoft.graph.user");
        manager.put("id", managerId);
        manager.put("mail", managerMail);
        return with(user, "manager", manager);
    }

    public static List<List<Map<String, Object>>> pagesOf(List<Map<String, Object>> users, int size) {
        List<List<Map<String, Object>>> pages = new ArrayList<>();
        for (int start = 0; start < users.size(); start += size) {
            pages.add(users.subList(start, Math.min(users.size(), start + size)));
        }
        if (pages.isEmpty()) {
            pages.add(List.of());
        }
        return pages;
    }

    @Override
    public void close() {
        server.stop();
    }
}
