package io.rolecall.core.testing;

import io.rolecall.core.acknowledge.FormPost;
import io.rolecall.core.acknowledge.LinkSigner;
import io.rolecall.core.model.OutgoingEmail;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The signed links of notices sent to https://roles.acme.example/, and the posts of their pages' forms. */
public final class SignedLinks {

    private static final Pattern LINK = Pattern.compile("https://roles\\.acme\\.example/ack/([A-Za-z0-9_-]+)");

    private SignedLinks() {
    }

    /** The tokens of the links in an email's text, in order. */
    public static List<String> tokens(OutgoingEmail email) {
        Matcher matcher = LINK.matcher(email.text());
        List<String> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    /** The page's own form, consent ticked, posted from the page (same origin). */
    public static FormPost consented(LinkSigner signer, String token) {
        return post(Map.of("form", signer.formToken(token), "accept", "yes"), "same-origin");
    }

    /** A post of these fields, as a browser sends it with this Sec-Fetch-Site. */
    public static FormPost post(Map<String, String> fields, String fetchSite) {
        Map<String, List<String>> multi = new HashMap<>();
        fields.forEach((key, value) -> multi.put(key, List.of(value)));
        return new FormPost(multi, "null", fetchSite, "Mozilla/5.0 (test)");
    }
}
