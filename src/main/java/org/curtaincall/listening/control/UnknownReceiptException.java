package org.curtaincall.listening.control;

import org.curtaincall.platform.control.DomainException;

/**
 * A receipt that opens no report. One message for every kind of wrong receipt, so that an answer never tells whether
 * the locator part exists (answered with 404).
 */
public class UnknownReceiptException extends DomainException {

    public UnknownReceiptException() {
        super("receipt", "No report matches this receipt code. Check it and try again.");
    }

    @Override
    public int status() {
        return 404;
    }
}
