import com.azure.identity.ClientSecretCredential;
import com.azure.identity.ClientSecretCredentialBuilder;
import com.microsoft.graph.models.UserCollectionResponse;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.authentication.AzureIdentityAuthenticationProvider;
import java.lang.management.ManagementFactory;

/** The Microsoft Graph SDK reads the users of the stub tenant: time from JVM start. */
public class SdkClient {
    public static void main(String[] a) throws Exception {
        String root = a[0];
        ClientSecretCredential credential = new ClientSecretCredentialBuilder()
                .tenantId("0c9e7d4a-1111-4222-8333-444455556666").clientId("6a1f0c2e-aaaa-4bbb-8ccc-ddddeeeeffff")
                .clientSecret("test-client-secret").authorityHost(root).disableInstanceDiscovery().build();
        AzureIdentityAuthenticationProvider auth = new AzureIdentityAuthenticationProvider(credential,
                new String[] {"localhost"}, root + "/.default");
        GraphServiceClient graph = new GraphServiceClient(auth);
        graph.getRequestAdapter().setBaseUrl(root + "/v1.0");
        UserCollectionResponse users = graph.users().get(rc -> {
            rc.queryParameters.select = new String[] {"id", "mail"};
            rc.queryParameters.top = 999;
        });
        long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println("sdk " + users.getValue().size() + " users " + ms + " ms");
        System.exit(0);
    }
}
