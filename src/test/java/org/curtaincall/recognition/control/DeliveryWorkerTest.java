package org.curtaincall.recognition.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

class DeliveryWorkerTest {

    @Test
    void aFailureWithoutMessageReadsAsItsNameNotAsNull() {
        assertEquals("ConnectException", DeliveryWorker.reason(new ConnectException()));
    }

    @Test
    void aFailureWithMessageKeepsIt() {
        assertEquals("IOException: HTTP 500 from the webhook", DeliveryWorker.reason(new IOException("HTTP 500 from the webhook")));
    }
}
