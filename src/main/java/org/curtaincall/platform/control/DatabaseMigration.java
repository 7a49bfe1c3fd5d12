package org.curtaincall.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date before anything else touches the database. Every other start-up bean that reads or
 * writes data declares {@code @DependsOn("DatabaseMigration")}.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        var result = flyway(dataSource).migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migration(s) applied now)");
    }

    /** The one Flyway set-up, shared with the migration test that runs the scripts on PostgreSQL. */
    public static Flyway flyway(DataSource dataSource) {
        return Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .javaMigrations(new ForeignKeysOffTheKudosPath())
                .load();
    }
}
