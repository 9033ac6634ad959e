package org.chipkg.store;

import org.chipkg.model.ChipKgException;

/** A problem opening, reading or writing the knowledge store. */
public class StoreException extends ChipKgException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
