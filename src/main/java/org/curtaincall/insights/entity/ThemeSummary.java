package org.curtaincall.insights.entity;

import java.util.List;

/**
 * A theme as HR sees it: its label and key phrases, its size and source mix, the teams it concerns, its weekly trend
 * (the weeks of {@link ThemesReport#weeks()}), its flags and a few samples. Only themes with enough distinct authors
 * are summarised at all.
 */
public record ThemeSummary(String id, String label, List<String> keyPhrases, Figure size, Figure kudos,
        Figure reports, List<String> teams, List<Figure> trend, boolean rising, boolean newTheme,
        List<ThemeSample> samples) {

    public String keyPhraseList() {
        return String.join(" · ", keyPhrases);
    }

    /**
     * Where the theme's texts come from, in words. When one count is hidden the other is as well (together they would
     * give it away), so the split is stated as hidden once rather than twice.
     */
    public String sourceMix() {
        if (kudos.shown() && reports.shown()) {
            return kudos.text() + " from kudos · " + reports.text() + " from reports";
        }
        return "kudos and reports: the split is " + (kudos.shown() ? reports.note() : kudos.note());
    }

    public String teamList() {
        return String.join(", ", teams);
    }

    /** A week's bar in the trend sparkline, in pixels, against the theme's busiest visible week. */
    public int barHeight(Figure week) {
        if (!week.shown()) {
            return 8;
        }
        long most = trend.stream().filter(Figure::shown).mapToLong(Figure::count).max().orElse(0);
        return most == 0 ? 2 : (int) (2 + 38 * week.count() / most);
    }
}
