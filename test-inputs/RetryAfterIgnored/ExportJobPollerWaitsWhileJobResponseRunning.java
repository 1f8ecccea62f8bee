package inputs.retryafterignored;

import java.io.IOException;

/** Waits for a nightly ledger export job of the reporting service to finish. */
public class ExportJobPollerWaitsWhileJobResponseRunning {

  /** The reporting SDK's job state: 0 done, 1 running, 2 failed (not an HTTP status). */
  public interface JobResponse {
    int getStatus();

    String getDownloadUrl();
  }

  public interface JobsClient {
    JobResponse poll(String jobId) throws IOException;
  }

  private static final int DONE = 0;
  private static final int FAILED = 2;

  private final JobsClient jobs;

  public ExportJobPollerWaitsWhileJobResponseRunning(JobsClient jobs) {
    this.jobs = jobs;
  }

  public String awaitExport(String jobId) throws IOException, InterruptedException {
    JobResponse response = jobs.poll(jobId);
    while (response.getStatus() != DONE) {
      if (response.getStatus() == FAILED) {
        throw new IOException("export job " + jobId + " failed");
      }
      Thread.sleep(10_000L);
      response = jobs.poll(jobId);
    }
    return response.getDownloadUrl();
  }
}
