package inputs.retryafterignored;

import java.io.IOException;

/**
 * Polls a report job through the reporting SDK's own client until the job leaves its pending
 * states. The response's {@code status} field is the job's state (0 queued, 1 running, 2 done, 3
 * failed, and 503 for a job the scheduler shed), not an HTTP status; the poll waits its own
 * interval.
 */
public class ReportJobPollerResendsWhileJobStatusPending {

  /** The reporting SDK's answer about a job. */
  public static final class JobResponse {
    public final int status;
    public final String reportUrl;

    public JobResponse(int status, String reportUrl) {
      this.status = status;
      this.reportUrl = reportUrl;
    }
  }

  /** The reporting SDK's client. */
  public interface ReportClient {
    JobResponse poll(String jobId) throws IOException;
  }

  private static final int QUEUED = 0;
  private static final int RUNNING = 1;
  private static final int SHED = 503;

  private final ReportClient client;

  public ReportJobPollerResendsWhileJobStatusPending(ReportClient client) {
    this.client = client;
  }

  public String awaitReport(String jobId) throws IOException, InterruptedException {
    JobResponse r;
    int attempt = 0;
    do {
      r = client.poll(jobId);
    } while (++attempt < 20 && pending(r) && pause(attempt));
    if (r.status != 2) {
      throw new IOException("report job " + jobId + " ended in state " + r.status);
    }
    return r.reportUrl;
  }

  private boolean pending(JobResponse r) {
    return r.status == QUEUED || r.status == RUNNING || r.status == SHED;
  }

  private boolean pause(int attempt) throws InterruptedException {
    Thread.sleep(1000L * attempt);
    return true;
  }
}
