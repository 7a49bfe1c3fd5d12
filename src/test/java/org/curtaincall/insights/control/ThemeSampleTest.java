package org.curtaincall.insights.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.curtaincall.insights.entity.Source;
import org.curtaincall.insights.entity.Text;
import org.curtaincall.insights.entity.Theme;
import org.curtaincall.insights.entity.ThemeRun;
import org.junit.jupiter.api.Test;

/** Runs larger than the sample: k-means sees a seeded sample, every text still lands in the theme of its topic. */
class ThemeSampleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 12);
    private static final LocalDate THIS_WEEK = LocalDate.of(2026, 3, 9);
    private static final String[] TOPICS = {"payroll", "till", "contract", "uniform"};
    private static final String[] WORDS = {"problem again", "fixed quickly", "late this week", "question open",
        "thanks team"};
    private static final int SAMPLE = 40;

    private final KeywordEmbedder embedder = new KeywordEmbedder(TOPICS);

    /** 50 texts on each of the 4 topics: 200 texts, five times the sample. */
    private List<Text> organisationTexts() {
        List<Text> texts = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            for (String topic : TOPICS) {
                String words = "The " + topic + " " + WORDS[i % WORDS.length] + " number " + i;
                texts.add(new Text(topic + i, i % 2 == 0 ? Source.KUDOS : Source.REPORT, "team" + (i % 3),
                        THIS_WEEK.minusWeeks(i % 6), words, embedder.embed(words)));
            }
        }
        return texts;
    }

    private static ThemeSettings settings(int textsPerTheme) {
        return new ThemeSettings(42, 2, 8, textsPerTheme, 3, 0.35, 0.80, 4, 8, 2.0, 3, SAMPLE);
    }

    private ThemeRun run(int textsPerTheme, ThemeEngine.Texts texts) {
        return new ThemeEngine(embedder, settings(textsPerTheme)).recluster(texts, ThemeRun.none(TODAY), TODAY,
                percent -> { });
    }

    private static ThemeEngine.Texts passes(List<Text> first, List<Text> second) {
        return new ThemeEngine.Texts() {
            private int pass;

            @Override
            public int expected() {
                return first.size();
            }

            @Override
            public void forEach(Consumer<Text> each) {
                (pass++ == 0 ? first : second).forEach(each);
            }
        };
    }

    private static Theme themeWith(ThemeRun run, String memberId) {
        return run.themes().stream().filter(t -> t.memberIds().contains(memberId)).findFirst().orElseThrow();
    }

    @Test
    void every_text_of_a_run_larger_than_the_sample_joins_the_theme_of_its_topic() {
        List<Text> texts = organisationTexts();
        ThemeRun run = run(50, passes(texts, texts));
        assertEquals(4, run.themes().size());
        for (String topic : TOPICS) {
            Theme theme = themeWith(run, topic + "0");
            assertEquals(50, theme.size(), topic);
            assertEquals(25, theme.kudos(), topic);
            assertTrue(theme.memberIds().stream().allMatch(id -> id.startsWith(topic)), theme.memberIds().toString());
            assertTrue(theme.label().contains(topic), theme.label());
            assertEquals(50, theme.weeklyCounts().values().stream().mapToInt(Integer::intValue).sum());
        }
    }

    @Test
    void the_number_of_themes_follows_the_texts_of_the_run_not_the_sample() {
        List<Text> texts = organisationTexts();
        // 200 texts at 25 a theme: 8 themes. Sized by the 40 sampled texts it would be the minimum, 2.
        ThemeRun run = run(25, passes(texts, texts));
        assertEquals(8, run.themes().size());
        assertEquals(200, run.themes().stream().mapToInt(Theme::size).sum());
    }

    @Test
    void the_sample_is_seeded_so_the_same_texts_give_the_same_themes() {
        List<Text> texts = organisationTexts();
        ThemeRun first = run(25, passes(texts, texts));
        ThemeRun again = run(25, passes(texts, texts));
        assertEquals(first.themes().stream().map(Theme::id).toList(), again.themes().stream().map(Theme::id).toList());
        assertEquals(first.themes().stream().map(Theme::label).toList(),
                again.themes().stream().map(Theme::label).toList());
        assertEquals(first.themes().stream().map(Theme::memberIds).toList(),
                again.themes().stream().map(Theme::memberIds).toList());
    }

    @Test
    void a_text_written_while_the_run_samples_still_joins_its_theme() {
        List<Text> texts = organisationTexts();
        List<Text> withArrival = new ArrayList<>(texts);
        String words = "The till froze during the lunch rush";
        withArrival.add(0, new Text("late", Source.REPORT, "team1", THIS_WEEK, words, embedder.embed(words)));
        ThemeRun run = run(50, passes(texts, withArrival));
        Theme tills = themeWith(run, "late");
        assertEquals(51, tills.size());
        assertTrue(tills.memberIds().contains("till0"));
    }

    @Test
    void progress_of_a_sampled_run_only_moves_forward_and_ends_at_one_hundred() {
        List<Text> texts = organisationTexts();
        List<Integer> seen = new ArrayList<>();
        new ThemeEngine(embedder, settings(50)).recluster(passes(texts, texts), ThemeRun.none(TODAY), TODAY, seen::add);
        assertEquals(100, seen.get(seen.size() - 1));
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i) > seen.get(i - 1), seen.toString());
        }
        assertTrue(seen.stream().anyMatch(percent -> percent > 0 && percent <= 30), "reading shows: " + seen);
        assertTrue(seen.stream().anyMatch(percent -> percent > 80 && percent <= 90), "assigning shows: " + seen);
    }
}
