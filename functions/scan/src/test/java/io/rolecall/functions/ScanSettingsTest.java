package io.rolecall.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The scan's settings as the stack passes them: the provider by name, its settings by variable or JSON. */
class ScanSettingsTest {

    private static Map<String, String> env(String provider) {
        Map<String, String> env = new HashMap<>();
        env.put("TABLE_NAME", "t");
        env.put("CONFIG_BUCKET", "b");
        env.put("SENDER_ADDRESS", "rolecall@acme.example");
        env.put("TIME_ZONE", "UTC");
        env.put("EVENT_BUS_NAME", "default");
        env.put("LINK_SECRET_ARN", "arn:aws:secretsmanager:eu-west-1:123456789012:secret:link-AbCdEf");
        env.put("PUBLIC_URL", "https://ack.acme.example");
        env.put("CREDENTIALS_SECRET_ARN", "arn:aws:secretsmanager:eu-west-1:123456789012:secret:dir-AbCdEf");
        env.put("DIRECTORY_PROVIDER", provider);
        return env;
    }

    @Test
    void aProviderIsFoundByNameAndItsSettingsComeFromDirectorySettingsUnderTheVariables() {
        Map<String, String> env = env("entra");
        env.put("DIRECTORY_SETTINGS", "{\"ENTRA_TENANT_ID\": \"contoso.onmicrosoft.com\", "
                + "\"ENTRA_DISABLED_MEANS_LEFT\": true, \"ENTRA_SERVICE_EMPLOYEE_TYPE\": \"Bot\"}");
        env.put("ENTRA_SERVICE_EMPLOYEE_TYPE", "Service");

        ScanSettings settings = ScanSettings.check(FunctionSettings.from(env));

        assertThat(settings.provider().name()).isEqualTo("entra");
        assertThat(settings.directorySettings()).containsEntry("ENTRA_TENANT_ID", "contoso.onmicrosoft.com")
                .containsEntry("ENTRA_DISABLED_MEANS_LEFT", "true")
                .containsEntry("ENTRA_SERVICE_EMPLOYEE_TYPE", "Service");
    }

    @Test
    void anUnknownProviderAMissingTenantAndBrokenJsonAreEachNamed() {
        Map<String, String> unknown = env("workday");
        Map<String, String> entra = env("entra");
        entra.put("DIRECTORY_SETTINGS", "{\"ENTRA_TENANT_ID\": {\"nested\": 1}}");

        assertThatThrownBy(() -> ScanSettings.check(FunctionSettings.from(unknown)))
                .hasMessageContaining("DIRECTORY_PROVIDER 'workday' is not entra, export, google, okta");
        assertThatThrownBy(() -> ScanSettings.check(FunctionSettings.from(entra)))
                .hasMessageContaining("DIRECTORY_SETTINGS must be a JSON object of text values")
                .hasMessageContaining("ENTRA_TENANT_ID is not set (nor in DIRECTORY_SETTINGS)");
    }

    @Test
    void aKeyInDirectorySettingsThatTheProviderDoesNotReadIsNamedRatherThanIgnored() {
        Map<String, String> env = env("entra");
        env.put("DIRECTORY_SETTINGS", "{\"ENTRA_TENNANT_ID\": \"contoso.onmicrosoft.com\"}");

        assertThatThrownBy(() -> ScanSettings.check(FunctionSettings.from(env)))
                .hasMessageContaining("DIRECTORY_SETTINGS ENTRA_TENNANT_ID is not a setting of the entra directory "
                        + "source; its settings are ")
                .hasMessageContaining("ENTRA_TENANT_ID is not set");
    }

    @Test
    void anHrSourceIsOptionalAndWhenSetItsOwnSettingsAreRequired() {
        Map<String, String> none = env("okta");
        none.put("OKTA_ORG_URL", "https://acme.okta.com");
        assertThat(ScanSettings.check(FunctionSettings.from(none)).hrProvider()).isEmpty();

        Map<String, String> file = env("okta");
        file.put("OKTA_ORG_URL", "https://acme.okta.com");
        file.put("HR_PROVIDER", "file");
        assertThatThrownBy(() -> ScanSettings.check(FunctionSettings.from(file))).hasMessageContaining("HR_EXPORT_KEY");
        file.put("HR_EXPORT_KEY", "exports/hr.csv");
        assertThat(ScanSettings.check(FunctionSettings.from(file)).hrProvider()).hasValueSatisfying(provider ->
                assertThat(provider.name()).isEqualTo("file"));

        Map<String, String> bamboo = env("okta");
        bamboo.put("OKTA_ORG_URL", "https://acme.okta.com");
        bamboo.put("HR_PROVIDER", "bamboohr");
        assertThatThrownBy(() -> ScanSettings.check(FunctionSettings.from(bamboo)))
                .hasMessageContaining("BAMBOOHR_COMPANY");

        Map<String, String> hibob = env("export");
        hibob.put("DIRECTORY_EXPORT_KEY", "exports/people.json");
        hibob.put("HR_PROVIDER", "hibob");
        assertThat(ScanSettings.check(FunctionSettings.from(hibob)).hrProvider()).hasValueSatisfying(provider ->
                assertThat(provider.name()).isEqualTo("hibob"));
        hibob.remove("CREDENTIALS_SECRET_ARN");
        assertThatThrownBy(() -> ScanSettings.check(FunctionSettings.from(hibob)))
                .hasMessageContaining("CREDENTIALS_SECRET_ARN");

        Map<String, String> unknown = env("okta");
        unknown.put("OKTA_ORG_URL", "https://acme.okta.com");
        unknown.put("HR_PROVIDER", "workday");
        assertThatThrownBy(() -> ScanSettings.check(FunctionSettings.from(unknown)))
                .hasMessageContaining("HR_PROVIDER 'workday' is not an HR source; use bamboohr, file, hibob, personio, rippling, or leave it empty");
    }
}
