package org.curtaincall.listening.entity;

/** What a report is about. */
public enum ReportKind {
    PROCESS_BREAKAGE("Process breakage"),
    SUGGESTION("Suggestion"),
    QUESTION("Question");

    private final String label;

    ReportKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
