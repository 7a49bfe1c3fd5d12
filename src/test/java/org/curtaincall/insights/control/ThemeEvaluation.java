package org.curtaincall.insights.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.curtaincall.insights.entity.Source;
import org.curtaincall.insights.entity.Text;
import org.curtaincall.insights.entity.Theme;
import org.curtaincall.insights.entity.ThemeRun;

/**
 * Measures the themes engine on a labelled file (one {@code label<TAB>text} per line): embeds every text, clusters
 * them, and prints purity and NMI of the themes against the labels, the number of themes and the time taken.
 * Run it with {@code bench/themes-eval.sh FILE} (see docs/themes.md).
 */
public final class ThemeEvaluation {

    /** What one evaluation measured. */
    public record Result(int texts, int labels, int themes, double purity, double nmi,
                         double medianEmbedMillis, double clusterMillis, List<Theme> found,
                         Map<String, String> labelOfText, List<Joining> joining) {
    }

    /**
     * Incremental assignment measured by holding out every fifth text, clustering the rest and assigning the held-out
     * texts: at a join similarity, the share that joins a theme and the share of those whose theme's majority topic
     * is their own.
     */
    public record Joining(double similarity, double joined, double correct) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ThemeEvaluation FILE   (one label<TAB>text per line)");
            System.exit(2);
        }
        Result result = evaluate(read(Path.of(args[0])), new MiniLmTextEmbedder(), ThemeSettings.DEFAULTS);
        System.out.print(report(result));
    }

    static List<String[]> read(Path file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\t", 2);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new IllegalArgumentException("not label<TAB>text: " + line);
            }
            rows.add(new String[] {parts[0].strip(), parts[1].strip()});
        }
        return rows;
    }

    static Result evaluate(List<String[]> rows, TextEmbedder embedder, ThemeSettings settings) {
        LocalDate week = LocalDate.of(2026, 3, 2);
        // Warm-up, so that the figures measure steady embedding and not class loading and JIT compilation.
        for (int i = 0; i < Math.min(20, rows.size()); i++) {
            embedder.embed(rows.get(i)[1]);
        }
        List<Text> texts = new ArrayList<>();
        double[] embedMillis = new double[rows.size()];
        Map<String, String> labelOfText = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            long start = System.nanoTime();
            float[] vector = embedder.embed(rows.get(i)[1]);
            embedMillis[i] = (System.nanoTime() - start) / 1e6;
            String id = "t" + i;
            labelOfText.put(id, rows.get(i)[0]);
            texts.add(new Text(id, i % 2 == 0 ? Source.KUDOS : Source.REPORT, "team" + (i % 5), week,
                    rows.get(i)[1], vector));
        }
        ThemeEngine engine = new ThemeEngine(embedder, settings);
        long start = System.nanoTime();
        ThemeRun run = engine.recluster(texts, ThemeRun.none(week), week, percent -> { });
        double clusterMillis = (System.nanoTime() - start) / 1e6;

        Map<String, String> themeOfText = new HashMap<>();
        for (Theme theme : run.themes()) {
            theme.memberIds().forEach(id -> themeOfText.put(id, theme.id()));
        }
        List<String> labels = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        for (Text text : texts) {
            labels.add(labelOfText.get(text.id()));
            groups.add(themeOfText.get(text.id()));
        }
        Arrays.sort(embedMillis);
        return new Result(texts.size(), (int) labels.stream().distinct().count(), run.themes().size(),
                ClusteringQuality.purity(labels, groups), ClusteringQuality.normalisedMutualInformation(labels, groups),
                embedMillis[embedMillis.length / 2], clusterMillis, run.themes(), labelOfText,
                joining(texts, labelOfText, embedder, settings, week));
    }

    private static List<Joining> joining(List<Text> texts, Map<String, String> labelOfText, TextEmbedder embedder,
                                         ThemeSettings settings, LocalDate week) {
        List<Text> kept = new ArrayList<>();
        List<Text> heldOut = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            (i % 5 == 4 ? heldOut : kept).add(texts.get(i));
        }
        ThemeEngine engine = new ThemeEngine(embedder, settings);
        ThemeRun run = engine.recluster(kept, ThemeRun.none(week), week, percent -> { });
        Map<String, String> majority = new HashMap<>();
        for (Theme theme : run.themes()) {
            Map<String, Integer> byLabel = new HashMap<>();
            theme.memberIds().forEach(id -> byLabel.merge(labelOfText.get(id), 1, Integer::sum));
            majority.put(theme.id(), byLabel.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow()
                    .getKey());
        }
        List<Joining> results = new ArrayList<>();
        for (double similarity : new double[] {0.25, 0.30, 0.35, 0.40, 0.45, 0.50}) {
            ThemeSettings trying = new ThemeSettings(settings.seed(), settings.minK(), settings.maxK(),
                    settings.textsPerTheme(), settings.trials(), similarity, settings.sameThemeSimilarity(),
                    settings.recentWeeks(), settings.baselineWeeks(), settings.risingFactor(),
                    settings.minRecentForRising(), settings.sampleSize());
            ThemeEngine assigning = new ThemeEngine(embedder, trying);
            int joined = 0;
            int correct = 0;
            for (Text text : heldOut) {
                var assignment = assigning.assign(run, text);
                if (assignment.themeId().isPresent()) {
                    joined++;
                    correct += majority.get(assignment.themeId().get()).equals(labelOfText.get(text.id())) ? 1 : 0;
                }
            }
            results.add(new Joining(similarity, (double) joined / heldOut.size(),
                    joined == 0 ? 0 : (double) correct / joined));
        }
        return results;
    }

    static String report(Result result) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "texts %d, labels %d, themes %d%n", result.texts(), result.labels(),
                result.themes()));
        out.append(String.format(Locale.ROOT, "purity %.3f, NMI %.3f%n", result.purity(), result.nmi()));
        out.append(String.format(Locale.ROOT,
                "embedding %.2f ms per text (median), clustering and labels %.0f ms (%.2f ms per text)%n",
                result.medianEmbedMillis(), result.clusterMillis(), result.clusterMillis() / result.texts()));
        for (Joining joining : result.joining()) {
            out.append(String.format(Locale.ROOT,
                    "held-out texts at join similarity %.2f: %.0f%% join a theme, %.0f%% of them the right one%n",
                    joining.similarity(), 100 * joining.joined(), 100 * joining.correct()));
        }
        for (Theme theme : result.found()) {
            Map<String, Integer> byLabel = new HashMap<>();
            theme.memberIds().forEach(id -> byLabel.merge(result.labelOfText().get(id), 1, Integer::sum));
            String majority = byLabel.entrySet().stream().max(Map.Entry.comparingByValue())
                    .map(e -> e.getKey() + " " + e.getValue() + "/" + theme.size()).orElse("");
            out.append(String.format(Locale.ROOT, "  %-40s %-20s %s%n", theme.label(), majority,
                    String.join(" | ", theme.keyPhrases().subList(1, theme.keyPhrases().size()))));
        }
        return out.toString();
    }
}
