package io.rolecall.infra.s3;

import io.rolecall.core.catalogue.CatalogueSource;
import io.rolecall.core.catalogue.RolesYamlParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The stack's configuration bucket: roles.yaml (the bucket is versioned, so every version of the role
 * definitions stays as evidence) and, for the export provider, the directory export.
 *
 * <p>S3 answers "Access Denied" rather than "No Such Key" for a missing object when the caller may not
 * list the bucket. The functions may list it for exactly the keys they read, so a denied read is
 * followed by a listing of that key, and a missing file is reported as missing, with its key.
 */
public final class S3ConfigBucket {

    private final S3Client s3;
    private final String bucket;

    public S3ConfigBucket(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    /**
     * roles.yaml as stored now; its name records the object version, so a run's record says exactly
     * which version of the role definitions it checked.
     *
     * @throws ConfigBucketException when the object or bucket is missing, unreadable or too large
     */
    public CatalogueSource readRoles(String key) {
        String hint = "upload roles.yaml with 'rolecall config push roles.yaml --bucket " + bucket + "'";
        try (ResponseInputStream<GetObjectResponse> object = open(key, hint)) {
            refuseLarger(object, key, RolesYamlParser.MAX_BYTES);
            String version = object.response().versionId();
            return new CatalogueSource("s3://" + bucket + "/" + key + (version == null || "null".equals(version)
                    ? "" : "?versionId=" + version), new String(object.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ConfigBucketException("cannot read s3://" + bucket + "/" + key + ": " + e.getMessage(), e);
        }
    }

    /** Uploads roles.yaml text; returns the new object version (null when the bucket is not versioned). */
    public String pushRoles(String key, String text) {
        try {
            return s3.putObject(request -> request.bucket(bucket).key(key).contentType("application/yaml")
                    .serverSideEncryption("AES256"), RequestBody.fromString(text, StandardCharsets.UTF_8)).versionId();
        } catch (NoSuchBucketException e) {
            throw new ConfigBucketException("the bucket " + bucket + " does not exist; use the ConfigBucket output "
                    + "of the RoleCall stack", e);
        } catch (S3Exception e) {
            throw new ConfigBucketException("cannot upload to s3://" + bucket + "/" + key + ": "
                    + e.awsErrorDetails().errorMessage(), e);
        }
    }

    /**
     * Copies a file of the bucket (a directory or HR export) to a local file, keeping its name so that its
     * format is known, and streaming it so that a large export never sits in memory.
     *
     * @param maxBytes the largest file accepted, checked before the download
     * @param hint     what to do when the key does not exist
     */
    public Path download(String key, Path directory, long maxBytes, String hint) {
        Path target = directory.resolve(Path.of(key).getFileName().toString());
        try (ResponseInputStream<GetObjectResponse> object = open(key, hint)) {
            refuseLarger(object, key, maxBytes);
            Path partial = Files.createTempFile(directory, ".export", ".part");
            Files.copy((InputStream) object, partial, StandardCopyOption.REPLACE_EXISTING);
            return Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ResponseInputStream<GetObjectResponse> open(String key, String hint) {
        try {
            return s3.getObject(request -> request.bucket(bucket).key(key));
        } catch (NoSuchKeyException e) {
            throw missing(key, hint, e);
        } catch (NoSuchBucketException e) {
            throw new ConfigBucketException("the configuration bucket " + bucket + " does not exist; check the "
                    + "stack's CONFIG_BUCKET", e);
        } catch (S3Exception e) {
            if (e.statusCode() == 403 && !exists(key)) {
                throw missing(key, hint, e);
            }
            throw new ConfigBucketException("cannot read s3://" + bucket + "/" + key + ": "
                    + (e.awsErrorDetails() == null ? e.getMessage() : e.awsErrorDetails().errorMessage())
                    + (e.statusCode() == 403 ? "; check that the function's role may s3:GetObject it" : ""), e);
        }
    }

    /** Whether the key exists, as far as listing it shows; true when the listing is denied too (unknown). */
    private boolean exists(String key) {
        try {
            return s3.listObjectsV2(request -> request.bucket(bucket).prefix(key).maxKeys(1)).contents().stream()
                    .anyMatch(object -> object.key().equals(key));
        } catch (S3Exception listingDenied) {
            return true;
        }
    }

    private ConfigBucketException missing(String key, String hint, Exception cause) {
        return new ConfigBucketException("s3://" + bucket + "/" + key + " does not exist: " + hint, cause);
    }

    private void refuseLarger(ResponseInputStream<GetObjectResponse> object, String key, long maxBytes) {
        Long length = object.response().contentLength();
        if (length != null && length > maxBytes) {
            object.abort();
            throw new ConfigBucketException(String.format(Locale.ROOT, "s3://%s/%s is too large (%.1f MB, limit "
                    + "%d MB); check that it is the right file", bucket, key, length / 1048576.0, maxBytes / 1048576));
        }
    }
}
