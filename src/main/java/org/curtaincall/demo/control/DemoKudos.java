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

    /**
     * 37 thanks: a count with no factor in common with the nine of the feedback below, so that over the history every
     * thanks is given in public and every team gets some feedback.
     */
    private static final List<Thanks> THANKS = List.of(
            new Thanks("IT Service Desk", "Replaced a frozen till in the middle of the Saturday rush, without a fuss.",
                    "A queue of twelve customers paid within minutes instead of walking out."),
            new Thanks("Logistics",
                    "Found the last two sofas in the regional warehouse and moved the delivery forward a week.",
                    "A young couple had a sofa for their housewarming party."),
            new Thanks("Legal", "Reviewed the corporate contract over the weekend so we could sign on Monday.",
                    "The customer started their fleet lease on the day they needed it."),
            new Thanks("Underwriting",
                    "Priced an unusual risk in under an hour while the customer waited on the phone.", null),
            new Thanks("Kitchen", "Cooked a gluten-free tasting menu at two hours' notice for a wedding guest.",
                    "The bride's grandmother ate the full menu with everyone else."),
            new Thanks("Finance", "Sent the refund the same day the customer called, and explained it clearly.",
                    "A pensioner got her money back before her rent was due."),
            new Thanks("Payroll", "Fixed my payslip error before the end of the month. Clear, kind and quick.", null),
            new Thanks("People & Culture", "Helped me onboard a new colleague with a laptop ready on day one.", null),
            new Thanks("IT Service Desk", "Reset the store's Wi-Fi remotely while I stayed with the customer.",
                    "The customer could show his booking on his phone and collect his order."),
            new Thanks("Logistics", "Rerouted a lorry so the store got the school uniforms before term started.",
                    "Forty families found the right sizes the week before school."),
            new Thanks("Legal", "Checked the returns policy wording with me live, so I could give a straight answer.",
                    null),
            new Thanks("Underwriting", "Turned around a tricky claim assessment in a day instead of a week.",
                    "A small bakery reopened after the flood three weeks sooner."),
            new Thanks("IT Service Desk", "Set up the card reader at the pop-up stand at 7 in the morning.",
                    "We took our first 200 payments at the festival without a single failure."),
            new Thanks("Logistics", "Arranged a same-day courier for a replacement hearing-aid battery pack.",
                    "An elderly customer could hear her grandchildren at the weekend visit."),
            new Thanks("Kitchen", "Sent a birthday cake out of the kitchen with twenty minutes' warning.",
                    "A little girl blew out her candles in front of the whole restaurant."),
            new Thanks("Finance", "Raised a purchase order in an afternoon so the customer's bulk order could ship.",
                    "A primary school got thirty tablets before the new term."),
            new Thanks("IT Service Desk",
                    "Restored the booking system in the Friday evening outage and kept us posted every ten minutes.",
                    "Every table on a fully booked night was seated within fifteen minutes of its time."),
            new Thanks("Logistics",
                    "Split a pallet at the depot so our store got its share of the new trainers on launch day.",
                    "The first customer in the queue had waited since five and left with his size."),
            new Thanks("Legal", "Wrote a plain-language summary of the warranty terms that I can hand to customers.",
                    "A customer who had been refused twice elsewhere understood his cover in two minutes."),
            new Thanks("Underwriting",
                    "Took a second look at a declined application and found the evidence that changed the answer.",
                    "A self-employed electrician got cover for his van and kept working that week."),
            new Thanks("Payroll", "Paid my overtime in the same month even though my timesheet was late.", null),
            new Thanks("People & Culture", "Arranged a sign-language course that the whole store wanted to take.",
                    "A deaf customer told us it was the first shop where someone signed hello to her."),
            new Thanks("IT Service Desk", "Moved my orders to a spare tablet while I was still at the customer's door.",
                    "The customer signed for his new boiler the same afternoon."),
            new Thanks("Kitchen", "Changed the whole dessert course for a table with a nut allergy, without any drama.",
                    "The family celebrated the anniversary without anyone having to go without."),
            new Thanks("Finance", "Corrected a double charge on a customer's card before the end of the call.",
                    "The customer stayed with us and renewed her contract on the spot."),
            new Thanks("Logistics",
                    "Found a parcel that had gone to the wrong store and had it redelivered by the evening.",
                    "A nurse coming off a night shift got her new uniform before the next one."),
            new Thanks("Legal", "Answered our data request within the hour instead of the usual week.", null),
            new Thanks("Underwriting",
                    "Explained the policy exclusions so well that I could explain them to the customer.",
                    "A first-time buyer understood exactly what his home insurance covered."),
            new Thanks("IT Service Desk", "Fixed the scanner that kept rejecting gift cards before the Christmas rush.",
                    "Every gift card on Christmas Eve went through on the first try."),
            new Thanks("People & Culture",
                    "Sorted out a temporary contract in a day so we could staff the December weekends.", null),
            new Thanks("Payroll", "Explained my new tax code patiently, twice, without making me feel silly.", null),
            new Thanks("Logistics",
                    "Loaded the van again at short notice when the customer changed the delivery address.",
                    "The customer's mother moved into her flat with her own bed on the first night."),
            new Thanks("Kitchen", "Prepared forty packed lunches for a coach party that arrived two hours early.",
                    "The coach left on time and the group booked again for next spring."),
            new Thanks("Finance", "Approved a goodwill payment within a morning when a delivery went badly wrong.",
                    "The customer wrote to thank us instead of leaving a one-star review."),
            new Thanks("IT Service Desk",
                    "Gave me a new phone number on the spot when my work phone died during a callout.",
                    "The customer could still reach me and we finished the installation that day."),
            new Thanks("Underwriting",
                    "Stayed late to approve cover for a customer travelling abroad the next morning.",
                    "A family flew to the wedding with the right cover in their pockets."),
            new Thanks("Kitchen", "Kept the kitchen open twenty minutes longer for a tour group whose coach was late.",
                    "Thirty tired travellers had a hot meal after a day on the motorway."));

    private static final List<String> LOW = List.of(
            "The delivery slot was changed without telling the store, and the customer came for nothing.",
            "Waited three days for an answer on a simple contract question; the customer went elsewhere.",
            "The new handheld scanners arrived without chargers.",
            "The price change reached the tills a day after the posters went up; customers paid the old price.",
            "Nobody answered the stock line all afternoon, so I could not promise the customer a date.",
            "The refund took three weeks and the customer called us four times about it.");

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
            // Every ninth is private feedback; i / 9 takes the feedback texts in turn.
            boolean low = i % 9 == 4;
            int rating = low ? 1 + random.nextInt(2) : 3 + Math.min(2, random.nextInt(4));
            List<Long> people = !low && !members.isEmpty() && random.nextBoolean()
                    ? List.of(members.get(random.nextInt(members.size())).id()) : List.of();
            List<Long> values = !low && !valueIds.isEmpty() && random.nextInt(3) > 0
                    ? List.of(valueIds.get(random.nextInt(valueIds.size()))) : List.of();
            // The history repeats the thanks above; only the newest time each is given tells its story, so that a
            // team page's stories are all different.
            boolean newestOfItsKind = i >= howMany - THANKS.size();
            String story = low || !newestOfItsKind ? null : thanks.story();
            LocalDateTime givenAt = today.minusDays(1 + (long) (howMany - i) * HISTORY_DAYS / howMany)
                    .atTime(8 + random.nextInt(10), random.nextInt(60));
            kudos.recordPastKudos(giver.id(), new GiveKudosRequest(team.id(), people, rating,
                    low ? LOW.get(i / 9 % LOW.size()) : thanks.message(), story, values), givenAt);
        }
        LOG.info(() -> "Added " + howMany + " demo kudos over the last months.");
    }
}
