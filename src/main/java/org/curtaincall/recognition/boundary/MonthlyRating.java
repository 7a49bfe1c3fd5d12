package org.curtaincall.recognition.boundary;

import java.time.LocalDate;

/** The average hand-off rating a team got in one month, from how many ratings. */
public record MonthlyRating(LocalDate month, long count, double average) {
}
