package io.rolecall.cli;

import io.rolecall.core.port.RolesYamlHistory;
import io.rolecall.infra.dynamodb.DynamoDbStorage;
import io.rolecall.infra.s3.S3RolesYamlHistory;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.CloudFormationException;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * A RoleCall stack deployed with SAM, found by its name: its state table and configuration bucket
 * come from the stack's outputs, and the credentials from the default chain (AWS_PROFILE, IAM
 * Identity Center, environment). Endpoints follow AWS_ENDPOINT_URL_* as the SDK does.
 */
final class DeployedStack implements AutoCloseable {

    static final String TABLE_OUTPUT = "StateTable";
    static final String BUCKET_OUTPUT = "ConfigBucket";
    static final String CONFIG_KEY_PARAMETER = "ConfigKey";
    /** template.yaml's default for ConfigKey. */
    static final String DEFAULT_CONFIG_KEY = "roles.yaml";

    private final String name;
    private final Region region;
    private final Map<String, String> outputs;
    private final SdkHttpClient http;
    private final DynamoDbClient dynamoDb;
    private S3Client s3;

    private DeployedStack(String name, Region region, Map<String, String> outputs, SdkHttpClient http) {
        this.name = name;
        this.region = region;
        this.outputs = outputs;
        this.http = http;
        this.dynamoDb = DynamoDbClient.builder().region(region).httpClient(http).build();
    }

    /**
     * @param region null for the default region (AWS_REGION, the profile's)
     * @throws StackException when the stack cannot be found or read, or lacks RoleCall's outputs
     */
    static DeployedStack find(String name, String region) {
        SdkHttpClient http = UrlConnectionHttpClient.create();
        try (CloudFormationClient cloudFormation = configured(CloudFormationClient.builder(), region, http).build()) {
            Stack stack = cloudFormation.describeStacks(request -> request.stackName(name)).stacks().get(0);
            Map<String, String> outputs = new HashMap<>();
            stack.outputs().forEach(output -> outputs.put(output.outputKey(), output.outputValue()));
            // The roles.yaml key is a parameter, not an output; kept beside the outputs under its own name.
            stack.parameters().stream().filter(p -> CONFIG_KEY_PARAMETER.equals(p.parameterKey()))
                    .forEach(p -> outputs.put(CONFIG_KEY_PARAMETER, p.parameterValue()));
            for (String required : new String[] {TABLE_OUTPUT, BUCKET_OUTPUT}) {
                if (!outputs.containsKey(required)) {
                    throw new StackException("the stack " + name + " has no output " + required + ": is it a RoleCall "
                            + "stack, and is its deployment complete (" + stack.stackStatusAsString() + ")?", true, null);
                }
            }
            Region resolved = cloudFormation.serviceClientConfiguration().region();
            return new DeployedStack(name, resolved, outputs, http);
        } catch (CloudFormationException e) {
            http.close();
            boolean missing = String.valueOf(e.awsErrorDetails() == null ? e.getMessage()
                    : e.awsErrorDetails().errorMessage()).contains("does not exist");
            throw new StackException(missing ? "there is no stack named " + name + (region == null ? "" : " in "
                    + region) + "; check --stack (sam deploy's stack name) and --region"
                    : "cannot read the stack " + name + ": " + e.getMessage(), missing, e);
        } catch (SdkClientException e) {
            http.close();
            throw new StackException("cannot reach AWS to find the stack " + name + ": " + AwsProblems.why(e), false, e);
        } catch (RuntimeException e) {
            http.close();
            throw e;
        }
    }

    private static <B extends software.amazon.awssdk.awscore.client.builder.AwsClientBuilder<B, ?>
            & software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder<B, ?>> B configured(B builder,
                                                                                                  String region,
                                                                                                  SdkHttpClient http) {
        builder.httpClient(http);
        if (region != null) {
            builder.region(Region.of(region));
        }
        return builder;
    }

    String name() {
        return name;
    }

    String tableName() {
        return outputs.get(TABLE_OUTPUT);
    }

    String bucketName() {
        return outputs.get(BUCKET_OUTPUT);
    }

    /** Every upload of the stack's roles.yaml (S3 object versions). */
    RolesYamlHistory rolesYamlHistory() {
        if (s3 == null) {
            s3 = S3Client.builder().region(region).httpClient(http).build();
        }
        return new S3RolesYamlHistory(s3, bucketName(), outputs.getOrDefault(CONFIG_KEY_PARAMETER, DEFAULT_CONFIG_KEY));
    }

    DynamoDbStorage storage() {
        return DynamoDbStorage.create(dynamoDb, tableName());
    }

    /** The caller's IAM principal (user, role or assumed-role session ARN): who a change is by. */
    String caller() {
        try (StsClient sts = StsClient.builder().region(region).httpClient(http).build()) {
            return sts.getCallerIdentity().arn();
        } catch (SdkServiceException | SdkClientException e) {
            throw new StackException("cannot tell who you are to AWS (sts:GetCallerIdentity): " + e.getMessage()
                    + "; give --by EMAIL instead", false, e);
        }
    }

    @Override
    public void close() {
        dynamoDb.close();
        if (s3 != null) {
            s3.close();
        }
        http.close();
    }
}
