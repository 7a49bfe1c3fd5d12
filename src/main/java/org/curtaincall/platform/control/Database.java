package org.curtaincall.platform.control;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.annotation.sql.DataSourceDefinitions;
import jakarta.ejb.Singleton;

/**
 * The portal's one datasource. The URL and credentials come from MicroProfile Config (system property or environment
 * variable {@code CURTAINCALL_DB_URL} and friends); the defaults give an embedded H2 file database under ./data.
 * WRITE_DELAY=0 makes H2 write each commit to disk before it is acknowledged, so a killed server loses nothing it
 * answered for. DB_CLOSE_DELAY=-1 keeps the database open while the server runs: otherwise H2 closes its file when
 * the pool's last connection goes (as it does while the server stops) and opens it again for the next, and a
 * background task opening it while the close was still writing left a file H2 could no longer open ("Double mark").
 * DB_CLOSE_ON_EXIT=FALSE leaves the file to the server's own shutdown rather than H2's hook, which would close it
 * under requests still running; a file not closed is read back whole, as after kill -9.
 *
 * <p>The class is H2's driver, not its {@code JdbcDataSource}: that one is also an XA data source, which makes the
 * server run every transaction as a distributed one (prepare, commit, and a rollback when the connection returns to
 * the pool), each a write to H2's file. With one database there is nothing to coordinate. PostgreSQL's
 * {@code PGSimpleDataSource} is not an XA source either.
 *
 * <p>The pool checks a connection (JDBC {@code isValid}, at most every few seconds) before handing it out and drops
 * them all when one has failed, so that after a database restart stale connections are replaced on their own instead
 * of failing requests; a request waits at most a few seconds for a connection, then answers 503.
 */
@DataSourceDefinitions({
    @DataSourceDefinition(
            name = Database.JNDI_NAME,
            className = Database.CLASS_NAME,
            url = Database.URL,
            user = Database.USER,
            password = Database.PASSWORD,
            minPoolSize = 2,
            maxPoolSize = 32,
            properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
                "fish.payara.validate-atmost-once-period-in-seconds=5",
                "fish.payara.fail-all-connections=true",
                "fish.payara.max-wait-time-in-millis=10000"
            }),
    // EclipseLink fetches each new block of ids outside the request's transaction, on a connection of its own. From
    // the shared pool that deadlocked under load: every connection was held by a request waiting for the block.
    @DataSourceDefinition(
            name = Database.IDS_JNDI_NAME,
            className = Database.CLASS_NAME,
            url = Database.URL,
            user = Database.USER,
            password = Database.PASSWORD,
            transactional = false,
            minPoolSize = 1,
            maxPoolSize = 4,
            properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
                "fish.payara.validate-atmost-once-period-in-seconds=5",
                "fish.payara.fail-all-connections=true",
                "fish.payara.max-wait-time-in-millis=10000"
            })
})
@Singleton
public class Database {

    public static final String JNDI_NAME = "java:app/jdbc/curtaincall";
    public static final String IDS_JNDI_NAME = "java:app/jdbc/curtaincall-ids";
    static final String CLASS_NAME = "${MPCONFIG=curtaincall.db.datasource:org.h2.Driver}";
    static final String URL =
            "${MPCONFIG=curtaincall.db.url:jdbc:h2:file:./data/curtaincall;WRITE_DELAY=0;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE}";
    static final String USER = "${MPCONFIG=curtaincall.db.user:curtaincall}";
    static final String PASSWORD = "${MPCONFIG=curtaincall.db.password:curtaincall}";
}
