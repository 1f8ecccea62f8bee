package inputs.nonretryableerrorretried;

import java.io.IOException;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpPost;
import org.apache.http.entity.ByteArrayEntity;
import org.apache.http.entity.ContentType;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.DefaultHttpRequestRetryHandler;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.util.EntityUtils;

/**
 * Uploads invoice attachments to Fatture in Cloud with Apache HttpClient 4: DefaultHttpRequestRetryHandler re-sends
 * after a dropped connection only, and every error status of the upload is reported to the caller, never re-sent.
 */
public class AttachmentUploadHttpClient4RetriesDroppedConnections {

  private final CloseableHttpClient client =
      HttpClients.custom().setRetryHandler(new DefaultHttpRequestRetryHandler(3, true)).build();

  public String upload(String uploadUrl, byte[] pdf) throws IOException {
    HttpPost post = new HttpPost(uploadUrl);
    post.setEntity(new ByteArrayEntity(pdf, ContentType.create("application/pdf")));
    try (CloseableHttpResponse response = client.execute(post)) {
      int status = response.getStatusLine().getStatusCode();
      String body = EntityUtils.toString(response.getEntity());
      if (status >= 400) {
        throw new IOException("Attachment upload failed with HTTP " + status + ": " + body);
      }
      return body;
    }
  }
}
