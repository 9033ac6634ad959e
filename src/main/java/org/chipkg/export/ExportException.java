package org.chipkg.export;

import org.chipkg.model.ChipKgException;

/** An export could not be produced or written. */
public class ExportException extends ChipKgException {
  public ExportException(String message) {
    super(message);
  }

  public ExportException(String message, Throwable cause) {
    super(message, cause);
  }
}
