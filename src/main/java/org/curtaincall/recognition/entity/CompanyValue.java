package org.curtaincall.recognition.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Locale;
import org.curtaincall.platform.control.PlainText;
import org.curtaincall.platform.control.RuleViolationException;

/** A value the company stands for, which kudos can be tagged with. Retired, never deleted: old kudos name it. */
@Entity
@Table(name = "company_value")
public class CompanyValue {

    public static final int NAME_MAX = 60;
    public static final int DESCRIPTION_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "company_value_seq")
    @SequenceGenerator(name = "company_value_seq", sequenceName = "company_value_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(name = "name_key", nullable = false)
    private String nameKey;

    private String description;

    @Column(nullable = false)
    private boolean active;

    protected CompanyValue() {
    }

    public CompanyValue(String name, String description) {
        describe(name, description, true);
    }

    public static String nameKey(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    public final void describe(String name, String description, boolean active) {
        PlainText.check("name", name);
        PlainText.check("description", description);
        if (name == null || name.isBlank() || name.strip().length() > NAME_MAX) {
            throw new RuleViolationException("name", "must be 1 to " + NAME_MAX + " characters");
        }
        if (description != null && description.strip().length() > DESCRIPTION_MAX) {
            throw new RuleViolationException("description", "must be at most " + DESCRIPTION_MAX + " characters");
        }
        this.name = name.strip();
        this.nameKey = nameKey(name);
        this.description = description == null || description.isBlank() ? null : description.strip();
        this.active = active;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public boolean isActive() {
        return active;
    }
}
