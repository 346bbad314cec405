package io.rolecall.connector.google.internal;

import com.google.api.client.http.HttpRequestInitializer;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.client.json.gson.GsonFactory;
import com.google.api.services.directory.Directory;
import com.google.auth.http.HttpCredentialsAdapter;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.auth.oauth2.ServiceAccountCredentials;
import io.rolecall.connector.google.GoogleSettings;
import io.rolecall.core.port.DirectoryReadException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Builds the Directory API client: a delegated, read-only service account; no retries of its own. */
public final class GoogleClients {

    /** Read-only: RoleCall never changes anything in Workspace. */
    public static final List<String> SCOPES = List.of(
            "https://www.googleapis.com/auth/admin.directory.user.readonly",
            "https://www.googleapis.com/auth/admin.directory.group.readonly");

    private GoogleClients() {
    }

    public static Directory directory(GoogleSettings settings) {
        GoogleCredentials credentials;
        try {
            credentials = ServiceAccountCredentials.fromStream(new ByteArrayInputStream(
                    settings.serviceAccountKeyJson().getBytes(StandardCharsets.UTF_8)))
                    .createScoped(SCOPES).createDelegated(settings.adminEmail());
        } catch (IOException | RuntimeException e) {
            throw new DirectoryReadException("the Google credentials are not a service account key: " + e.getMessage()
                    + ". Create a JSON key for the service account in the Google Cloud console (IAM > Service "
                    + "accounts > Keys) and pass that file.", e);
        }
        HttpCredentialsAdapter adapter = new HttpCredentialsAdapter(credentials);
        // Only the credentials' own 401 handling (refresh the token once) stays; every other retry is
        // RoleCall's, so that quota errors, Retry-After and the wait budget are handled in one place.
        HttpRequestInitializer initializer = request -> {
            adapter.initialize(request);
            request.setConnectTimeout(30_000);
            request.setReadTimeout(60_000);
        };
        Directory.Builder builder = new Directory.Builder(new NetHttpTransport(), GsonFactory.getDefaultInstance(),
                initializer).setApplicationName("RoleCall");
        if (settings.rootUrl() != null) {
            String root = settings.rootUrl().toString();
            builder.setRootUrl(root.endsWith("/") ? root : root + "/");
        }
        return builder.build();
    }
}
