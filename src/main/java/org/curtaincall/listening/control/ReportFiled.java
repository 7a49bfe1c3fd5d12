package org.curtaincall.listening.control;

/** Fired when a report was filed; observed once the transaction has committed. Carries nothing about the reporter. */
public record ReportFiled(String reportId) {
}
