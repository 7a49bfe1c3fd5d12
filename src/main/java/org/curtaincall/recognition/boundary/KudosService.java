package org.curtaincall.recognition.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.curtaincall.directory.boundary.DirectoryService;
import org.curtaincall.directory.boundary.PersonRef;
import org.curtaincall.directory.boundary.PersonView;
import org.curtaincall.directory.boundary.RecentDirectory;
import org.curtaincall.directory.boundary.TeamView;
import org.curtaincall.directory.boundary.TeamWithMembers;
import org.curtaincall.directory.entity.Role;
import org.curtaincall.directory.entity.Stage;
import org.curtaincall.platform.boundary.Page;
import org.curtaincall.platform.control.ConflictException;
import org.curtaincall.platform.control.GroupCommit;
import org.curtaincall.platform.control.NotFoundException;
import org.curtaincall.platform.control.RuleViolationException;
import org.curtaincall.recognition.control.AlertRepository;
import org.curtaincall.recognition.control.CompanyValueRepository;
import org.curtaincall.recognition.control.DailyKudosLimit;
import org.curtaincall.recognition.control.KeptFigures;
import org.curtaincall.recognition.control.KudosChanged;
import org.curtaincall.recognition.control.KudosGiven;
import org.curtaincall.recognition.control.KudosRepository;
import org.curtaincall.recognition.control.KudosRepository.WallFilter;
import org.curtaincall.recognition.control.MonthlyRatings;
import org.curtaincall.recognition.control.NotificationRepository;
import org.curtaincall.recognition.control.RecentAlertSettings;
import org.curtaincall.recognition.control.TeamFigures;
import org.curtaincall.recognition.control.TeamTotals;
import org.curtaincall.recognition.entity.AlertDelivery;
import org.curtaincall.recognition.entity.Applause;
import org.curtaincall.recognition.entity.CompanyValue;
import org.curtaincall.recognition.entity.Giver;
import org.curtaincall.recognition.entity.Kudos;
import org.curtaincall.recognition.entity.Notification;
import org.curtaincall.recognition.entity.ThankedTeam;
import org.curtaincall.security.boundary.Caller;
import org.curtaincall.security.boundary.CurrentUser;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Giving, changing and reading kudos. Who reads what: public kudos (rating 3-5) everyone signed in; private feedback
 * (rating 1-2) only the giver, the thanked team's leads and HR; hidden kudos only the giver and admins; withdrawn
 * kudos nobody. Anything a caller may not read answers 404, so that its existence is not revealed.
 */
@ApplicationScoped
@Transactional
public class KudosService {

    static final String BODY_REQUIRED = "a request body is required";
    private static final int WALL_MAX_SIZE = 50;
    private static final int MINE_MAX = 100;
    static final int TEAM_PAGE_SIZE = 20;
    private static final int TEAM_PAGE_MAX_SIZE = 50;
    static final int TEAM_STORIES_SHOWN = 10;
    static final int TEAM_FEEDBACK_SHOWN = 20;

    @Inject
    KudosRepository kudos;

    @Inject
    KeptFigures keptFigures;

    @Inject
    GroupCommit groupCommit;

    @Inject
    CompanyValueRepository values;

    @Inject
    NotificationRepository notifications;

    @Inject
    AlertRepository alerts;

    @Inject
    RecentAlertSettings recentAlertSettings;

    @Inject
    DailyKudosLimit dailyLimit;

    @Inject
    DirectoryService directory;

    @Inject
    RecentDirectory recentDirectory;

    @Inject
    CurrentUser currentUser;

    @Inject
    Event<KudosGiven> given;

    @Inject
    Event<KudosChanged> changed;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "curtaincall.portal.url", defaultValue = "http://localhost:8080")
    String portalUrl;

    /**
     * Checks and reads outside a transaction (the giver and the team as they were a few seconds ago, see
     * {@link RecentDirectory}), counts the kudos against the giver's daily limit ({@link DailyKudosLimit}), then
     * writes the kudos and its alerts together with the kudos other people are giving at the same moment
     * ({@link GroupCommit}): the answer comes once they are committed.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public KudosView give(@NotNull(message = BODY_REQUIRED) @Valid GiveKudosRequest request) {
        Caller caller = currentUser.required();
        PersonView giver = recentDirectory.person(caller.personId());
        TeamWithMembers toThank = existing(recentDirectory.teamWithMembers(request.teamId()), request.teamId());
        TeamView teamView = toThank.team();
        ThankedTeam team = thankedTeam(toThank);
        LocalDateTime now = now();
        Kudos toAdd = new Kudos(
                new Giver(giver.id(), giver.teamId(), giver.teamStage() == null ? null : giver.teamStage().name()),
                team, request.personIds(), request.rating(), request.message(), request.customerStory(),
                checkedValues(request.values()), now);
        // Read before the shared write: whatever its writer reads, every giver waiting behind it waits for too.
        Recipients recipients = recipients(toAdd, giver, team, teamView);
        dailyLimit.take(giver.id(), now, kudos::countGivenSince);
        Kudos created;
        try {
            created = groupCommit.write(() -> {
                Kudos added = kudos.add(toAdd);
                alert(added, giver, team, recipients, now);
                return added;
            });
        } catch (RuntimeException notStored) {
            dailyLimit.giveBack(giver.id(), now);
            throw notStored;
        }
        given.fire(new KudosGiven(created.getId(), created.getTeamId(), created.isPublic()));
        return new Views(caller).ofGiven(created, giver, teamView);
    }

    /**
     * Records kudos given in the past, under the same rules but without alerts or the daily limit: for the demo
     * organisation's history. Never reachable from the API.
     */
    public long recordPastKudos(long giverId, @NotNull @Valid GiveKudosRequest request, LocalDateTime givenAt) {
        PersonView giver = directory.person(giverId);
        return kudos.add(new Kudos(
                new Giver(giver.id(), giver.teamId(), giver.teamStage() == null ? null : giver.teamStage().name()),
                thankedTeam(teamToThank(request.teamId())), request.personIds(), request.rating(), request.message(),
                request.customerStory(), checkedValues(request.values()), givenAt)).getId();
    }

    public boolean anyKudos() {
        return kudos.count() > 0;
    }

    public KudosView edit(long id, @NotNull(message = BODY_REQUIRED) @Valid KudosChangeRequest request) {
        Caller caller = currentUser.required();
        Kudos existing = readable(id, caller);
        existing.edit(caller.personId(), thankedTeamForEdit(existing.getTeamId()), request.personIds(),
                request.rating(), request.message(), request.customerStory(), checkedValues(request.values()), now());
        changed.fire(new KudosChanged(existing.getId(), existing.getTeamId()));
        return new Views(caller).of(existing);
    }

    public void withdraw(long id) {
        Caller caller = currentUser.required();
        Kudos withdrawn = readable(id, caller);
        withdrawn.withdraw(caller.personId(), now());
        changed.fire(new KudosChanged(withdrawn.getId(), withdrawn.getTeamId()));
    }

    public KudosView hide(long id, @NotNull(message = BODY_REQUIRED) @Valid HideRequest request) {
        Caller caller = currentUser.required();
        Kudos existing = kudos.find(id).filter(k -> !k.isWithdrawn()).orElseThrow(() -> new NotFoundException("Kudos", id));
        existing.hide(caller.personId(), request.reason(), now());
        // The giver learns why, so that hiding is never silent.
        String team = directory.findTeam(existing.getTeamId()).map(TeamView::name).orElse("a team");
        notifications.add(Notification.forPerson(existing.getGiverId(), Notification.Kind.HIDDEN,
                "An admin hid your kudos for " + team + ": " + existing.getHiddenReason(), "/recognition/mine.xhtml", now()));
        changed.fire(new KudosChanged(existing.getId(), existing.getTeamId()));
        return new Views(caller).of(existing);
    }

    public KudosView get(long id) {
        Caller caller = currentUser.required();
        return new Views(caller).of(readable(id, caller));
    }

    public Page<KudosView> wall(Long teamId, String stage, String value, int page, int size) {
        Caller caller = currentUser.required();
        int pageSize = Math.max(1, Math.min(WALL_MAX_SIZE, size));
        int pageNo = Math.max(0, page);
        WallFilter filter = new WallFilter(teamId, parseStage(stage), valueId(value));
        List<Kudos> items = kudos.wall(filter, pageNo * pageSize, pageSize);
        long total = keptFigures.wallTotal(filter, kudos::countWall);
        return new Page<>(new Views(caller).of(items), total, pageNo, pageSize);
    }

    public ApplauseView applaud(long id) {
        Caller caller = currentUser.required();
        Kudos thanked = readable(id, caller);
        if (thanked.isPrivateFeedback() || thanked.isHidden()) {
            throw new NotFoundException("Kudos", id);
        }
        if (thanked.getGiverId() == caller.personId()) {
            throw new RuleViolationException(null, "you cannot applaud your own kudos");
        }
        // Two clicks at once take turns: unlocked, both would find no applause yet and the second store would fail.
        kudos.lock(thanked);
        if (kudos.hasApplauded(id, caller.personId())) {
            throw new ConflictException(null, "you already applauded these kudos");
        }
        kudos.addApplause(new Applause(id, caller.personId(), now()));
        return new ApplauseView(id, kudos.applauseCounts(List.of(id)).getOrDefault(id, 0L), true);
    }

    /**
     * A team's page: its figures and monthly ratings grouped in the database, one page of its public kudos (newest
     * first, pages from 0), its newest customer stories and, for its leads and HR, its newest private feedback.
     */
    public TeamKudosView teamPage(long teamId, int page, int size) {
        Caller caller = currentUser.required();
        TeamView team = directory.team(teamId);
        boolean leads = leads(team, caller.personId());
        boolean seesFeedback = leads || caller.hasRole(Role.HR_NAME);
        int pageSize = Math.max(1, Math.min(TEAM_PAGE_MAX_SIZE, size));
        int pageNo = Math.max(0, page);
        // A page far beyond the end is simply empty, never a negative offset.
        int first = (int) Math.min(Integer.MAX_VALUE, (long) pageNo * pageSize);
        LocalDateTime charted = MonthlyRatings.since(now().toLocalDate());
        TeamFigures figures = keptFigures.team(teamId, id -> new TeamFigures(kudos.teamTotals(id),
                MonthlyRatings.of(kudos.monthlyRatings(id, charted))));
        List<List<KudosView>> shown = new Views(caller).ofEach(List.of(
                kudos.wall(new WallFilter(teamId, null, null), first, pageSize),
                kudos.storiesForTeam(teamId, TEAM_STORIES_SHOWN),
                seesFeedback ? kudos.feedbackForTeam(teamId, TEAM_FEEDBACK_SHOWN) : List.of()));
        List<KudosView> publicKudos = shown.get(0);
        List<KudosView> stories = shown.get(1);
        List<KudosView> feedback = shown.get(2);
        List<MonthlyRating> months = figures.months().stream()
                .map(m -> new MonthlyRating(m.month(), m.count(), m.average()))
                .toList();
        TeamTotals totals = figures.totals();
        return new TeamKudosView(team.id(), team.name(), team.description(), team.stage().name(), totals.publicKudos(),
                totals.averageRating(), months, publicKudos, stories, seesFeedback, feedback,
                leads || caller.hasRole(Role.ADMIN_NAME), pageNo, pageSize, totals.publicKudos(), totals.stories(),
                seesFeedback ? totals.feedback() : 0);
    }

    public MyKudosView mine() {
        Caller caller = currentUser.required();
        PersonView me = directory.person(caller.personId());
        Views views = new Views(caller);
        return new MyKudosView(views.of(kudos.givenBy(me.id(), MINE_MAX)),
                views.of(kudos.receivedBy(me.id(), me.teamId(), MINE_MAX)));
    }

    /** Back-stage teams one can thank: active, not one's own. For the give page's team search. */
    public List<TeamView> teamsToThank(String text) {
        Long ownTeam = directory.person(currentUser.required().personId()).teamId();
        return directory.listTeams(text, Stage.BACK, false).stream()
                .filter(t -> ownTeam == null || t.id() != ownTeam)
                .toList();
    }

    public List<PersonView> membersOf(long teamId) {
        return members(teamId);
    }

    public List<CompanyValueView> values(boolean includeRetired) {
        return values.all().stream().filter(v -> includeRetired || v.isActive()).map(CompanyValueView::of).toList();
    }

    public CompanyValueView createValue(@NotNull(message = BODY_REQUIRED) @Valid CompanyValueRequest request) {
        ensureValueNameFree(request.name(), null);
        CompanyValue value = new CompanyValue(request.name(), request.description());
        if (Boolean.FALSE.equals(request.active())) {
            value.describe(request.name(), request.description(), false);
        }
        return CompanyValueView.of(values.add(value));
    }

    public CompanyValueView updateValue(long id, @NotNull(message = BODY_REQUIRED) @Valid CompanyValueRequest request) {
        CompanyValue value = values.find(id).orElseThrow(() -> new NotFoundException("Company value", id));
        ensureValueNameFree(request.name(), id);
        value.describe(request.name(), request.description(), !Boolean.FALSE.equals(request.active()));
        return CompanyValueView.of(value);
    }

    /** Who hears of a kudos besides the bell: e-mail addresses (when mail is set up) and the team's chat webhook. */
    private record Recipients(List<String> emails, Optional<String> webhookUrl) {
    }

    private Recipients recipients(Kudos k, PersonView giver, ThankedTeam team, TeamView teamView) {
        List<String> emails = new ArrayList<>();
        if (recentAlertSettings.mailEnabled()) {
            Set<Long> ids = new LinkedHashSet<>();
            teamView.leads().forEach(l -> ids.add(l.id()));
            if (k.isPublic()) {
                ids.addAll(team.memberIds());
            }
            ids.remove(giver.id());
            directory.people(ids).stream().filter(PersonView::active).forEach(p -> emails.add(p.email()));
        }
        // The team's chat channel sees public kudos only: low ratings go to the leads, not to everyone.
        Optional<String> webhook = k.isPublic() ? recentAlertSettings.webhookUrl(team.id()) : Optional.empty();
        return new Recipients(emails, webhook);
    }

    /**
     * Writes the team's in-app notification now (one for its members and leads, or for its leads alone when private)
     * and queues e-mails and the webhook call in the same transaction.
     */
    private void alert(Kudos k, PersonView giver, ThankedTeam team, Recipients recipients, LocalDateTime now) {
        String link = "/recognition/team.xhtml?id=" + team.id();
        String text = k.isPublic()
                ? giver.name() + " thanked " + team.name() + " (" + k.getRating() + "/5): \u201c" + k.getMessage() + "\u201d"
                : "Private hand-off feedback for " + team.name() + " (" + k.getRating() + "/5) from " + giver.name();
        notifications.add(Notification.forTeam(team.id(),
                k.isPublic() ? Notification.Audience.MEMBERS_AND_LEADS : Notification.Audience.LEADS, giver.id(),
                k.isPublic() ? Notification.Kind.KUDOS : Notification.Kind.FEEDBACK, text, link, now));
        if (!recipients.emails().isEmpty()) {
            String subject = k.isPublic() ? "Kudos for " + team.name() + " from " + giver.name()
                    : "Private hand-off feedback for " + team.name();
            String body = mailBody(k, giver, team, link);
            for (String email : recipients.emails()) {
                alerts.addDelivery(new AlertDelivery(AlertDelivery.Channel.EMAIL, team.id(), k.getId(), email,
                        subject, body, now));
            }
        }
        recipients.webhookUrl().ifPresent(url -> alerts.addDelivery(new AlertDelivery(AlertDelivery.Channel.WEBHOOK,
                team.id(), k.getId(), url, "Kudos for " + team.name(), webhookText(k, giver, team, link), now)));
    }

    private String mailBody(Kudos k, PersonView giver, ThankedTeam team, String link) {
        StringBuilder body = new StringBuilder();
        if (k.isPublic()) {
            body.append(giver.name()).append(" thanked ").append(team.name()).append(" for a hand-off rated ")
                    .append(k.getRating()).append("/5.\n\n");
        } else {
            body.append(giver.name()).append(" rated a hand-off with ").append(team.name()).append(" ")
                    .append(k.getRating()).append("/5. This feedback is private to the team's leads.\n\n");
        }
        body.append(k.getMessage()).append("\n");
        if (k.getCustomerStory() != null) {
            body.append("\nWhat the customer got: ").append(k.getCustomerStory()).append("\n");
        }
        body.append("\n").append(portalUrl.replaceAll("/$", "")).append(link).append("\n");
        return body.toString();
    }

    private String webhookText(Kudos k, PersonView giver, ThankedTeam team, String link) {
        StringBuilder text = new StringBuilder("\uD83D\uDC4F ").append(giver.name()).append(" thanked *")
                .append(team.name()).append("* (").append("\u2605".repeat(k.getRating())).append(")\n")
                .append(k.getMessage());
        if (k.getCustomerStory() != null) {
            text.append("\n_What the customer got:_ ").append(k.getCustomerStory());
        }
        text.append("\n").append(portalUrl.replaceAll("/$", "")).append(link);
        return text.toString();
    }

    private Kudos readable(long id, Caller caller) {
        Kudos found = kudos.find(id).orElseThrow(() -> new NotFoundException("Kudos", id));
        boolean leadsTeam = found.isPrivateFeedback() && directory.findTeam(found.getTeamId())
                .map(t -> leads(t, caller.personId())).orElse(false);
        if (!found.isReadableBy(caller.personId(), leadsTeam, caller.hasRole(Role.HR_NAME),
                caller.hasRole(Role.ADMIN_NAME))) {
            throw new NotFoundException("Kudos", id);
        }
        return found;
    }

    private TeamWithMembers teamToThank(long teamId) {
        return existing(directory.findTeamWithMembers(teamId), teamId);
    }

    private static TeamWithMembers existing(Optional<TeamWithMembers> team, long teamId) {
        return team.orElseThrow(() -> new RuleViolationException("teamId", "team " + teamId + " does not exist"));
    }

    private static ThankedTeam thankedTeam(TeamWithMembers toThank) {
        TeamView team = toThank.team();
        return new ThankedTeam(team.id(), team.name(), team.stage() == Stage.BACK, team.active(),
                toThank.activeMemberIds());
    }

    /** An edit must not fail because the team was deactivated after the kudos was given. */
    private ThankedTeam thankedTeamForEdit(long teamId) {
        ThankedTeam team = thankedTeam(teamToThank(teamId));
        return new ThankedTeam(team.id(), team.name(), true, true, team.memberIds());
    }

    private List<PersonView> members(long teamId) {
        List<PersonView> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<PersonView> batch = directory.listPeople(null, teamId, false, page, Page.MAX_SIZE);
            all.addAll(batch.items());
            if (all.size() >= batch.total() || batch.items().isEmpty()) {
                return all;
            }
        }
    }

    private List<Long> checkedValues(List<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        Set<Long> wanted = new LinkedHashSet<>(ids);
        Map<Long, CompanyValue> found = new HashMap<>();
        values.findAll(wanted).forEach(v -> found.put(v.getId(), v));
        for (Long id : wanted) {
            CompanyValue value = found.get(id);
            if (value == null) {
                throw new RuleViolationException("values", "company value " + id + " does not exist");
            }
            if (!value.isActive()) {
                throw new RuleViolationException("values", value.getName() + " is retired");
            }
        }
        return List.copyOf(wanted);
    }

    private Long valueId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().matches("\\d{1,18}")) {
            return Long.valueOf(value.strip());
        }
        return values.findByName(value).map(CompanyValue::getId)
                .orElseThrow(() -> new RuleViolationException("value", "no company value is named " + value.strip()));
    }

    private static String parseStage(String stage) {
        if (stage == null || stage.isBlank()) {
            return null;
        }
        String upper = stage.strip().toUpperCase(Locale.ROOT);
        if (!upper.equals("FRONT") && !upper.equals("BACK")) {
            throw new RuleViolationException("stage", "must be FRONT or BACK");
        }
        return upper;
    }

    private void ensureValueNameFree(String name, Long ownId) {
        values.findByName(name).filter(v -> !v.getId().equals(ownId)).ifPresent(v -> {
            throw new ConflictException("name", "a value named " + v.getName() + " already exists");
        });
    }

    private static boolean leads(TeamView team, long personId) {
        return team.leads().stream().anyMatch(l -> l.id() == personId);
    }

    /** Milliseconds are enough, and what the databases keep: a created kudos reads back exactly as it was answered. */
    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }

    /** Turns kudos into views, looking each person, team and value up once. */
    private final class Views {

        private final Caller caller;
        private final Map<Long, String> people = new HashMap<>();
        private final Map<Long, String> teams = new HashMap<>();
        private Map<Long, String> valueNames;

        Views(Caller caller) {
            this.caller = caller;
        }

        List<KudosView> of(List<Kudos> list) {
            List<Long> ids = list.stream().map(Kudos::getId).toList();
            Map<Long, Long> counts = kudos.applauseCounts(ids);
            Set<Long> mine = kudos.applaudedBy(caller.personId(), ids);
            readNames(list);
            return list.stream().map(k -> of(k, counts.getOrDefault(k.getId(), 0L), mine.contains(k.getId()))).toList();
        }

        KudosView of(Kudos k) {
            return of(List.of(k)).get(0);
        }

        /**
         * Kudos just given: nobody can have applauded them yet, and the giver's and the team's names are in hand.
         * Giving is the busiest write; every query saved here is one less round trip under load.
         */
        KudosView ofGiven(Kudos k, PersonView giver, TeamView team) {
            people.put(giver.id(), giver.name());
            if (giver.teamId() != null) {
                teams.put(giver.teamId(), giver.teamName());
            }
            teams.put(team.id(), team.name());
            readNames(List.of(k));
            return of(k, 0, false);
        }

        /* Names are read for the whole list at once: one query for people and one for teams, not one per kudos. */
        private void readNames(List<Kudos> list) {
            Set<Long> personIds = new HashSet<>();
            Set<Long> teamIds = new HashSet<>();
            for (Kudos k : list) {
                personIds.add(k.getGiverId());
                personIds.addAll(k.getPersonIds());
                teamIds.add(k.getTeamId());
                if (k.getGiverTeamId() != null) {
                    teamIds.add(k.getGiverTeamId());
                }
            }
            personIds.removeAll(people.keySet());
            teamIds.removeAll(teams.keySet());
            if (!personIds.isEmpty()) {
                people.putAll(directory.personNames(personIds));
            }
            if (!teamIds.isEmpty()) {
                teams.putAll(directory.teamNames(teamIds));
            }
        }

        /** Views of lists that may share kudos (a team's page, its stories), reading each kudos' figures once. */
        List<List<KudosView>> ofEach(List<List<Kudos>> lists) {
            Map<Long, Kudos> distinct = new LinkedHashMap<>();
            lists.forEach(list -> list.forEach(k -> distinct.putIfAbsent(k.getId(), k)));
            Map<Long, KudosView> views = new HashMap<>();
            of(List.copyOf(distinct.values())).forEach(view -> views.put(view.id(), view));
            return lists.stream().map(list -> list.stream().map(k -> views.get(k.getId())).toList()).toList();
        }

        private KudosView of(Kudos k, long applause, boolean applauded) {
            List<PersonRef> thanked = k.getPersonIds().stream()
                    .map(id -> new PersonRef(id, people.getOrDefault(id, "someone")))
                    .sorted(java.util.Comparator.comparing(PersonRef::name))
                    .toList();
            List<String> valueList = k.getValueIds().stream().map(id -> valueNames().get(id))
                    .filter(java.util.Objects::nonNull).sorted().toList();
            boolean seesWhyHidden = k.isHidden() && caller.hasRole(Role.ADMIN_NAME);
            return new KudosView(k.getId(), k.getGiverId(), people.getOrDefault(k.getGiverId(), "someone"),
                    k.getGiverTeamId() == null ? null : teams.get(k.getGiverTeamId()),
                    k.getGiverStage(), k.getTeamId(), teams.getOrDefault(k.getTeamId(), "a team"),
                    thanked, k.getRating(), k.isPrivateFeedback(), k.getMessage(), k.getCustomerStory(), valueList,
                    applause, applauded, k.getCreatedAt(), k.getEditedAt(), k.isEditableBy(caller.personId(), now()),
                    k.isHidden(), seesWhyHidden ? k.getHiddenReason() : null);
        }

        private Map<Long, String> valueNames() {
            if (valueNames == null) {
                valueNames = new HashMap<>();
                values.all().forEach(v -> valueNames.put(v.getId(), v.getName()));
            }
            return valueNames;
        }
    }
}
