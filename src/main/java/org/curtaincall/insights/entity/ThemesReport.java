package org.curtaincall.insights.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The themes of the latest run that may be shown, largest first, and how many others are too small to show. A run
 * that has not happened yet has no date. {@code computedAt} is the moment the figures (sizes, trends) are as of.
 */
public record ThemesReport(LocalDate computedOn, int texts, List<LocalDate> weeks, List<ThemeSummary> themes,
        int hiddenThemes, Instant computedAt) implements KeptReport {
}
