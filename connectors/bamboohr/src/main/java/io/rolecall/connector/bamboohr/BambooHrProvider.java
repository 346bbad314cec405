package io.rolecall.connector.bamboohr;

import io.rolecall.connector.support.DirectoryProvider;
import io.rolecall.connector.support.HrProvider;
import io.rolecall.connector.support.HrValues;
import io.rolecall.connector.support.ProviderSettings;
import io.rolecall.core.port.HrSource;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/** BambooHR as an HR source: {@code --hr bamboohr}, with the company's subdomain and an API key. */
public final class BambooHrProvider implements HrProvider {

    public static final String COMPANY = "BAMBOOHR_COMPANY";
    public static final String API_KEY = "BAMBOOHR_API_KEY";
    public static final String ROOT_URL = "ROLECALL_BAMBOOHR_ROOT_URL";
    public static final String MAX_WAIT_MINUTES = "BAMBOOHR_MAX_WAIT_MINUTES";

    @Override
    public String name() {
        return "bamboohr";
    }

    @Override
    public String title() {
        return "BambooHR (REST API v1)";
    }

    @Override
    public List<DirectoryProvider.Setting> settings() {
        return List.of(
                DirectoryProvider.plain(COMPANY, "The company's BambooHR subdomain: acme in acme.bamboohr.com."),
                DirectoryProvider.secret(API_KEY, "bamboohrApiKey", "An API key of a BambooHR user allowed to read "
                        + "the report fields and time off (see docs/sources.md)."),
                DirectoryProvider.plain(MAX_WAIT_MINUTES, "The most the read may wait on throttling and retries. "
                        + "Default 10."),
                DirectoryProvider.plain(ROOT_URL, "BambooHR's address; default https://COMPANY.bamboohr.com (a test "
                        + "stub on a loopback address may use http)."));
    }

    @Override
    public HrSource create(ProviderSettings settings) {
        String company = settings.required(COMPANY, "give the company's BambooHR subdomain (acme in "
                + "acme.bamboohr.com)");
        if (!company.matches("[A-Za-z0-9][A-Za-z0-9-]{0,62}")) {
            throw new IllegalArgumentException(COMPANY + " must be the subdomain alone (acme in acme.bamboohr.com), "
                    + "letters, digits and dashes");
        }
        String apiKey = settings.required(API_KEY, "set the API key in the environment");
        URI root = HrValues.root(settings, ROOT_URL, URI.create("https://" + company + ".bamboohr.com"));
        int maxWait = settings.integer(MAX_WAIT_MINUTES, 0).orElse(10);
        return BambooHrSource.create(root, apiKey, Duration.ofMinutes(maxWait));
    }
}
