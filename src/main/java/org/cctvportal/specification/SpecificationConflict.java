package org.cctvportal.specification;

import org.cctvportal.platform.web.FormErrors;
import org.cctvportal.platform.web.InvalidInputException;

/**
 * A change the version's state refuses: editing or ratifying a version that is not a draft, or starting a second
 * draft. The pages show the message on the form; the API answers 409 with it.
 */
public class SpecificationConflict extends InvalidInputException {

    SpecificationConflict(String field, String message) {
        super(new FormErrors().add(field, message));
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public String getMessage() {
        return errors().list().get(0).message();
    }
}
