package org.cctvportal.monitoring;

import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.InvalidInputException;

/** The booking is no longer in a state that allows the change (decided, cancelled): 409 in the API. */
public class BookingStateException extends InvalidInputException {

    public BookingStateException(String message) {
        super(new FormErrors().add("status", message));
    }

    @Override
    public int status() {
        return 409;
    }
}
