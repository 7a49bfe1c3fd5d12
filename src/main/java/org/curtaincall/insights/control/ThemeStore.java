package org.curtaincall.insights.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.curtaincall.insights.entity.Text;
import org.curtaincall.insights.entity.Theme;
import org.curtaincall.insights.entity.ThemeRun;

/** Writes what the theme jobs computed, each step in a transaction of its own so that a page never sees half of it. */
@ApplicationScoped
public class ThemeStore {

    @Inject
    TextRepository texts;

    @Inject
    ThemeRepository themes;

    /** Arriving texts with the theme each joined (or none), and the themes they changed. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void saveArrivals(List<Text> arrived, Map<String, String> themeOf, Collection<Theme> changed) {
        for (Text text : arrived) {
            texts.add(text, themeOf.get(text.id()));
        }
        changed.forEach(themes::update);
    }

    /**
     * A full run: its themes, which text is in which, and the vectors of texts whose words changed since. Vectors of
     * texts written before {@code windowStart} are dropped: no run reads them again.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void saveRun(ThemeRun run, List<Text> reembedded, LocalDateTime finishedAt, int textCount,
                        LocalDate windowStart) {
        reembedded.forEach(texts::replaceVector);
        texts.deleteBefore(windowStart);
        themes.replace(run, finishedAt, textCount);
        Map<String, List<String>> members = new LinkedHashMap<>();
        for (Theme theme : run.themes()) {
            members.put(theme.id(), theme.memberIds());
        }
        texts.assignAll(members);
    }
}
