package org.curtaincall.recognition.boundary;

import org.curtaincall.recognition.entity.CompanyValue;

public record CompanyValueView(long id, String name, String description, boolean active) {

    static CompanyValueView of(CompanyValue value) {
        return new CompanyValueView(value.getId(), value.getName(), value.getDescription(), value.isActive());
    }
}
