package org.curtaincall.listening.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.curtaincall.listening.entity.ListeningSetting;
import org.curtaincall.listening.entity.MeToo;
import org.curtaincall.listening.entity.Report;

@ApplicationScoped
public class ReportRepository {

    @PersistenceContext
    EntityManager em;

    public Report add(Report report) {
        em.persist(report);
        return report;
    }

    public Optional<Report> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Report.class, id));
    }

    public Optional<Report> findByLocator(String locator) {
        return em.createQuery("select r from Report r where r.locator = :locator", Report.class)
                .setParameter("locator", locator)
                .getResultStream().findFirst();
    }

    public boolean locatorTaken(String locator) {
        return findByLocator(locator).isPresent();
    }

    /** Every report, newest day first; the id breaks ties because it is random and so says nothing about order. */
    public List<Report> all() {
        return em.createQuery("select r from Report r order by r.filedOn desc, r.id", Report.class).getResultList();
    }

    public List<Report> concerning(Collection<Long> teamIds) {
        if (teamIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select r from Report r where r.teamId in :teams and r.hidden = :hidden "
                        + "order by r.filedOn desc, r.id", Report.class)
                .setParameter("teams", teamIds)
                .setParameter("hidden", Boolean.FALSE)
                .getResultList();
    }

    public List<Report> listedPublicly() {
        return em.createQuery("select r from Report r where r.listedPublicly = :listed and r.hidden = :hidden "
                        + "order by r.filedOn desc, r.id", Report.class)
                .setParameter("listed", Boolean.TRUE)
                .setParameter("hidden", Boolean.FALSE)
                .getResultList();
    }

    public boolean hasMeToo(String mark) {
        return em.find(MeToo.class, mark) != null;
    }

    public void addMeToo(MeToo meToo) {
        em.persist(meToo);
    }

    /** "Me too" counts per report id, for the reports asked about. */
    public Map<String, Long> meTooCounts(Collection<String> reportIds) {
        Map<String, Long> counts = new HashMap<>();
        if (reportIds.isEmpty()) {
            return counts;
        }
        em.createQuery("select m.reportId, count(m) from MeToo m where m.reportId in :ids group by m.reportId",
                        Object[].class)
                .setParameter("ids", reportIds)
                .getResultList()
                .forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    public long count() {
        return em.createQuery("select count(r) from Report r", Long.class).getSingleResult();
    }

    public Optional<String> setting(String name) {
        return Optional.ofNullable(em.find(ListeningSetting.class, name)).map(ListeningSetting::getValue);
    }

    public void saveSetting(String name, String value) {
        em.persist(new ListeningSetting(name, value));
        em.flush();
    }
}
