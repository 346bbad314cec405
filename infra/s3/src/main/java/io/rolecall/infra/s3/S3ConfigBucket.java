package io.rolecall.infra.s3;

import io.rolecall.core.catalogue.CatalogueSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The stack's configuration bucket: roles.yaml (the bucket is versioned, so every version of the role
 * definitions stays as evidence) and, for the export provider, the directory export.
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
     * @throws ConfigBucketException when the object or bucket is missing or unreadable
     */
    public CatalogueSource readRoles(String key) {
        try {
            ResponseBytes<GetObjectResponse> object = s3.getObjectAsBytes(request -> request.bucket(bucket).key(key));
            String version = object.response().versionId();
            return new CatalogueSource("s3://" + bucket + "/" + key + (version == null || "null".equals(version)
                    ? "" : "?versionId=" + version), object.asString(StandardCharsets.UTF_8));
        } catch (NoSuchKeyException e) {
            throw new ConfigBucketException("s3://" + bucket + "/" + key + " does not exist: upload roles.yaml with "
                    + "'rolecall config push roles.yaml --bucket " + bucket + "'", e);
        } catch (NoSuchBucketException e) {
            throw new ConfigBucketException("the configuration bucket " + bucket + " does not exist; check the "
                    + "stack's CONFIG_BUCKET", e);
        } catch (S3Exception e) {
            throw new ConfigBucketException("cannot read s3://" + bucket + "/" + key + ": "
                    + e.awsErrorDetails().errorMessage(), e);
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

    /** Copies a directory export to a local file, keeping its name so that its format is known. */
    public Path downloadExport(String key, Path directory) {
        Path target = directory.resolve(Path.of(key).getFileName().toString());
        try {
            byte[] content = s3.getObjectAsBytes(request -> request.bucket(bucket).key(key)).asByteArray();
            Path partial = Files.createTempFile(directory, ".export", ".part");
            Files.write(partial, content);
            return Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (NoSuchKeyException e) {
            throw new ConfigBucketException("the directory export s3://" + bucket + "/" + key + " does not exist; "
                    + "upload it or set DIRECTORY_EXPORT_KEY", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
