package io.rolecall.connector.okta.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToIgnoreCase;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A local stand-in for an Okta org on WireMock, answering the way Okta does: users and groups as
 * Okta's JSON (shaped after recorded responses), pages of 200 linked by {@code Link: <...>; rel="next"}
 * headers with an opaque {@code after} cursor, and X-Rate-Limit-* headers on every response.
 */
public final class OktaStub {

    public static final String DEPROVISIONED_SEARCH = "status eq \"DEPROVISIONED\"";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WireMockServer server;
    private final long rateLimitReset;

    public OktaStub(WireMockServer server, Instant now) {
        this.server = server;
        this.rateLimitReset = now.plusSeconds(60).getEpochSecond();
    }

    public String orgUrl() {
        return server.baseUrl();
    }

    /** One user as Okta's API returns it. */
    public static Map<String, Object> user(String id, String email, String status) {
        Map<String, Object> profile = new LinkedHashMap<>();
        int at = email.indexOf('@');
        String local = at < 0 ? email : email.substring(0, at);
        profile.put("firstName", Character.toUpperCase(local.charAt(0)) + local.substring(1));
        profile.put("lastName", "Example");
        profile.put("mobilePhone", null);
        profile.put("secondEmail", null);
        profile.put("login", email);
        profile.put("email", email);
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("id", id);
        user.put("status", status);
        user.put("created", "2024-03-12T17:06:19.000Z");
        user.put("activated", "2024-03-12T17:06:20.000Z");
        user.put("statusChanged", "2024-03-12T17:06:20.000Z");
        user.put("lastLogin", "2026-11-20T09:12:01.000Z");
        user.put("lastUpdated", "2026-10-01T10:00:00.000Z");
        user.put("passwordChanged", "2024-03-12T17:06:20.000Z");
        user.put("type", Map.of("id", "oty1234567890abcdef0"));
        user.put("profile", profile);
        user.put("credentials", Map.of("password", Map.of(), "provider", Map.of("type", "OKTA", "name", "OKTA")));
        user.put("_links", Map.of("self", Map.of("href", "https://acme.okta.com/api/v1/users/" + id)));
        return user;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> profile(Map<String, Object> user) {
        return (Map<String, Object>) user.get("profile");
    }

    /** Serves the default user list (no DEPROVISIONED) and the DEPROVISIONED search, 200 per page. */
    public void users(List<Map<String, Object>> listed, List<Map<String, Object>> deprovisioned) {
        pages("/api/v1/users", null, listed);
        pages("/api/v1/users", DEPROVISIONED_SEARCH, deprovisioned);
    }

    /** A group (found by its name prefix, as Okta's q parameter does) and its members by user id. */
    public void group(String id, String name, List<String> memberIds) {
        Map<String, Object> group = new LinkedHashMap<>();
        group.put("id", id);
        group.put("created", "2024-01-01T00:00:00.000Z");
        group.put("lastUpdated", "2024-01-01T00:00:00.000Z");
        group.put("lastMembershipUpdated", "2026-10-01T00:00:00.000Z");
        group.put("objectClass", List.of("okta:user_group"));
        group.put("type", "OKTA_GROUP");
        group.put("profile", Map.of("name", name, "description", "RoleCall test group"));
        server.stubFor(get(urlPathEqualTo("/api/v1/groups")).withQueryParam("q", equalToIgnoreCase(name))
                .willReturn(page(List.of(group), "/api/v1/groups?q=" + name, null)));
        List<Map<String, Object>> members = new ArrayList<>();
        memberIds.forEach(memberId -> members.add(user(memberId, memberId + "@member.example", "ACTIVE")));
        pages("/api/v1/groups/" + id + "/users", null, members);
    }

    public void noGroupNamed(String name) {
        server.stubFor(get(urlPathEqualTo("/api/v1/groups")).withQueryParam("q", equalToIgnoreCase(name))
                .willReturn(page(List.of(), "/api/v1/groups?q=" + name, null)));
    }

    /** The OAuth 2.0 token endpoint of the org authorization server. */
    public void tokenEndpoint(String accessToken) {
        server.stubFor(post(urlPathEqualTo("/oauth2/v1/token")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"token_type\":\"Bearer\",\"expires_in\":3600,\"access_token\":\"" + accessToken
                        + "\",\"scope\":\"okta.users.read okta.groups.read\"}")));
    }

    private void pages(String path, String search, List<Map<String, Object>> items) {
        int pageSize = 200;
        int pageCount = Math.max(1, (items.size() + pageSize - 1) / pageSize);
        for (int page = 0; page < pageCount; page++) {
            List<Map<String, Object>> slice = items.subList(page * pageSize, Math.min(items.size(), (page + 1) * pageSize));
            String cursor = page == 0 ? null : cursor(items, page * pageSize);
            String next = page + 1 < pageCount ? cursor(items, (page + 1) * pageSize) : null;
            MappingBuilder request = get(urlPathEqualTo(path))
                    .withQueryParam("after", cursor == null ? absent() : equalTo(cursor))
                    .withQueryParam("search", search == null ? absent() : equalTo(search));
            String query = search == null ? "" : "search=" + search.replace(" ", "+").replace("\"", "%22") + "&";
            server.stubFor(request.willReturn(page(slice, path + "?" + query + "limit=200", next == null ? null
                    : path + "?" + query + "after=" + next + "&limit=200")));
        }
    }

    private static String cursor(List<Map<String, Object>> items, int index) {
        return String.valueOf(items.get(index - 1).get("id"));
    }

    private ResponseDefinitionBuilder page(List<?> body, String self, String next) {
        List<String> links = new ArrayList<>();
        links.add("<" + server.baseUrl() + self + ">; rel=\"self\"");
        if (next != null) {
            links.add("<" + server.baseUrl() + next + ">; rel=\"next\"");
        }
        try {
            return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                    .withHeader("Link", links.toArray(String[]::new))
                    .withHeader("X-Rate-Limit-Limit", "600").withHeader("X-Rate-Limit-Remaining", "590")
                    .withHeader("X-Rate-Limit-Reset", String.valueOf(rateLimitReset))
                    .withBody(JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
