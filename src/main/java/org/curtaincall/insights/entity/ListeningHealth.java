package org.curtaincall.insights.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * How listening is doing in a period: reports by kind and status, days to acknowledge and to resolve by kind, reports
 * still waiting for acknowledgement past the deadline, and the themes reports are most about. {@code computedAt} is
 * the moment its figures are as of.
 */
public record ListeningHealth(LocalDate from, LocalDate to, Grid byKindAndStatus, Grid daysToAcknowledge,
        Grid daysToResolve, Figure overdueAcknowledgements, List<ThemeSummary> topThemes, Instant computedAt)
        implements KeptReport {
}
