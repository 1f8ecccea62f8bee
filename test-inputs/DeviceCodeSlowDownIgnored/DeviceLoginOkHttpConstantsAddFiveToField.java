package inputs.devicecodeslowdownignored;

import com.google.gson.Gson;
import com.google.gson.annotations.SerializedName;
import java.io.IOException;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** Device sign-in of the accounting plug-in, matching the OAuth error against constants. */
public class DeviceLoginOkHttpConstantsAddFiveToField {
  static final String AUTHORIZATION_PENDING = "authorization_pending";
  static final String SLOW_DOWN = "slow_down";

  static final class TokenReply {
    @SerializedName("access_token")
    String accessToken;

    String error;
  }

  private static final String DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";

  private final OkHttpClient client;
  private final Gson gson = new Gson();
  private final String tokenUrl;
  private long pollSeconds = 5;

  public DeviceLoginOkHttpConstantsAddFiveToField(OkHttpClient client, String tokenUrl) {
    this.client = client;
    this.tokenUrl = tokenUrl;
  }

  public String awaitToken(String deviceCode) throws IOException, InterruptedException {
    Request request =
        new Request.Builder()
            .url(tokenUrl)
            .post(
                new FormBody.Builder()
                    .add("grant_type", DEVICE_GRANT)
                    .add("device_code", deviceCode)
                    .build())
            .build();
    while (true) {
      Thread.sleep(pollSeconds * 1000);
      try (Response response = client.newCall(request).execute()) {
        if (!response.isSuccessful() && response.code() != 400) {
          throw new IOException("token endpoint answered " + response.code());
        }
        TokenReply reply = gson.fromJson(response.body().charStream(), TokenReply.class);
        if (reply.accessToken != null) {
          return reply.accessToken;
        }
        switch (reply.error) {
          case AUTHORIZATION_PENDING:
            break;
          case SLOW_DOWN:
            pollSeconds += 5;
            break;
          default:
            throw new IOException("device sign-in failed: " + reply.error);
        }
      }
    }
  }
}
