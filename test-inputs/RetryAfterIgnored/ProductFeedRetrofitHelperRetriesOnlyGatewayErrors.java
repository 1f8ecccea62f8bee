package inputs.retryafterignored;

import java.io.IOException;
import retrofit2.Call;
import retrofit2.Response;
import retrofit2.http.Body;
import retrofit2.http.PUT;

/** Pushes the product feed to the marketplace every night; a helper says when to try again. */
public class ProductFeedRetrofitHelperRetriesOnlyGatewayErrors {

  public interface FeedService {
    @PUT("feeds/products")
    Call<Void> replace(@Body String feed);
  }

  private final FeedService service;

  public ProductFeedRetrofitHelperRetriesOnlyGatewayErrors(FeedService service) {
    this.service = service;
  }

  public void push(String feed) throws InterruptedException {
    int attempt = 0;
    while (attempt < 4 && sendOnce(feed)) {
      attempt++;
      Thread.sleep(2_000L * attempt);
    }
  }

  private boolean sendOnce(String feed) {
    try {
      Response<Void> response = service.replace(feed).execute();
      int status = response.code();
      return status == 502 || status == 504;
    } catch (IOException e) {
      return true;
    }
  }
}
