package org.curtaincall.directory.entity;

/** What a person may do in the portal. Every active person is at least an employee. */
public enum Role {
    EMPLOYEE,
    TEAM_LEAD,
    HR,
    ADMIN;

    public static final String EMPLOYEE_NAME = "EMPLOYEE";
    public static final String TEAM_LEAD_NAME = "TEAM_LEAD";
    public static final String HR_NAME = "HR";
    public static final String ADMIN_NAME = "ADMIN";
}
