package org.curtaincall.recognition.control;

import java.util.List;

/** What a team's page adds up over the kudos the team received: its totals and its latest monthly ratings. */
public record TeamFigures(TeamTotals totals, List<MonthlyRatings.Month> months) {
}
