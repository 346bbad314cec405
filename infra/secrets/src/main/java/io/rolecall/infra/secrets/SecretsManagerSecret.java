package io.rolecall.infra.secrets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;
import software.amazon.awssdk.services.secretsmanager.model.SecretsManagerException;

/**
 * One Secrets Manager secret holding a JSON object of credentials, read when first needed and kept
 * for a while, so that a warm function does not call Secrets Manager on every run yet picks up a
 * rotated value. Values never appear in messages or in {@link #toString()}.
 */
public final class SecretsManagerSecret {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SecretsManagerClient client;
    private final String secretId;
    private final Clock clock;
    private final Duration cacheFor;
    private Map<String, String> cached;
    private Instant readAt;

    public SecretsManagerSecret(SecretsManagerClient client, String secretId, Clock clock, Duration cacheFor) {
        this.client = client;
        this.secretId = secretId;
        this.clock = clock;
        this.cacheFor = cacheFor;
    }

    /** The secret's fields; objects and numbers are given as their JSON text. */
    public synchronized Map<String, String> values() {
        Instant now = clock.instant();
        if (cached == null || !now.isBefore(readAt.plus(cacheFor))) {
            cached = read();
            readAt = now;
        }
        return cached;
    }

    private Map<String, String> read() {
        String text;
        try {
            text = client.getSecretValue(request -> request.secretId(secretId)).secretString();
        } catch (ResourceNotFoundException e) {
            throw new SecretException("the secret " + secretId + " does not exist; check the stack's "
                    + "CredentialsSecretArn parameter", e);
        } catch (SecretsManagerException e) {
            throw new SecretException("cannot read the secret " + secretId + ": " + e.awsErrorDetails().errorCode()
                    + " (" + e.awsErrorDetails().errorMessage() + "); the function's role needs "
                    + "secretsmanager:GetSecretValue on it, and its KMS key must allow decryption", e);
        }
        if (text == null) {
            throw new SecretException("the secret " + secretId + " has no string value; store the credentials as "
                    + "a JSON object (see the README, section Deploy on AWS)", null);
        }
        JsonNode json;
        try {
            json = JSON.readTree(text);
        } catch (IOException e) {
            json = null;
        }
        if (json == null || !json.isObject()) {
            throw new SecretException("the secret " + secretId + " is not a JSON object; store the credentials as "
                    + "{\"oktaApiToken\": \"...\"} or similar (see the README, section Deploy on AWS)", null);
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : json.properties()) {
            values.put(field.getKey(), field.getValue().isTextual() ? field.getValue().asText()
                    : field.getValue().toString());
        }
        return Map.copyOf(values);
    }

    @Override
    public String toString() {
        return "SecretsManagerSecret[" + secretId + "]";
    }
}
