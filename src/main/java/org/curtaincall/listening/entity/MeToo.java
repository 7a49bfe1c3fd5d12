package org.curtaincall.listening.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * "Me too" on a public report. The mark is a keyed hash of the person and the report: the same person cannot mark a
 * report twice, yet without the server's key nobody can tell whose mark it is.
 */
@Entity
@Table(name = "report_me_too")
public class MeToo {

    @Id
    private String mark;

    @Column(name = "report_id", nullable = false)
    private String reportId;

    protected MeToo() {
    }

    public MeToo(String mark, String reportId) {
        this.mark = mark;
        this.reportId = reportId;
    }

    public String getMark() {
        return mark;
    }

    public String getReportId() {
        return reportId;
    }
}
