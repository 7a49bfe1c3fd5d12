package org.curtaincall.insights.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The themes found in the labelled evaluation set must match its topics at least as well as the floor documented
 * in docs/themes.md (set a little below what was measured), so that a change that makes themes worse fails here.
 */
class ThemeQualityTest {

    static final double PURITY_FLOOR = 0.64;
    static final double NMI_FLOOR = 0.65;

    @Test
    void themes_of_the_evaluation_set_match_its_topics_above_the_documented_floor()
            throws IOException, URISyntaxException {
        Path file = Path.of(getClass().getResource("/themes/eval.tsv").toURI());
        ThemeEvaluation.Result result = ThemeEvaluation.evaluate(ThemeEvaluation.read(file),
                new MiniLmTextEmbedder(), ThemeSettings.DEFAULTS);
        System.out.print(ThemeEvaluation.report(result));
        assertEquals(16, result.labels());
        assertEquals(result.texts() / ThemeSettings.DEFAULTS.textsPerTheme(), result.themes());
        assertTrue(result.purity() >= PURITY_FLOOR, "purity " + result.purity());
        assertTrue(result.nmi() >= NMI_FLOOR, "NMI " + result.nmi());
    }
}
