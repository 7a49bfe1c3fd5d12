package org.curtaincall.insights.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.curtaincall.insights.entity.Disclosure;
import org.curtaincall.insights.entity.Disclosure.Visibility;
import org.curtaincall.insights.entity.GroupTable;
import org.curtaincall.insights.entity.GroupTable.Group;
import org.curtaincall.insights.entity.Text;
import org.curtaincall.insights.entity.ThemeSample;
import org.curtaincall.platform.control.RuleViolationException;

/**
 * Decides what HR may see without anyone being exposed. A count or score for a group is shown only when at least
 * {@code minContributorsForScores} distinct people contributed to it; texts, themes and samples only when at least
 * {@code minContributorsForTexts} did. Neither may be configured below {@link #LOWEST_THRESHOLD}.
 *
 * <p>Hiding small groups is not enough when a parent total is shown: the parent minus the visible siblings would
 * give the hidden figure back. So when a sum has exactly one hidden part, the next smallest sibling is hidden too
 * (or, with no sibling left to hide, the parent), and this repeats until it settles. Because sums can cross (the
 * rows and columns of the heatmap), the result is then checked exactly: a hidden figure is recoverable when some
 * combination of the visible sums isolates it, that is when its unit vector lies in the row space of the sums
 * restricted to hidden figures. Any recoverable figure makes the smallest visible group in a sum around it hidden
 * as well, until none is recoverable.
 */
public final class AnonymityPolicy {

    public static final int LOWEST_THRESHOLD = 3;
    public static final int DEFAULT_FOR_SCORES = 5;
    public static final int DEFAULT_FOR_TEXTS = 10;

    /** Which threshold a table is held to. */
    public enum Purpose {
        SCORES,
        TEXTS
    }

    private final int minContributorsForScores;
    private final int minContributorsForTexts;

    public AnonymityPolicy(int minContributorsForScores, int minContributorsForTexts) {
        if (minContributorsForScores < LOWEST_THRESHOLD) {
            throw new RuleViolationException("minContributorsForScores",
                    "must be at least " + LOWEST_THRESHOLD + " people");
        }
        if (minContributorsForTexts < LOWEST_THRESHOLD) {
            throw new RuleViolationException("minContributorsForTexts",
                    "must be at least " + LOWEST_THRESHOLD + " people");
        }
        this.minContributorsForScores = minContributorsForScores;
        this.minContributorsForTexts = minContributorsForTexts;
    }

    public static AnonymityPolicy defaults() {
        return new AnonymityPolicy(DEFAULT_FOR_SCORES, DEFAULT_FOR_TEXTS);
    }

    public int minContributorsForScores() {
        return minContributorsForScores;
    }

    public int minContributorsForTexts() {
        return minContributorsForTexts;
    }

    public boolean mayShowScore(int distinctContributors) {
        return distinctContributors >= minContributorsForScores;
    }

    public boolean mayShowTexts(int distinctContributors) {
        return distinctContributors >= minContributorsForTexts;
    }

    /** A theme's text as a sample: its words and ISO week only, never the day, the team or who wrote it. */
    public ThemeSample sampleOf(Text text) {
        return new ThemeSample(text.text(), text.source(), Text.weekOf(text.week()));
    }

    /**
     * The samples of a theme, when enough distinct people wrote its texts; none otherwise.
     *
     * @param distinctAuthors how many different people wrote the theme's texts (the caller knows, the texts do not)
     */
    public List<ThemeSample> samples(List<Text> texts, int distinctAuthors, int howMany) {
        if (!mayShowTexts(distinctAuthors)) {
            return List.of();
        }
        return texts.stream().limit(howMany).map(this::sampleOf).toList();
    }

    /**
     * What may be shown of a table. Groups nobody contributed to stay visible as zero: there is no one to protect
     * and "nobody thanked this team" is itself a figure HR needs.
     */
    public Disclosure disclose(GroupTable table, Purpose purpose) {
        int threshold = purpose == Purpose.SCORES ? minContributorsForScores : minContributorsForTexts;
        Map<String, Visibility> visibility = new LinkedHashMap<>();
        for (Group group : table.groups().values()) {
            boolean tooFew = group.contributors() > 0 && group.contributors() < threshold;
            visibility.put(group.key(), tooFew ? Visibility.TOO_FEW_PEOPLE : Visibility.SHOWN);
        }
        boolean changed = true;
        while (changed) {
            changed = protectLoneHiddenParts(table, visibility) || protectRecoverable(table, visibility);
        }
        return new Disclosure(table, visibility);
    }

    private static boolean protectLoneHiddenParts(GroupTable table, Map<String, Visibility> visibility) {
        boolean changed = false;
        boolean again = true;
        while (again) {
            again = false;
            for (GroupTable.Sum sum : table.sums()) {
                if (visibility.get(sum.parent()) != Visibility.SHOWN) {
                    continue;
                }
                long hiddenParts = sum.parts().stream().filter(part -> visibility.get(part) != Visibility.SHOWN)
                        .count();
                if (hiddenParts == 1) {
                    String partner = smallestVisible(table, visibility, sum.parts()).orElse(sum.parent());
                    visibility.put(partner, Visibility.PROTECTS_A_SMALLER_GROUP);
                    again = true;
                    changed = true;
                }
            }
        }
        return changed;
    }

    /*
     * A figure can also be recovered through a chain of sums (a hidden stage whose teams are all visible, a heatmap
     * cell pinned by its row and column totals through other hidden cells). The partner hidden then is the smallest
     * visible group in a sum around the recoverable one, or, when those sums hold nothing left to hide, in any sum
     * that involves a hidden group, so that every round hides one more group and the loop ends.
     */
    private static boolean protectRecoverable(GroupTable table, Map<String, Visibility> visibility) {
        List<String> recoverable = recoverable(table, visibility);
        if (recoverable.isEmpty()) {
            return false;
        }
        List<String> around = new ArrayList<>();
        List<String> anywhere = new ArrayList<>();
        for (GroupTable.Sum sum : table.sums()) {
            List<String> terms = new ArrayList<>(sum.parts());
            terms.add(sum.parent());
            if (terms.stream().anyMatch(recoverable::contains)) {
                around.addAll(terms);
            }
            if (terms.stream().anyMatch(term -> visibility.get(term) != Visibility.SHOWN)) {
                anywhere.addAll(terms);
            }
        }
        Optional<String> partner = smallestVisible(table, visibility, around)
                .or(() -> smallestVisible(table, visibility, anywhere));
        partner.ifPresent(key -> visibility.put(key, Visibility.PROTECTS_A_SMALLER_GROUP));
        return partner.isPresent();
    }

    /** Hidden groups whose figure follows exactly from the visible figures and the sums. */
    static List<String> recoverable(GroupTable table, Map<String, Visibility> visibility) {
        List<String> unknowns = visibility.entrySet().stream().filter(entry -> entry.getValue() != Visibility.SHOWN)
                .map(Map.Entry::getKey).sorted().toList();
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < unknowns.size(); i++) {
            column.put(unknowns.get(i), i);
        }
        List<double[]> equations = new ArrayList<>();
        for (GroupTable.Sum sum : table.sums()) {
            double[] row = new double[unknowns.size()];
            boolean any = false;
            if (column.containsKey(sum.parent())) {
                row[column.get(sum.parent())] += 1;
                any = true;
            }
            for (String part : sum.parts()) {
                if (column.containsKey(part)) {
                    row[column.get(part)] -= 1;
                    any = true;
                }
            }
            if (any) {
                equations.add(row);
            }
        }
        if (equations.isEmpty()) {
            return List.of();
        }
        int rank = rank(equations);
        List<String> found = new ArrayList<>();
        for (String unknown : unknowns) {
            List<double[]> extended = new ArrayList<>(equations);
            double[] unit = new double[unknowns.size()];
            unit[column.get(unknown)] = 1;
            extended.add(unit);
            if (rank(extended) == rank) {
                found.add(unknown);
            }
        }
        return found;
    }

    private static int rank(List<double[]> rows) {
        return new SingularValueDecomposition(new Array2DRowRealMatrix(rows.toArray(double[][]::new), false))
                .getRank();
    }

    /** The visible group with the smallest figure (then fewest people, then key) that someone contributed to. */
    private static Optional<String> smallestVisible(GroupTable table, Map<String, Visibility> visibility,
                                                    List<String> keys) {
        return keys.stream()
                .filter(key -> visibility.get(key) == Visibility.SHOWN)
                .map(table::group)
                .filter(group -> group.contributors() > 0)
                .min(Comparator.comparingLong(Group::value).thenComparingInt(Group::contributors)
                        .thenComparing(Group::key))
                .map(Group::key);
    }
}
