package io.rolecall.connector.google.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A local stand-in for the Admin SDK Directory API and Google's token endpoint on WireMock, answering
 * as Google does: users and members as Google's JSON, pages linked by nextPageToken, errors in
 * Google's error envelope. It also makes a service account key whose token_uri points at it.
 */
public final class GoogleStub {

    public static final String USERS = "/admin/directory/v1/users";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WireMockServer server;
    private final KeyPair keys;

    public GoogleStub(WireMockServer server) {
        this.server = server;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            this.keys = generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public String rootUrl() {
        return server.baseUrl() + "/";
    }

    public KeyPair keys() {
        return keys;
    }

    /** A service account JSON key, as the Cloud console downloads it, whose token_uri is this stub. */
    public String serviceAccountKey() {
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(keys.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        Map<String, Object> key = new LinkedHashMap<>();
        key.put("type", "service_account");
        key.put("project_id", "rolecall-test");
        key.put("private_key_id", "0123456789abcdef");
        key.put("private_key", pem);
        key.put("client_email", "rolecall@rolecall-test.iam.gserviceaccount.com");
        key.put("client_id", "100000000000000000001");
        key.put("auth_uri", "https://accounts.google.com/o/oauth2/auth");
        key.put("token_uri", server.baseUrl() + "/token");
        return json(key);
    }

    public void tokenEndpoint(String accessToken) {
        server.stubFor(post(urlPathEqualTo("/token")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"access_token\":\"" + accessToken + "\",\"expires_in\":3599,\"token_type\":\"Bearer\"}")));
    }

    /** One user as users.list returns it. */
    public static Map<String, Object> user(String id, String email) {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("kind", "admin#directory#user");
        user.put("id", id);
        user.put("primaryEmail", email);
        String local = email.substring(0, email.indexOf('@'));
        user.put("name", Map.of("givenName", local, "familyName", "Example", "fullName", local + " Example"));
        user.put("isAdmin", false);
        user.put("suspended", false);
        user.put("archived", false);
        user.put("orgUnitPath", "/");
        user.put("creationTime", "2024-03-12T17:06:19.000Z");
        return user;
    }

    /** Serves users.list: the live users, and with showDeleted=true the deleted ones, 500 per page. */
    public void users(List<Map<String, Object>> live, List<Map<String, Object>> deleted) {
        pages(USERS, live, "users", 500, false);
        pages(USERS, deleted, "users", 500, true);
    }

    /** A group and its members: user ids, or "group:EMAIL" for a nested group. */
    public void group(String email, List<String> members) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (String member : members) {
            if (member.startsWith("group:")) {
                items.add(Map.of("kind", "admin#directory#member", "id", "g-" + member.substring(6), "email",
                        member.substring(6), "type", "GROUP", "status", "ACTIVE"));
            } else {
                items.add(Map.of("kind", "admin#directory#member", "id", member, "email", member + "@member.example",
                        "role", "MEMBER", "type", "USER", "status", "ACTIVE"));
            }
        }
        pages(membersPath(email), items, "members", 200, false);
    }

    public void noGroup(String email) {
        server.stubFor(get(urlPathMatching(Pattern.quote("/admin/directory/v1/groups/") + groupPattern(email)
                + "/members")).willReturn(error(404, "notFound", "Resource Not Found: groupKey")));
    }

    /** Google's error envelope. */
    public static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder error(int status, String reason,
                                                                                         String message) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json; charset=UTF-8")
                .withBody("{\"error\":{\"code\":" + status + ",\"message\":\"" + message + "\",\"errors\":[{\"message\":\""
                        + message + "\",\"domain\":\"global\",\"reason\":\"" + reason + "\"}]}}");
    }

    public static String membersPath(String groupEmail) {
        return "/admin/directory/v1/groups/" + groupEmail + "/members";
    }

    /** A group key (an email, or an id), with '@' matched whether or not the client encoded it. */
    private static String groupPattern(String key) {
        int at = key.indexOf('@');
        return at < 0 ? Pattern.quote(key)
                : Pattern.quote(key.substring(0, at)) + "(@|%40)" + Pattern.quote(key.substring(at + 1));
    }

    private void pages(String path, List<Map<String, Object>> items, String field, int pageSize, boolean deleted) {
        int pageCount = Math.max(1, (items.size() + pageSize - 1) / pageSize);
        for (int page = 0; page < pageCount; page++) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("kind", "admin#directory#" + field);
            body.put(field, items.subList(page * pageSize, Math.min(items.size(), (page + 1) * pageSize)));
            if (page + 1 < pageCount) {
                body.put("nextPageToken", "token-" + field + (deleted ? "-deleted-" : "-") + (page + 1));
            }
            MappingBuilder request = get(path.startsWith("/admin/directory/v1/groups/")
                    ? urlPathMatching(Pattern.quote("/admin/directory/v1/groups/")
                    + groupPattern(path.substring("/admin/directory/v1/groups/".length(), path.length() - "/members".length()))
                    + "/members") : urlPathEqualTo(path))
                    .withQueryParam("pageToken", page == 0 ? absent()
                            : equalTo("token-" + field + (deleted ? "-deleted-" : "-") + page));
            if (field.equals("users")) {
                request.withQueryParam("showDeleted", deleted ? equalTo("true") : absent());
            }
            server.stubFor(request.willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/json; charset=UTF-8").withBody(json(body))));
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
