package io.rolecall.infra.awstesting;

import java.net.URI;
import org.testcontainers.containers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * LocalStack in Docker, started once per test JVM with -Plocalstack. The tag is pinned to a release
 * that starts without an auth token (newer "latest" images ask for one).
 */
final class LocalStack {

    static final String IMAGE = "localstack/localstack:3.8.1";
    private static LocalStackContainer container;

    private LocalStack() {
    }

    static synchronized URI endpoint() {
        if (container == null) {
            container = new LocalStackContainer(DockerImageName.parse(IMAGE)).withServices(
                    LocalStackContainer.Service.DYNAMODB, LocalStackContainer.Service.SES, LocalStackContainer.Service.S3,
                    LocalStackContainer.Service.SECRETSMANAGER);
            container.start();
        }
        return container.getEndpoint();
    }
}
