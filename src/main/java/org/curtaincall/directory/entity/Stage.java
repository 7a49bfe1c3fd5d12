package org.curtaincall.directory.entity;

/** Where a team works: meeting the customer (front) or making that possible (back). */
public enum Stage {
    FRONT,
    BACK
}
