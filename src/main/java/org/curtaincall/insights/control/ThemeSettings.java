package org.curtaincall.insights.control;

import org.curtaincall.platform.control.RuleViolationException;

/**
 * The tunables of the themes engine; {@link #DEFAULTS} holds the values measured in {@code docs/themes.md}.
 *
 * @param seed                 seeds k-means++ so that the same texts give the same themes
 * @param minK                 fewest themes a run may find
 * @param maxK                 most themes a run may find
 * @param textsPerTheme        a run looks for {@code texts / textsPerTheme} themes, kept between minK and maxK
 * @param trials               k-means++ runs from different seeds; the one with the best silhouette is kept
 * @param joinSimilarity       cosine to a theme's centroid from which a new text joins the theme between runs
 * @param sameThemeSimilarity  cosine between centroids from which a theme is the continuation of one in the last run
 * @param recentWeeks          weeks (counting the current one) whose volume is compared to the weeks before
 * @param baselineWeeks        weeks before the recent ones that give the usual volume
 * @param risingFactor         how many times its usual weekly volume a rising theme must reach
 * @param minRecentForRising   texts a theme needs in the recent weeks to be called rising at all
 * @param sampleSize           most texts k-means runs on; a run with more clusters a seeded sample of this size and
 *                             puts every other text in the theme of the nearest centroid
 */
public record ThemeSettings(
        long seed,
        int minK,
        int maxK,
        int textsPerTheme,
        int trials,
        double joinSimilarity,
        double sameThemeSimilarity,
        int recentWeeks,
        int baselineWeeks,
        double risingFactor,
        int minRecentForRising,
        int sampleSize) {

    public static final int DEFAULT_SAMPLE_SIZE = 20_000;

    public static final ThemeSettings DEFAULTS =
            new ThemeSettings(42, 2, 40, 20, 5, 0.35, 0.80, 4, 8, 2.0, 3, DEFAULT_SAMPLE_SIZE);

    public ThemeSettings {
        if (minK < 1 || maxK < minK) {
            throw new RuleViolationException("maxK", "must be at least minK, which must be at least 1");
        }
        if (textsPerTheme < 1 || trials < 1) {
            throw new RuleViolationException("textsPerTheme", "texts per theme and trials must be at least 1");
        }
        if (joinSimilarity <= -1 || joinSimilarity >= 1 || sameThemeSimilarity <= -1 || sameThemeSimilarity >= 1) {
            throw new RuleViolationException("joinSimilarity", "similarities lie strictly between -1 and 1");
        }
        if (recentWeeks < 1 || baselineWeeks < 1 || risingFactor <= 1 || minRecentForRising < 1) {
            throw new RuleViolationException("risingFactor", "trend windows must be positive and the factor above 1");
        }
        if (sampleSize < maxK) {
            throw new RuleViolationException("sampleSize", "the sample must hold at least maxK texts");
        }
    }
}
