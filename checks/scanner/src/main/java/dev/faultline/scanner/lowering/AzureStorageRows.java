package dev.faultline.scanner.lowering;

import static dev.faultline.scanner.lowering.LibraryRows.BOOLEAN;
import static dev.faultline.scanner.lowering.LibraryRows.INT;
import static dev.faultline.scanner.lowering.LibraryRows.STRING;

import java.util.List;

/**
 * Rows of the scanner's library tables: the Azure Storage SDK for Java v8 ({@code
 * com.microsoft.azure.storage}), its retry policies and what their {@code evaluate} reads.
 */
final class AzureStorageRows {
  private AzureStorageRows() {}

  private static final String STORAGE = "com.microsoft.azure.storage.";

  static void addTo(LibraryRows rows) {
    String policy = STORAGE + "RetryPolicy";
    String factory = STORAGE + "RetryPolicyFactory";
    String context = STORAGE + "RetryContext";
    String info = STORAGE + "RetryInfo";
    String result = STORAGE + "RequestResult";
    String operation = STORAGE + "OperationContext";
    String location = STORAGE + "StorageLocation";
    String mode = STORAGE + "LocationMode";
    rows.supertypes(policy, "java.lang.Object", factory);
    for (String builtIn : List.of("RetryExponentialRetry", "RetryLinearRetry", "RetryNoRetry")) {
      rows.supertypes(STORAGE + builtIn, policy, factory);
    }
    rows.supertypes(STORAGE + "StorageException", "java.lang.Exception");
    rows.returns(factory + "#createInstance", policy);
    rows.returns(policy + "#createInstance", policy);
    rows.returns(policy + "#evaluate", info);
    rows.returns(policy + "#evaluateRetryInfo", info);
    rows.returns(policy + "#evaluateLastAttemptAndSecondaryNotFound", BOOLEAN);
    rows.returns(context + "#getLastRequestResult", result);
    rows.returns(context + "#getCurrentRetryCount", INT);
    rows.returns(context + "#getLocationMode", mode);
    rows.returns(context + "#getNextLocation", location);
    rows.returns(result + "#getStatusCode", INT);
    rows.returns(result + "#getStatusMessage", STRING);
    rows.returns(result + "#getErrorCode", STRING);
    rows.returns(result + "#getServiceRequestID", STRING);
    rows.returns(result + "#getException", "java.lang.Exception");
    rows.returns(result + "#getTargetLocation", location);
    rows.returns(info + "#getRetryInterval", INT);
    rows.returns(info + "#getTargetLocation", location);
    rows.returns(info + "#getUpdatedLocationMode", mode);
    rows.returns(operation + "#getLastResult", result);
    rows.returns(STORAGE + "StorageException#getHttpStatusCode", INT);
    rows.returns(STORAGE + "StorageException#getErrorCode", STRING);
    rows.known(context, info, result, operation, location, mode);
  }
}
