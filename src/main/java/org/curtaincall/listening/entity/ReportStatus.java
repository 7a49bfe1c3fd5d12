package org.curtaincall.listening.entity;

import java.util.EnumSet;
import java.util.Set;

/** Where a report stands. Staff move it forward one step at a time; RESOLVED and DECLINED are final. */
public enum ReportStatus {
    NEW, ACKNOWLEDGED, IN_PROGRESS, RESOLVED, DECLINED;

    /** The statuses a report in this status may move to next. */
    public Set<ReportStatus> next() {
        return switch (this) {
            case NEW -> EnumSet.of(ACKNOWLEDGED);
            case ACKNOWLEDGED -> EnumSet.of(IN_PROGRESS, DECLINED);
            case IN_PROGRESS -> EnumSet.of(RESOLVED, DECLINED);
            case RESOLVED, DECLINED -> EnumSet.noneOf(ReportStatus.class);
        };
    }

    /** The status in words, for pages: "in progress". */
    public String label() {
        return name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
    }

    public boolean isClosed() {
        return this == RESOLVED || this == DECLINED;
    }
}
