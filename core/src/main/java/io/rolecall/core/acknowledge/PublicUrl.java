package io.rolecall.core.acknowledge;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where holders open their acceptance links: an absolute http(s) address without query, fragment or
 * credentials, such as https://roles.acme.example or a Lambda function URL. Links are
 * {@code {url}/ack/{token}}. (Checked by pattern: the core does no networking, not even java.net.)
 */
public record PublicUrl(String base) {

    private static final Pattern URL = Pattern.compile(
            "(?i)(https?)://([a-z0-9.-]+|\\[[0-9a-f:.]+\\])(:[0-9]{1,5})?(/[A-Za-z0-9._~!$&'()*+,;=:%/-]*)?");

    public PublicUrl {
        base = check(base);
    }

    public static PublicUrl of(String text) {
        return new PublicUrl(text);
    }

    private static String check(String text) {
        String trimmed = text == null ? "" : text.trim();
        if (!URL.matcher(trimmed).matches()) {
            throw new IllegalArgumentException("the public URL '" + trimmed + "' must be an absolute https:// address "
                    + "with no query, fragment or credentials (http:// only for a local test), for example "
                    + "https://roles.acme.example");
        }
        return trimmed.replaceAll("/+$", "");
    }

    /** The link a holder opens to accept one role. */
    public String link(String token) {
        return base + "/ack/" + token;
    }

    /** "https://roles.acme.example" (with a port when it has one): what a browser sends as Origin. */
    public String origin() {
        Matcher matcher = URL.matcher(base);
        if (!matcher.matches()) {
            throw new IllegalStateException("checked when made");
        }
        String port = matcher.group(3);
        String scheme = matcher.group(1).toLowerCase(Locale.ROOT);
        boolean defaultPort = port == null || scheme.equals("https") && port.equals(":443")
                || scheme.equals("http") && port.equals(":80");
        return scheme + "://" + matcher.group(2).toLowerCase(Locale.ROOT) + (defaultPort ? "" : port);
    }
}
