package org.curtaincall.demo.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import org.curtaincall.directory.boundary.DirectoryService;
import org.curtaincall.directory.boundary.PersonRequest;
import org.curtaincall.directory.boundary.PersonView;
import org.curtaincall.directory.boundary.TeamRequest;
import org.curtaincall.directory.boundary.TeamView;
import org.curtaincall.security.boundary.AccountService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fills an empty database with a believable organisation: front- and back-stage teams, about sixty people, and one
 * sign-in per role with the password "demo". Runs in one transaction: all of it or nothing.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class DemoOrganisation {

    private static final Logger LOG = Logger.getLogger(DemoOrganisation.class.getName());
    public static final String DEMO_PASSWORD = "demo";

    record DemoTeam(String name, String stage, String description) {
    }

    record DemoAccount(String username, String name, String team, Set<String> roles, boolean leadsTeam) {
    }

    static final List<DemoTeam> TEAMS = List.of(
            new DemoTeam("Store Floor", "FRONT", "Sales associates serving customers in the flagship stores."),
            new DemoTeam("Call Centre", "FRONT", "Answers customer calls and chats seven days a week."),
            new DemoTeam("Sales", "FRONT", "Account managers for business customers."),
            new DemoTeam("Field Service", "FRONT", "Technicians who install and repair at the customer's site."),
            new DemoTeam("Front Desk", "FRONT", "Reception and concierge at the head office and hotels."),
            new DemoTeam("IT Service Desk", "BACK", "Keeps tills, laptops, phones and the network running."),
            new DemoTeam("Logistics", "BACK", "Warehouse, stock and deliveries to stores and customers."),
            new DemoTeam("Legal", "BACK", "Contracts, terms and compliance reviews."),
            new DemoTeam("Underwriting", "BACK", "Assesses and prices the risks behind customer policies."),
            new DemoTeam("Kitchen", "BACK", "Prepares the food served in the restaurants and at events."),
            new DemoTeam("Finance", "BACK", "Invoices, refunds, budgets and supplier payments."),
            new DemoTeam("Payroll", "BACK", "Pays everyone correctly and on time."),
            new DemoTeam("People & Culture", "BACK", "HR: hiring, wellbeing, engagement and this portal."));

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("admin", "Alex Morgan", "IT Service Desk", Set.of("ADMIN"), false),
            new DemoAccount("hr", "Harriet Reyes", "People & Culture", Set.of("HR"), false),
            new DemoAccount("lead", "Leo Tanaka", "IT Service Desk", Set.of("TEAM_LEAD"), true),
            new DemoAccount("front", "Fatima Okafor", "Store Floor", Set.of(), false),
            new DemoAccount("back", "Ben Kowalski", "IT Service Desk", Set.of(), false));

    private static final String[] FIRST = {"Amara", "Bruno", "Chloe", "Dmitri", "Elena", "Farid", "Grace", "Hugo",
        "Ines", "Jonas", "Keiko", "Lars", "Maya", "Nikhil", "Olivia", "Pedro", "Quinn", "Rosa", "Samir", "Tessa",
        "Umar", "Vera", "Wen", "Ximena", "Yusuf", "Zoe", "Aiden", "Beatriz", "Chen", "Daria", "Emil", "Freya",
        "Gabriel", "Hana", "Ivan", "Julia", "Kofi", "Lucia", "Mateo", "Nora", "Oscar", "Priya", "Rafael", "Sofia",
        "Theo", "Uma", "Viktor", "Willa", "Yara", "Zane", "Anika", "Caleb", "Dalia", "Elif", "Felix"};
    private static final String[] LAST = {"Adeyemi", "Bianchi", "Costa", "Dubois", "Eriksen", "Fischer", "Garcia",
        "Haddad", "Ivanova", "Jensen", "Kim", "Lindqvist", "Mensah", "Novak", "O'Brien", "Patel", "Quispe", "Rossi",
        "Schmidt", "Tran", "Ueda", "Varga", "Walsh", "Xu", "Yilmaz", "Zhang", "Andersen", "Brennan", "Castillo",
        "Dvorak", "Evans", "Ferreira", "Gupta", "Horvath", "Ibrahim", "Jovanovic", "Kowalczyk", "Laurent", "Moreau",
        "Nakamura", "Owusu", "Petrov", "Ramos", "Sato", "Tanaka", "Usman", "Vogel", "Weber", "Young", "Zimmermann",
        "Alvarez", "Baker", "Cruz", "Diaz", "Eklund"};

    @Inject
    @ConfigProperty(name = "curtaincall.demo.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    DirectoryService directory;

    @Inject
    AccountService accounts;

    @PostConstruct
    void createWhenEmpty() {
        if (!enabled || !directory.listTeams(null, null, true).isEmpty()) {
            return;
        }
        List<TeamView> teams = TEAMS.stream()
                .map(t -> directory.createTeam(new TeamRequest(t.name(), t.stage(), t.description(), List.of(), true)))
                .toList();
        for (DemoAccount account : ACCOUNTS) {
            TeamView team = byName(teams, account.team());
            PersonView person = directory.createPerson(new PersonRequest(account.name(), account.username(),
                    account.username() + "@demo.curtaincall.org", team.id(), account.roles(), true));
            accounts.setDemoPassword(person.id(), DEMO_PASSWORD);
            if (account.leadsTeam()) {
                appointLead(team, person);
            }
        }
        int created = ACCOUNTS.size();
        for (int i = 0; created < 60; i++, created++) {
            String first = FIRST[i % FIRST.length];
            String last = LAST[(i * 7) % LAST.length];
            String username = (first + "." + last).toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "");
            TeamView team = teams.get(i % teams.size());
            Set<String> roles = i < teams.size() ? Set.of("TEAM_LEAD") : Set.of();
            PersonView person = directory.createPerson(new PersonRequest(first + " " + last, username,
                    username + "@demo.curtaincall.org", team.id(), roles, true));
            if (i < teams.size() && !team.name().equals("IT Service Desk")) {
                appointLead(team, person);
            }
        }
        LOG.info(() -> "Created the demo organisation: " + teams.size() + " teams, 60 people. Sign in as admin, hr, "
                + "lead, front or back with the password 'demo'.");
    }

    private void appointLead(TeamView team, PersonView lead) {
        TeamView current = directory.team(team.id());
        List<Long> leads = new ArrayList<>(current.leads().stream().map(l -> l.id()).toList());
        leads.add(lead.id());
        directory.updateTeam(team.id(), new TeamRequest(current.name(), current.stage().name(), current.description(),
                leads, true));
    }

    private static TeamView byName(List<TeamView> teams, String name) {
        return teams.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }
}
