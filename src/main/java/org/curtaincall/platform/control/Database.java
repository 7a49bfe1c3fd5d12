package org.curtaincall.platform.control;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The portal's one datasource. The URL and credentials come from MicroProfile Config (system property or environment
 * variable {@code CURTAINCALL_DB_URL} and friends); the defaults give an embedded H2 file database under ./data.
 * WRITE_DELAY=0 makes H2 write each commit to disk before it is acknowledged, so a killed server loses nothing it
 * answered for.
 */
@DataSourceDefinition(
        name = Database.JNDI_NAME,
        className = "${MPCONFIG=curtaincall.db.datasource:org.h2.jdbcx.JdbcDataSource}",
        url = "${MPCONFIG=curtaincall.db.url:jdbc:h2:file:./data/curtaincall;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE}",
        user = "${MPCONFIG=curtaincall.db.user:curtaincall}",
        password = "${MPCONFIG=curtaincall.db.password:curtaincall}",
        minPoolSize = 2,
        maxPoolSize = 32)
@Singleton
public class Database {

    public static final String JNDI_NAME = "java:app/jdbc/curtaincall";
}
