package org.curtaincall.recognition.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;

/** One person's applause for one kudos; the key makes it once per person per kudos. */
@Entity
@Table(name = "applause")
@IdClass(Applause.Key.class)
public class Applause {

    public record Key(Long kudosId, Long personId) implements Serializable {

        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "kudos_id")
    private Long kudosId;

    @Id
    @Column(name = "person_id")
    private Long personId;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected Applause() {
    }

    public Applause(long kudosId, long personId, LocalDateTime createdAt) {
        this.kudosId = kudosId;
        this.personId = personId;
        this.createdAt = createdAt;
    }

    public Long getKudosId() {
        return kudosId;
    }

    public Long getPersonId() {
        return personId;
    }
}
