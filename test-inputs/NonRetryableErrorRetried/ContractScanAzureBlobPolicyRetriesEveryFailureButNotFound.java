package inputs.nonretryableerrorretried;

import com.microsoft.azure.storage.OperationContext;
import com.microsoft.azure.storage.RetryContext;
import com.microsoft.azure.storage.RetryInfo;
import com.microsoft.azure.storage.RetryPolicy;
import java.net.HttpURLConnection;

/**
 * Retry policy of the service that stores scanned contracts in Azure Blob Storage: it gives up on a
 * missing blob only, and re-sends every other failed attempt (a 400 for a bad block list, a 403 for
 * an expired SAS token, a 409 for a lease conflict, a 412 for a stale ETag) three times, a second
 * apart.
 */
public class ContractScanAzureBlobPolicyRetriesEveryFailureButNotFound extends RetryPolicy {

  public ContractScanAzureBlobPolicyRetriesEveryFailureButNotFound() {
    super(1_000, 3);
  }

  @Override
  public RetryPolicy createInstance(OperationContext opContext) {
    return new ContractScanAzureBlobPolicyRetriesEveryFailureButNotFound();
  }

  @Override
  // BUG: Diagnostic contains: NonRetryableErrorRetried
  // BUG: Diagnostic contains: RetryAfterIgnored
  public RetryInfo evaluate(RetryContext retryContext, OperationContext operationContext) {
    int status = retryContext.getLastRequestResult().getStatusCode();
    boolean retry =
        retryContext.getCurrentRetryCount() < this.maximumAttempts
            && status != HttpURLConnection.HTTP_NOT_FOUND;
    return retry ? this.evaluateRetryInfo(retryContext, false, this.deltaBackoffIntervalInMs) : null;
  }
}
