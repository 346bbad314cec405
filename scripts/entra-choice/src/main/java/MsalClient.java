import io.rolecall.connector.entra.EntraCredentials;
import io.rolecall.connector.entra.EntraDirectorySource;
import io.rolecall.connector.entra.EntraSettings;
import io.rolecall.connector.support.Progress;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.time.LocalDate;
import java.util.Set;

/** RoleCall's connector (MSAL4J, java.net.http, Jackson) reads the users of the stub tenant: time from JVM start. */
public class MsalClient {
    public static void main(String[] a) {
        URI root = URI.create(a[0]);
        EntraSettings settings = EntraSettings.of("0c9e7d4a-1111-4222-8333-444455556666",
                "6a1f0c2e-aaaa-4bbb-8ccc-ddddeeeeffff", EntraCredentials.secret("test-client-secret"), Set.of(),
                LocalDate.of(2026, 11, 30)).withEndpoints(root, root);
        int n = EntraDirectorySource.create(settings, Progress.silent()).read().size();
        long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println("msal " + n + " users " + ms + " ms");
        System.exit(0);
    }
}
