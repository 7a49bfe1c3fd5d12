package org.curtaincall.insights.control;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.IOUtils;

/**
 * Labels each theme with the phrase that best sets it apart from the other themes, by class-based TF-IDF: all the
 * texts of a theme form one document, and a phrase scores by how often it occurs in its theme times how rare it is
 * across themes. Candidates are runs of one to four words taken from the texts as written, that neither start nor
 * end with a stop word (so "tills before the rush" can be a label, "the rush" cannot), and occur in at least two
 * texts of the theme. The best phrase is then grown into the longest-reading phrase around it that at least a
 * quarter of its texts share, because a phrase reads better than a single word.
 */
final class ThemeLabeller {

    static final int MAX_PHRASE_WORDS = 4;
    static final int KEY_PHRASES = 5;
    private static final double EXTENSION_SHARE = 0.1;

    private static final CharArraySet STOP_WORDS = stopWords();

    /** The label of each cluster and its next best phrases, for clusters given as lists of their texts. */
    List<List<String>> label(List<List<String>> clusters) {
        List<Map<String, Counts>> phrases = new ArrayList<>();
        Map<String, Integer> overall = new HashMap<>();
        long words = 0;
        for (List<String> texts : clusters) {
            Map<String, Counts> counts = new HashMap<>();
            for (String text : texts) {
                List<String> tokens = tokens(text);
                words += tokens.size();
                Set<String> seen = new HashSet<>();
                for (String phrase : candidates(tokens)) {
                    Counts count = counts.computeIfAbsent(phrase, p -> new Counts());
                    count.occurrences++;
                    if (seen.add(phrase)) {
                        count.texts++;
                    }
                    overall.merge(phrase, 1, Integer::sum);
                }
            }
            phrases.add(counts);
        }
        double averageWords = clusters.isEmpty() ? 1 : Math.max(1, (double) words / clusters.size());
        List<List<String>> labels = new ArrayList<>();
        for (int c = 0; c < clusters.size(); c++) {
            labels.add(best(phrases.get(c), overall, averageWords, clusters.get(c).size()));
        }
        return labels;
    }

    private static List<String> best(Map<String, Counts> counts, Map<String, Integer> overall, double averageWords,
                                     int clusterSize) {
        long total = Math.max(1, counts.values().stream().mapToLong(count -> count.occurrences).sum());
        int minTexts = clusterSize >= 2 ? 2 : 1;
        Map<String, Double> scores = new HashMap<>();
        for (Map.Entry<String, Counts> entry : counts.entrySet()) {
            if (entry.getValue().texts >= minTexts) {
                double tf = (double) entry.getValue().occurrences / total;
                double idf = Math.log(1 + averageWords / overall.get(entry.getKey()));
                scores.put(entry.getKey(), tf * idf);
            }
        }
        List<String> ranked = new ArrayList<>(scores.keySet());
        ranked.sort(Comparator.comparingDouble((String phrase) -> scores.get(phrase)).reversed()
                .thenComparing(Comparator.naturalOrder()));
        List<String> chosen = new ArrayList<>();
        for (String phrase : ranked) {
            String extended = extension(phrase, ranked, counts, scores);
            boolean overlaps = chosen.stream().anyMatch(other -> other.contains(phrase) || phrase.contains(other)
                    || other.contains(extended) || extended.contains(other));
            if (!overlaps) {
                chosen.add(extended);
            }
            if (chosen.size() == KEY_PHRASES) {
                break;
            }
        }
        if (chosen.isEmpty()) {
            counts.entrySet().stream()
                    .max(Comparator.comparingLong((Map.Entry<String, Counts> e) -> e.getValue().occurrences)
                            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .ifPresent(entry -> chosen.add(entry.getKey()));
        }
        if (chosen.isEmpty()) {
            chosen.add("miscellaneous");
        }
        return chosen;
    }

    /*
     * The best-scoring phrases are mostly single words ("payroll"), because a word occurs more often than any phrase
     * around it. A word says what the theme is about, a phrase says what about it: so the label grows the word into
     * the best phrase around it that several texts share, or failing that into the phrase around it, in any one
     * text, whose words are the most typical of the theme ("payroll errors every month").
     */
    private static String extension(String head, List<String> ranked, Map<String, Counts> counts,
                                    Map<String, Double> scores) {
        int needed = Math.max(2, (int) Math.ceil(counts.get(head).texts * EXTENSION_SHARE));
        String padded = " " + head + " ";
        return ranked.stream()
                .filter(phrase -> phrase.length() > head.length() && (" " + phrase + " ").contains(padded))
                .filter(phrase -> counts.get(phrase).texts >= needed)
                .max(Comparator.comparingDouble((String phrase) -> scores.get(phrase) * wordCount(phrase))
                        .thenComparing(Comparator.reverseOrder()))
                .orElseGet(() -> counts.keySet().stream()
                        .filter(phrase -> phrase.length() > head.length() && (" " + phrase + " ").contains(padded))
                        .filter(phrase -> typicality(phrase, scores) > scores.get(head))
                        .max(Comparator.comparingDouble((String phrase) -> typicality(phrase, scores))
                                .thenComparing(Comparator.reverseOrder()))
                        .orElse(head));
    }

    /** The sum of the scores of a phrase's words that are typical of the theme; other words add nothing. */
    private static double typicality(String phrase, Map<String, Double> scores) {
        double sum = 0;
        for (String word : phrase.split(" ")) {
            sum += scores.getOrDefault(word, 0.0);
        }
        return sum;
    }

    private static int wordCount(String phrase) {
        return phrase.split(" ").length;
    }

    static List<String> candidates(List<String> tokens) {
        List<String> phrases = new ArrayList<>();
        for (int start = 0; start < tokens.size(); start++) {
            if (!content(tokens.get(start))) {
                continue;
            }
            StringBuilder phrase = new StringBuilder();
            for (int end = start; end < Math.min(tokens.size(), start + MAX_PHRASE_WORDS); end++) {
                if (end > start) {
                    phrase.append(' ');
                }
                phrase.append(tokens.get(end));
                if (content(tokens.get(end))) {
                    phrases.add(phrase.toString());
                }
            }
        }
        return phrases;
    }

    private static boolean content(String token) {
        return token.length() > 2 && !STOP_WORDS.contains(token) && !token.chars().allMatch(Character::isDigit);
    }

    /** Lower-cased words as Lucene's standard tokenizer splits them (Unicode word boundaries), stop words kept. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        try (Analyzer analyzer = new StandardAnalyzer(CharArraySet.EMPTY_SET);
             TokenStream stream = analyzer.tokenStream("text", new StringReader(text))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    private static CharArraySet stopWords() {
        try {
            CharArraySet words = new CharArraySet(WordlistLoader.getSnowballWordSet(
                    IOUtils.getDecodingReader(SnowballFilter.class, "english_stop.txt", StandardCharsets.UTF_8)), false);
            // Words every piece of workplace feedback uses: they say nothing about what a theme is about.
            words.addAll(List.of("thanks", "thank", "many", "much", "big", "huge", "great", "really", "always",
                    "never", "still", "again", "also", "get", "got", "nobody", "someone", "even", "keep", "keeps"));
            return CharArraySet.unmodifiableSet(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Counts {
        long occurrences;
        int texts;
    }
}
