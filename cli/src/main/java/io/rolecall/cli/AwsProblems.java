package io.rolecall.cli;

import software.amazon.awssdk.core.exception.SdkClientException;

/** The one thing to do about an AWS SDK client failure, instead of the SDK's list of every provider it tried. */
final class AwsProblems {

    private AwsProblems() {
    }

    static String why(SdkClientException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("Unable to load region")) {
            return "no AWS region is set; give the stack's region with --region or AWS_REGION";
        }
        if (message.contains("Unable to load credentials")) {
            return "no AWS credentials were found; sign in first (for example 'aws sso login' with AWS_PROFILE "
                    + "set, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY)";
        }
        return message;
    }
}
