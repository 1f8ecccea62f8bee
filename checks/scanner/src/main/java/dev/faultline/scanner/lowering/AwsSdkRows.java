package dev.faultline.scanner.lowering;

import static dev.faultline.scanner.lowering.LibraryRows.BOOLEAN;
import static dev.faultline.scanner.lowering.LibraryRows.INT;
import static dev.faultline.scanner.lowering.LibraryRows.STRING;

import java.util.List;

/**
 * Rows of the scanner's library tables: the AWS SDK for Java v1 ({@code com.amazonaws}), its client
 * configuration, retry policies and the service exception their conditions read.
 */
final class AwsSdkRows {
  private AwsSdkRows() {}

  private static final String AWS = "com.amazonaws.";
  private static final String RETRY = AWS + "retry.";

  static void addTo(LibraryRows rows) {
    String configuration = AWS + "ClientConfiguration";
    String policy = RETRY + "RetryPolicy";
    String builder = policy + ".RetryPolicyBuilder";
    String condition = policy + ".RetryCondition";
    String backoff = policy + ".BackoffStrategy";
    String predefined = RETRY + "PredefinedRetryPolicies";
    String utils = RETRY + "RetryUtils";
    String service = AWS + "AmazonServiceException";
    rows.returns(configuration + "#*", configuration);
    rows.returns(configuration + "#getRetryPolicy", policy);
    rows.returns(configuration + "#getMaxErrorRetry", INT);
    rows.returns(policy + "#builder", builder);
    rows.returns(builder + "#build", policy);
    rows.returns(builder + "#*", builder);
    rows.returns(policy + "#getRetryCondition", condition);
    rows.returns(policy + "#getBackoffStrategy", backoff);
    rows.returns(policy + "#getMaxErrorRetry", INT);
    rows.returns(condition + "#shouldRetry", BOOLEAN);
    rows.returns(backoff + "#delayBeforeNextRetry", "long");
    rows.returns(predefined + "#getDefaultRetryPolicy", policy);
    rows.returns(predefined + "#getDynamoDBDefaultRetryPolicy", policy);
    rows.fieldType(predefined + "#DEFAULT", policy);
    rows.fieldType(predefined + "#DYNAMODB_DEFAULT", policy);
    rows.fieldType(predefined + "#NO_RETRY_POLICY", policy);
    rows.fieldType(predefined + "#DEFAULT_RETRY_CONDITION", condition);
    rows.fieldType(predefined + "#DEFAULT_BACKOFF_STRATEGY", backoff);
    rows.fieldType(condition + "#NO_RETRY_CONDITION", condition);
    rows.fieldType(backoff + "#NO_DELAY", backoff);
    for (String test :
        List.of(
            "isThrottlingException",
            "isRetryableServiceException",
            "isClockSkewError",
            "isRequestEntityTooLargeException")) {
      rows.returns(utils + "#" + test, BOOLEAN);
    }

    rows.supertypes(AWS + "SdkBaseException", "java.lang.RuntimeException");
    rows.supertypes(AWS + "AmazonClientException", AWS + "SdkBaseException");
    rows.supertypes(AWS + "SdkClientException", AWS + "AmazonClientException");
    rows.supertypes(service, AWS + "SdkClientException");
    rows.supertypes(AWS + "services.s3.model.AmazonS3Exception", service);
    rows.supertypes(AWS + "services.dynamodbv2.model.AmazonDynamoDBException", service);
    rows.returns(service + "#getStatusCode", INT);
    rows.returns(service + "#getErrorCode", STRING);
    rows.returns(service + "#getErrorMessage", STRING);
    rows.returns(service + "#getRequestId", STRING);
    rows.returns(service + "#getServiceName", STRING);
    rows.returns(service + "#getHttpHeaders", "java.util.Map");
    rows.returns(AWS + "SdkBaseException#getCause", "java.lang.Throwable");
    rows.known(
        configuration,
        policy,
        builder,
        condition,
        backoff,
        predefined,
        utils,
        AWS + "AmazonWebServiceRequest");
  }
}
