package org.curtaincall.insights.control;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.curtaincall.insights.entity.Source;
import org.curtaincall.insights.entity.Text;
import org.curtaincall.insights.entity.Theme;
import org.curtaincall.insights.entity.ThemeRun;

/**
 * Finds the themes in kudos and report texts. A full run clusters every text again ({@link #recluster}); between
 * runs each arriving text joins the nearest theme if it is close enough ({@link #assign}), at a cost that grows with
 * the number of themes, not of texts. Both are plain computations on their inputs: the caller runs them on a worker
 * thread and stores what they return.
 */
public final class ThemeEngine {

    private static final int EMBEDDING_BATCH = 32;

    private final TextEmbedder embedder;
    private final ThemeSettings settings;
    private final ThemeClusterer clusterer;
    private final ThemeLabeller labeller = new ThemeLabeller();

    public ThemeEngine(TextEmbedder embedder, ThemeSettings settings) {
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clusterer = new ThemeClusterer(settings);
    }

    /** The text with its embedding: what to store when a text arrives, so that runs never embed it again. */
    public Text embedded(Text text) {
        return text.embedded() ? text : text.withVector(embedder.embed(text.text()));
    }

    /**
     * Clusters all texts into themes. Themes that continue one of the previous run keep its id; the others are new.
     *
     * @param progress receives the percentage done, rising to 100, for a progress bar
     */
    public ThemeRun recluster(List<Text> texts, ThemeRun previous, LocalDate today, IntConsumer progress) {
        Objects.requireNonNull(previous, "previous");
        IntConsumer reporter = monotonic(progress);
        List<Text> ready = embedMissing(texts, percent -> reporter.accept(percent * 30 / 100));
        List<float[]> vectors = ready.stream().map(Text::vector).toList();
        ThemeClusterer.Clustering clustering =
                clusterer.cluster(vectors, percent -> reporter.accept(30 + percent * 60 / 100));

        List<List<Text>> members = new ArrayList<>();
        for (int c = 0; c < clustering.k(); c++) {
            members.add(new ArrayList<>());
        }
        for (int i = 0; i < ready.size(); i++) {
            members.get(clustering.assignment()[i]).add(ready.get(i));
        }
        List<List<String>> phrases = labeller.label(
                members.stream().map(list -> list.stream().map(Text::text).toList()).toList());
        reporter.accept(95);

        List<Theme> themes = new ArrayList<>();
        Set<String> continued = new HashSet<>();
        for (int c = 0; c < clustering.k(); c++) {
            float[] centroid = clustering.centroids().get(c);
            // A theme that split in two continues in both halves: neither is new, the closer one keeps the id.
            Optional<Theme> earlier = continuationOf(centroid, previous, continued);
            boolean isNew = !previous.themes().isEmpty() && continuationOf(centroid, previous, Set.of()).isEmpty();
            earlier.ifPresent(theme -> continued.add(theme.id()));
            List<Text> inTheme = members.get(c);
            themes.add(theme(earlier.map(Theme::id).orElseGet(() -> idOf(inTheme)),
                    phrases.get(c), centroid, inTheme, today, isNew));
        }
        themes.sort(Comparator.comparingInt(Theme::size).reversed().thenComparing(Theme::label));
        reporter.accept(100);
        return new ThemeRun(today, themes, List.of());
    }

    /** The result of assigning one arriving text between two full runs. */
    public record Assignment(ThemeRun run, Optional<String> themeId, double similarity) {
    }

    /** Adds an arriving text to the nearest theme, or leaves it waiting for the next full run if none is close. */
    public Assignment assign(ThemeRun run, Text arriving) {
        Text text = embedded(arriving);
        Theme nearest = null;
        double similarity = -1;
        for (Theme theme : run.themes()) {
            double candidate = Vectors.cosine(text.vector(), Vectors.normalised(theme.centroid()));
            if (candidate > similarity) {
                similarity = candidate;
                nearest = theme;
            }
        }
        if (nearest == null || similarity < settings.joinSimilarity()) {
            return new Assignment(run.withUnassigned(text.id()), Optional.empty(), similarity);
        }
        return new Assignment(run.withTheme(nearest.withMember(text)), Optional.of(nearest.id()), similarity);
    }

    /**
     * Rising: in the recent weeks (the current one included) the theme had at least {@code minRecentForRising}
     * texts and a weekly rate at least {@code risingFactor} times its rate in the baseline weeks before them.
     */
    static boolean rising(SortedMap<LocalDate, Integer> weeklyCounts, LocalDate today, ThemeSettings settings) {
        LocalDate firstRecent = Text.weekOf(today).minusWeeks(settings.recentWeeks() - 1L);
        LocalDate firstBaseline = firstRecent.minusWeeks(settings.baselineWeeks());
        LocalDate afterToday = Text.weekOf(today).plusWeeks(1);
        int recent = sum(weeklyCounts.subMap(firstRecent, afterToday));
        int baseline = sum(weeklyCounts.subMap(firstBaseline, firstRecent));
        double recentRate = (double) recent / settings.recentWeeks();
        double baselineRate = (double) baseline / settings.baselineWeeks();
        return recent >= settings.minRecentForRising() && recentRate >= settings.risingFactor() * baselineRate;
    }

    private Theme theme(String id, List<String> phrases, float[] centroid, List<Text> members, LocalDate today,
                        boolean isNew) {
        SortedMap<String, Integer> teams = new TreeMap<>();
        SortedMap<LocalDate, Integer> weeks = new TreeMap<>();
        int kudos = 0;
        for (Text text : members) {
            teams.merge(text.teamKey(), 1, Integer::sum);
            weeks.merge(text.week(), 1, Integer::sum);
            kudos += text.source() == Source.KUDOS ? 1 : 0;
        }
        return new Theme(id, phrases.get(0), phrases, centroid, kudos, members.size() - kudos, teams, weeks,
                rising(weeks, today, settings), isNew, members.stream().map(Text::id).toList());
    }

    private Optional<Theme> continuationOf(float[] centroid, ThemeRun previous, Set<String> taken) {
        float[] direction = Vectors.normalised(centroid);
        return previous.themes().stream()
                .filter(theme -> !taken.contains(theme.id()))
                .map(theme -> Map.entry(theme, Vectors.cosine(direction, Vectors.normalised(theme.centroid()))))
                .filter(entry -> entry.getValue() >= settings.sameThemeSimilarity())
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey);
    }

    private List<Text> embedMissing(List<Text> texts, IntConsumer progress) {
        List<Text> ready = new ArrayList<>(texts);
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < ready.size(); i++) {
            if (!ready.get(i).embedded()) {
                missing.add(i);
            }
        }
        for (int from = 0; from < missing.size(); from += EMBEDDING_BATCH) {
            List<Integer> batch = missing.subList(from, Math.min(missing.size(), from + EMBEDDING_BATCH));
            List<float[]> vectors = embedder.embedAll(batch.stream().map(i -> ready.get(i).text()).toList());
            for (int j = 0; j < batch.size(); j++) {
                ready.set(batch.get(j), ready.get(batch.get(j)).withVector(vectors.get(j)));
            }
            progress.accept(100 * (from + batch.size()) / missing.size());
        }
        return ready;
    }

    private static String idOf(List<Text> members) {
        String joined = String.join("\n", members.stream().map(Text::id).sorted().toList());
        return UUID.nameUUIDFromBytes(joined.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static int sum(Map<LocalDate, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Passes on only percentages above the last one, so that a progress bar never moves back. */
    private static IntConsumer monotonic(IntConsumer progress) {
        int[] last = {-1};
        return percent -> {
            int bounded = Math.max(0, Math.min(100, percent));
            if (bounded > last[0]) {
                last[0] = bounded;
                progress.accept(bounded);
            }
        };
    }
}
