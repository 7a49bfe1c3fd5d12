package org.curtaincall.insights.control;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.curtaincall.insights.entity.Source;
import org.curtaincall.insights.entity.Text;
import org.curtaincall.insights.entity.Theme;
import org.curtaincall.insights.entity.ThemeRun;

/**
 * Finds the themes in kudos and report texts. A full run clusters the texts again ({@link #recluster}); between
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
     * The texts of a full run, handed over as often as the run asks (twice), in the same order each time, so that a
     * run never needs all their vectors at once.
     */
    public interface Texts {

        /** About how many texts a pass hands over, for progress. */
        int expected();

        void forEach(Consumer<Text> each);
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
        return recluster(new Texts() {
            @Override
            public int expected() {
                return ready.size();
            }

            @Override
            public void forEach(Consumer<Text> each) {
                ready.forEach(each);
            }
        }, previous, today, reporter);
    }

    /**
     * Clusters texts read in two passes: the first keeps a seeded sample of at most {@code sampleSize} texts, on
     * which k-means runs and from whose members the labels come; the second puts every text in a theme, a sampled
     * one in its k-means cluster, any other in the cluster of the nearest centroid. Up to the sample size every text
     * is in the sample, so the result is that of clustering them all.
     *
     * @param progress receives the percentage done, rising to 100, for a progress bar
     */
    public ThemeRun recluster(Texts texts, ThemeRun previous, LocalDate today, IntConsumer progress) {
        Objects.requireNonNull(previous, "previous");
        IntConsumer reporter = monotonic(progress);
        int expected = Math.max(1, texts.expected());
        Sample sample = sample(texts, seen -> reporter.accept((int) (30L * seen / expected)));
        ThemeClusterer.Clustering clustering = clusterer.cluster(sample.texts().stream().map(Text::vector).toList(),
                sample.seen(), percent -> reporter.accept(30 + percent * 50 / 100));
        if (clustering.k() == 0) {
            reporter.accept(100);
            return new ThemeRun(today, List.of(), List.of());
        }

        List<List<String>> sampledWords = new ArrayList<>();
        List<Members> members = new ArrayList<>();
        for (int c = 0; c < clustering.k(); c++) {
            sampledWords.add(new ArrayList<>());
            members.add(new Members());
        }
        Map<String, Integer> clusterOfSampled = new HashMap<>();
        for (int i = 0; i < sample.texts().size(); i++) {
            Text text = sample.texts().get(i);
            clusterOfSampled.put(text.id(), clustering.assignment()[i]);
            sampledWords.get(clustering.assignment()[i]).add(text.text());
        }
        double[] squaredNorms = ThemeClusterer.squaredNorms(clustering.centroids());
        int[] assigned = {0};
        texts.forEach(text -> {
            Integer sampled = clusterOfSampled.get(text.id());
            int cluster = sampled != null ? sampled
                    : ThemeClusterer.nearest(embedded(text).vector(), clustering.centroids(), squaredNorms);
            members.get(cluster).add(text);
            reporter.accept((int) (80 + 10L * ++assigned[0] / expected));
        });
        List<List<String>> phrases = labeller.label(sampledWords);
        reporter.accept(95);

        List<Theme> themes = new ArrayList<>();
        Set<String> continued = new HashSet<>();
        for (int c = 0; c < clustering.k(); c++) {
            if (members.get(c).ids.isEmpty()) {
                continue; // its sampled texts no longer count (withdrawn, hidden) and no other text is nearest to it
            }
            float[] centroid = clustering.centroids().get(c);
            // A theme that split in two continues in both halves: neither is new, the closer one keeps the id.
            Optional<Theme> earlier = continuationOf(centroid, previous, continued);
            boolean isNew = !previous.themes().isEmpty() && continuationOf(centroid, previous, Set.of()).isEmpty();
            earlier.ifPresent(theme -> continued.add(theme.id()));
            Members inTheme = members.get(c);
            themes.add(theme(earlier.map(Theme::id).orElseGet(() -> idOf(inTheme.ids)),
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

    private Theme theme(String id, List<String> phrases, float[] centroid, Members members, LocalDate today,
                        boolean isNew) {
        return new Theme(id, phrases.get(0), phrases, centroid, members.kudos, members.ids.size() - members.kudos,
                members.teams, members.weeks, rising(members.weeks, today, settings), isNew, members.ids);
    }

    /** A run's texts seen in the first pass: how many, and the sample kept of them. */
    private record Sample(List<Text> texts, int seen) {
    }

    /*
     * Reservoir sampling: the first sampleSize texts are kept, after that the i-th replaces a random kept one with
     * probability sampleSize / i, so every text is equally likely to be in the sample, and only the sample is held.
     */
    private Sample sample(Texts texts, IntConsumer seenSoFar) {
        List<Text> kept = new ArrayList<>();
        Random random = new Random(settings.seed());
        int[] seen = {0};
        texts.forEach(text -> {
            int index = seen[0]++;
            if (index < settings.sampleSize()) {
                kept.add(embedded(text));
            } else {
                int slot = random.nextInt(index + 1);
                if (slot < settings.sampleSize()) {
                    kept.set(slot, embedded(text));
                }
            }
            seenSoFar.accept(seen[0]);
        });
        return new Sample(kept, seen[0]);
    }

    /** What a theme counts of its members, without holding their words or vectors. */
    private static final class Members {
        final List<String> ids = new ArrayList<>();
        final SortedMap<String, Integer> teams = new TreeMap<>();
        final SortedMap<LocalDate, Integer> weeks = new TreeMap<>();
        int kudos;

        void add(Text text) {
            ids.add(text.id());
            teams.merge(text.teamKey(), 1, Integer::sum);
            weeks.merge(text.week(), 1, Integer::sum);
            kudos += text.source() == Source.KUDOS ? 1 : 0;
        }
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

    private static String idOf(List<String> memberIds) {
        String joined = String.join("\n", memberIds.stream().sorted().toList());
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
