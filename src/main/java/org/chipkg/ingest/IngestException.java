package org.chipkg.ingest;

import org.chipkg.model.ChipKgException;

/** An article that cannot be read; the message names the file and the problem. */
public class IngestException extends ChipKgException {
  public IngestException(String message) {
    super(message);
  }

  public IngestException(String message, Throwable cause) {
    super(message, cause);
  }
}
