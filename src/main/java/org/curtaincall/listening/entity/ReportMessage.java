package org.curtaincall.listening.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** One message in a report's conversation: a reply from the reporter or an answer from staff. */
@Entity
@Table(name = "report_message")
public class ReportMessage {

    @Id
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "report_id")
    private Report report;

    /** Order within the report: dates are kept to the day, so they cannot order messages of the same day. */
    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MessageSide side;

    @Column(nullable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(name = "new_status")
    private ReportStatus newStatus;

    @Column(name = "written_on", nullable = false)
    private LocalDate writtenOn;

    @Column(nullable = false)
    private boolean hidden;

    protected ReportMessage() {
    }

    ReportMessage(Report report, int position, MessageSide side, String body, ReportStatus newStatus,
            LocalDate writtenOn) {
        this.id = UUID.randomUUID().toString();
        this.report = report;
        this.position = position;
        this.side = side;
        this.body = body;
        this.newStatus = newStatus;
        this.writtenOn = writtenOn;
    }

    void hide() {
        hidden = true;
    }

    boolean redact(String text, String replacement) {
        if (!body.contains(text)) {
            return false;
        }
        body = body.replace(text, replacement);
        return true;
    }

    public String getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public MessageSide getSide() {
        return side;
    }

    public String getBody() {
        return body;
    }

    public ReportStatus getNewStatus() {
        return newStatus;
    }

    public LocalDate getWrittenOn() {
        return writtenOn;
    }

    public boolean isHidden() {
        return hidden;
    }
}
