package inputs.retryafterignored;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The RateLimit header ("limit=100, remaining=0, t=30") says in t= how long to wait. */
public class CatalogClientWaitsRateLimitHeaderTParameterOn429 {
  private static final Pattern RESET = Pattern.compile("(?:^|[,;]\\s*)t=(\\d+)");
  private final HttpClient client = HttpClient.newHttpClient();

  public String items(URI uri) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(uri).GET().build();
    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() == 429) {
      String rateLimit = response.headers().firstValue("RateLimit").orElse("t=1");
      Matcher matcher = RESET.matcher(rateLimit);
      long seconds = matcher.find() ? Long.parseLong(matcher.group(1)) : 1;
      Thread.sleep(seconds * 1000L);
      response = client.send(request, HttpResponse.BodyHandlers.ofString());
    }
    return response.body();
  }
}
