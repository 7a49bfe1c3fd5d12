package org.curtaincall.demo.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Logger;
import org.curtaincall.directory.boundary.DirectoryService;
import org.curtaincall.directory.boundary.PersonView;
import org.curtaincall.directory.boundary.TeamView;
import org.curtaincall.directory.entity.Stage;
import org.curtaincall.recognition.boundary.GiveKudosRequest;
import org.curtaincall.recognition.boundary.KudosService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Gives the demo organisation a few months of kudos history, so that the wall, team pages and rating trends are not
 * empty on the first start. Runs only in demo mode and only while there are no kudos at all.
 */
@Startup
@Singleton
@DependsOn("DemoOrganisation")
public class DemoKudos {

    private static final Logger LOG = Logger.getLogger(DemoKudos.class.getName());
    /** The history spreads over about half a year, so that monthly trends and the HR heatmap have something to show. */
    private static final int HISTORY_DAYS = 180;

    record Thanks(String team, String message, String story) {
    }

    private static final List<Thanks> THANKS = List.of(
            new Thanks("IT Service Desk", "Replaced a frozen till in the middle of the Saturday rush, without a fuss.",
                    "A queue of twelve customers paid within minutes instead of walking out."),
            new Thanks("Logistics", "Found the last two sofas in the regional warehouse and moved the delivery forward a week.",
                    "A young couple had a sofa for their housewarming party."),
            new Thanks("Legal", "Reviewed the corporate contract over the weekend so we could sign on Monday.",
                    "The customer started their fleet lease on the day they needed it."),
            new Thanks("Underwriting", "Priced an unusual risk in under an hour while the customer waited on the phone.", null),
            new Thanks("Kitchen", "Cooked a gluten-free tasting menu at two hours' notice for a wedding guest.",
                    "The bride's grandmother ate the full menu with everyone else."),
            new Thanks("Finance", "Sent the refund the same day the customer called, and explained it clearly.",
                    "A pensioner got her money back before her rent was due."),
            new Thanks("Payroll", "Fixed my payslip error before the end of the month. Clear, kind and quick.", null),
            new Thanks("IT Service Desk", "Reset the store's Wi-Fi remotely while I stayed with the customer.",
                    "The customer could show his booking on his phone and collect his order."),
            new Thanks("Logistics", "Rerouted a lorry so the store got the school uniforms before term started.",
                    "Forty families found the right sizes the week before school."),
            new Thanks("Legal", "Checked the returns policy wording with me live, so I could give a straight answer.", null),
            new Thanks("Underwriting", "Turned around a tricky claim assessment in a day instead of a week.",
                    "A small bakery reopened after the flood three weeks sooner."),
            new Thanks("People & Culture", "Helped me onboard a new colleague with a laptop ready on day one.", null),
            new Thanks("Logistics", "Arranged a same-day courier for a replacement hearing-aid battery pack.",
                    "An elderly customer could hear her grandchildren at the weekend visit."),
            new Thanks("IT Service Desk", "Set up the card reader at the pop-up stand at 7 in the morning.",
                    "We took our first 200 payments at the festival without a single failure."));

    private static final List<String> LOW = List.of(
            "The delivery slot was changed without telling the store, and the customer came for nothing.",
            "Waited three days for an answer on a simple contract question; the customer went elsewhere.",
            "The new handheld scanners arrived without chargers.");

    @Inject
    @ConfigProperty(name = "curtaincall.demo.enabled", defaultValue = "true")
    boolean enabled;

    /** How many kudos the history holds; the default gives the HR dashboards enough people per figure. */
    @Inject
    @ConfigProperty(name = "curtaincall.demo.kudos-history", defaultValue = "600")
    int howMany;

    @Inject
    DirectoryService directory;

    @Inject
    KudosService kudos;

    @Inject
    Clock clock;

    @PostConstruct
    void createWhenEmpty() {
        if (!enabled || kudos.anyKudos()) {
            return;
        }
        List<TeamView> backStage = directory.listTeams(null, Stage.BACK, false);
        List<PersonView> givers = directory.listTeams(null, Stage.FRONT, false).stream()
                .flatMap(t -> directory.listPeople(null, t.id(), false, 0, 50).items().stream())
                .toList();
        if (backStage.isEmpty() || givers.isEmpty()) {
            return;
        }
        List<Long> valueIds = kudos.values(false).stream().map(v -> v.id()).toList();
        Random random = new Random(20_240_601L);
        // Everything lies before today, so that nobody's daily limit is touched by the history.
        LocalDate today = LocalDate.now(clock);
        Map<Long, List<PersonView>> membersByTeam = new HashMap<>();
        for (int i = 0; i < howMany; i++) {
            Thanks thanks = THANKS.get(i % THANKS.size());
            TeamView team = backStage.stream().filter(t -> t.name().equals(thanks.team())).findFirst()
                    .orElse(backStage.get(random.nextInt(backStage.size())));
            PersonView giver = givers.get(random.nextInt(givers.size()));
            List<PersonView> members = membersByTeam.computeIfAbsent(team.id(),
                    id -> directory.listPeople(null, id, false, 0, 50).items());
            boolean low = i % 9 == 4;
            int rating = low ? 1 + random.nextInt(2) : 3 + Math.min(2, random.nextInt(4));
            List<Long> people = !low && !members.isEmpty() && random.nextBoolean()
                    ? List.of(members.get(random.nextInt(members.size())).id()) : List.of();
            List<Long> values = !low && !valueIds.isEmpty() && random.nextInt(3) > 0
                    ? List.of(valueIds.get(random.nextInt(valueIds.size()))) : List.of();
            // Not every giver tells the customer's side: one in three public kudos comes without a story.
            String story = low || i % 3 == 2 ? null : thanks.story();
            LocalDateTime givenAt = today.minusDays(1 + (long) (howMany - i) * HISTORY_DAYS / howMany)
                    .atTime(8 + random.nextInt(10), random.nextInt(60));
            kudos.recordPastKudos(giver.id(), new GiveKudosRequest(team.id(), people, rating,
                    low ? LOW.get(i % LOW.size()) : thanks.message(), story, values), givenAt);
        }
        LOG.info(() -> "Added " + howMany + " demo kudos over the last months.");
    }
}
