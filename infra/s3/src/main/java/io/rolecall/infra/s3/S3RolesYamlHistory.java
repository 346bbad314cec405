package io.rolecall.infra.s3;

import io.rolecall.core.catalogue.RolesYamlParser;
import io.rolecall.core.port.RolesYamlHistory;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The versions of roles.yaml in the stack's versioned configuration bucket (ListObjectVersions, all
 * pages); delete markers are not uploads. Needs s3:ListBucketVersions on the bucket and
 * s3:GetObjectVersion on the key, which the compliance manager's policy grants.
 */
public final class S3RolesYamlHistory implements RolesYamlHistory {

    private final S3Client s3;
    private final String bucket;
    private final String key;

    public S3RolesYamlHistory(S3Client s3, String bucket, String key) {
        this.s3 = s3;
        this.bucket = bucket;
        this.key = key;
    }

    @Override
    public String location() {
        return "s3://" + bucket + "/" + key;
    }

    @Override
    public List<Upload> uploads() {
        try {
            return s3.listObjectVersionsPaginator(request -> request.bucket(bucket).prefix(key)).versions().stream()
                    .filter(version -> version.key().equals(key))
                    .filter(version -> version.versionId() != null && !"null".equals(version.versionId()))
                    .map(version -> new Upload(version.versionId(), version.lastModified()))
                    .sorted(Comparator.comparing(Upload::uploadedAt))
                    .toList();
        } catch (S3Exception e) {
            throw new RolesYamlHistoryException("cannot list the versions of " + location() + " (" + why(e) + ")"
                    + (e.statusCode() == 403 ? "; the caller needs s3:ListBucketVersions on the bucket" : ""), e);
        } catch (SdkException e) {
            throw new RolesYamlHistoryException("cannot list the versions of " + location() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String text(Upload upload) {
        try {
            ResponseBytes<GetObjectResponse> object = s3.getObjectAsBytes(request -> request.bucket(bucket).key(key)
                    .versionId(upload.versionId()));
            if (object.asByteArray().length > RolesYamlParser.MAX_BYTES) {
                throw new RolesYamlHistoryException("version " + upload.versionId() + " of " + location()
                        + " is larger than a roles.yaml can be", null);
            }
            return new String(object.asByteArray(), StandardCharsets.UTF_8);
        } catch (S3Exception e) {
            throw new RolesYamlHistoryException("cannot read version " + upload.versionId() + " of " + location()
                    + " (" + why(e) + ")" + (e.statusCode() == 403
                    ? "; the caller needs s3:GetObjectVersion on it" : ""), e);
        }
    }

    private static String why(S3Exception e) {
        return e.awsErrorDetails() == null ? e.getMessage()
                : e.awsErrorDetails().errorCode() + ": " + e.awsErrorDetails().errorMessage();
    }
}
