package org.curtaincall.listening.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A named value the listening area keeps for itself, such as its generated "me too" key. */
@Entity
@Table(name = "listening_setting")
public class ListeningSetting {

    @Id
    private String name;

    @Column(name = "setting_value", nullable = false)
    private String value;

    protected ListeningSetting() {
    }

    public ListeningSetting(String name, String value) {
        this.name = name;
        this.value = value;
    }

    public String getName() {
        return name;
    }

    public String getValue() {
        return value;
    }
}
