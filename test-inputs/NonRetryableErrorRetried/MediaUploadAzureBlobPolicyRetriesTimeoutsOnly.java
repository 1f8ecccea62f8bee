package inputs.nonretryableerrorretried;

import com.microsoft.azure.storage.OperationContext;
import com.microsoft.azure.storage.RetryContext;
import com.microsoft.azure.storage.RetryInfo;
import com.microsoft.azure.storage.RetryPolicy;
import java.net.HttpURLConnection;

/**
 * Retry policy of the media uploader that streams large videos to Azure Blob Storage in blocks: a
 * block put that timed out (the service's 408, or no response at all, which the SDK records as -1)
 * is put again after five seconds; any status the service answered with ends the upload.
 */
public class MediaUploadAzureBlobPolicyRetriesTimeoutsOnly extends RetryPolicy {

  private static final int NO_RESPONSE = -1;
  private static final int MAX_ATTEMPTS = 5;

  @Override
  public RetryInfo evaluate(RetryContext retryContext, OperationContext operationContext) {
    int status = retryContext.getLastRequestResult().getStatusCode();
    boolean timedOut = status == HttpURLConnection.HTTP_CLIENT_TIMEOUT || status == NO_RESPONSE;
    if (!timedOut || retryContext.getCurrentRetryCount() >= MAX_ATTEMPTS) {
      return null;
    }
    RetryInfo retry = new RetryInfo(retryContext);
    retry.setRetryInterval(5_000);
    return retry;
  }

  @Override
  public RetryPolicy createInstance(OperationContext opContext) {
    return new MediaUploadAzureBlobPolicyRetriesTimeoutsOnly();
  }
}
