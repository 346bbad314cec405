import io.rolecall.connector.entra.testing.GraphStub;
import java.util.List;

/** Serves a two-user tenant over HTTPS until killed; prints its root. */
public class StubServer {
    public static void main(String[] a) throws Exception {
        GraphStub graph = new GraphStub();
        graph.issuesTokens().users(List.of(List.of(GraphStub.user("u1", "ada@acme.example", "Ada", true),
                GraphStub.user("u2", "grace@acme.example", "Grace", true)))).deletedUsers(List.of(List.of()));
        System.out.println(graph.root());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
