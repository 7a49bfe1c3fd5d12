package org.curtaincall.insights.control;

import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.SortedMap;
import java.util.TreeMap;
import org.curtaincall.insights.entity.Text;
import org.curtaincall.platform.control.RuleViolationException;

/**
 * Which texts the themes are made of: those written in the current week and the {@code weeks} weeks before it, and
 * of those at most {@code maxTexts}, the newest, in whole days. Older texts are never embedded, so that the cost of a
 * large install follows its recent volume, not its history.
 *
 * @param weeks    full weeks before the current one; at least the weeks the dashboard's trend and rising rules read
 * @param maxTexts most texts a full run reads
 */
public record ThemeWindow(int weeks, int maxTexts) {

    public static final ThemeWindow DEFAULTS = new ThemeWindow(26, 100_000);

    public ThemeWindow {
        if (weeks < InsightsAssembler.TREND_WEEKS) {
            throw new RuleViolationException("weeks", "the themes window needs at least the "
                    + InsightsAssembler.TREND_WEEKS + " weeks of the dashboard's trend");
        }
        if (maxTexts < 1) {
            throw new RuleViolationException("maxTexts", "a themes run needs room for at least one text");
        }
    }

    /** The first day of the window: the Monday {@code weeks} weeks before the current week's Monday. */
    public LocalDate start(LocalDate today) {
        return Text.weekOf(today).minusWeeks(weeks);
    }

    /**
     * The first day a run reads and catch-up embeds: the window's start, or, when the window holds more than
     * {@code maxTexts} texts, the first of the newest whole days that hold at most that many. The newest day is
     * always included; should it alone hold more, a run stops at {@code maxTexts} within it.
     *
     * @param textsPerDay the texts that count on each day of the window (days without texts may be missing)
     */
    public LocalDate firstDay(LocalDate today, SortedMap<LocalDate, Long> textsPerDay) {
        LocalDate start = start(today);
        NavigableMap<LocalDate, Long> newestFirst = new TreeMap<>(textsPerDay.tailMap(start)).descendingMap();
        long total = 0;
        LocalDate first = null;
        for (Map.Entry<LocalDate, Long> day : newestFirst.entrySet()) {
            total += day.getValue();
            if (total > maxTexts) {
                return first == null ? day.getKey() : first;
            }
            first = day.getKey();
        }
        return start;
    }
}
