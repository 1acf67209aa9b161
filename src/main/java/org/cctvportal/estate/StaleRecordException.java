package org.cctvportal.estate;

import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.InvalidInputException;

/** The record changed since the form was opened: the form is shown again with the current values (409 in the API). */
public class StaleRecordException extends InvalidInputException {

    public StaleRecordException(FormErrors errors) {
        super(errors);
    }

    @Override
    public int status() {
        return 409;
    }
}
