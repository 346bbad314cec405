package io.rolecall.connector.okta.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.rolecall.connector.okta.testing.OktaStub;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A WireMock extension serving a large generated Okta org page by page, rendering each page when it
 * is first asked for. Every 50th user is
 * DEPROVISIONED (served only to the DEPROVISIONED search); two groups hold every 100th user.
 */
public final class GeneratedOktaOrg implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "generated-okta-org";
    static final int PAGE = 200;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final int users;
    private final long reset = Instant.now().plusSeconds(60).getEpochSecond();
    private final Map<String, ResponseDefinition> rendered = new ConcurrentHashMap<>();

    public GeneratedOktaOrg(int users) {
        this.users = users;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return true;
    }

    static boolean deprovisioned(int index) {
        return index % 50 == 7;
    }

    /**
     * Pages are rendered once and then served from memory, so that a second read measures the
     * connector rather than the stub's JSON rendering.
     */
    @Override
    public ResponseDefinition transform(ServeEvent event) {
        return rendered.computeIfAbsent(event.getRequest().getUrl(), url -> render(event));
    }

    private ResponseDefinition render(ServeEvent event) {
        String path = event.getRequest().getUrl().split("\\?")[0];
        String absolute = event.getRequest().getAbsoluteUrl();
        String baseUrl = absolute.substring(0, absolute.indexOf(path));
        QueryParameter afterParam = event.getRequest().queryParameter("after");
        QueryParameter searchParam = event.getRequest().queryParameter("search");
        int after = afterParam.isPresent() ? Integer.parseInt(afterParam.firstValue()) : -1;
        boolean wantDeprovisioned = searchParam.isPresent();
        if (path.equals("/api/v1/groups")) {
            String q = event.getRequest().queryParameter("q").firstValue();
            return respond(List.of(Map.of("id", "00g" + q, "type", "OKTA_GROUP", "profile", Map.of("name", q))), null,
                    baseUrl + path);
        }
        boolean groupMembers = path.startsWith("/api/v1/groups/");
        List<Map<String, Object>> page = new ArrayList<>(PAGE);
        int index = after + 1;
        for (; index < users && page.size() < PAGE; index++) {
            if (groupMembers ? index % 100 != 0 : deprovisioned(index) != wantDeprovisioned) {
                continue;
            }
            page.add(OktaStub.user(String.valueOf(index), "person" + index + "@bench.example",
                    deprovisioned(index) ? "DEPROVISIONED" : "ACTIVE"));
        }
        boolean more = false;
        for (int rest = index; rest < users; rest++) {
            if (groupMembers ? rest % 100 == 0 : deprovisioned(rest) == wantDeprovisioned) {
                more = true;
                break;
            }
        }
        String next = more ? path + "?after=" + (index - 1) + "&limit=200"
                + (wantDeprovisioned ? "&search=status+eq+%22DEPROVISIONED%22" : "") : null;
        return respond(page, next == null ? null : baseUrl + next, baseUrl + path);
    }

    private ResponseDefinition respond(List<?> body, String next, String self) {
        List<String> links = new ArrayList<>(List.of("<" + self + ">; rel=\"self\""));
        if (next != null) {
            links.add("<" + next + ">; rel=\"next\"");
        }
        try {
            return new ResponseDefinitionBuilder().withStatus(200).withHeader("Content-Type", "application/json")
                    .withHeader("Link", links.toArray(String[]::new))
                    .withHeader("X-Rate-Limit-Limit", "100000").withHeader("X-Rate-Limit-Remaining", "99999")
                    .withHeader("X-Rate-Limit-Reset", String.valueOf(reset))
                    .withBody(JSON.writeValueAsBytes(body)).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
