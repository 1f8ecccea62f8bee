package inputs.retryafterignored;

import com.microsoft.azure.storage.OperationContext;
import com.microsoft.azure.storage.RetryContext;
import com.microsoft.azure.storage.RetryInfo;
import com.microsoft.azure.storage.RetryPolicy;

/**
 * Retry policy of the thumbnail uploader that writes product images to Azure Blob Storage: a 404
 * read from the secondary (geo-replicated) endpoint is tried again on the primary one, and only the
 * proxy's 500, 502 and 504 are re-sent after a linear back-off; every other 4xx and a throttled 503
 * end the upload, which the caller schedules again later.
 */
public class ThumbnailAzureBlobPolicyRetriesGatewayErrorsOnly extends RetryPolicy {

  public ThumbnailAzureBlobPolicyRetriesGatewayErrorsOnly(int deltaBackoffMs, int maxAttempts) {
    super(deltaBackoffMs, maxAttempts);
  }

  @Override
  public RetryPolicy createInstance(OperationContext opContext) {
    return new ThumbnailAzureBlobPolicyRetriesGatewayErrorsOnly(this.deltaBackoffIntervalInMs, this.maximumAttempts);
  }

  @Override
  public RetryInfo evaluate(RetryContext retryContext, OperationContext operationContext) {
    boolean secondaryNotFound = evaluateLastAttemptAndSecondaryNotFound(retryContext);
    int attempt = retryContext.getCurrentRetryCount();
    if (attempt >= this.maximumAttempts) {
      return null;
    }
    if (secondaryNotFound) {
      return evaluateRetryInfo(retryContext, true, 0);
    }
    long interval = (long) this.deltaBackoffIntervalInMs * (attempt + 1);
    switch (retryContext.getLastRequestResult().getStatusCode()) {
      case 500:
      case 502:
      case 504:
        return evaluateRetryInfo(retryContext, false, interval);
      default:
        return null;
    }
  }
}
