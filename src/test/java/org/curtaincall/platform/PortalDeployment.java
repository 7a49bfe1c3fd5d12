package org.curtaincall.platform;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archive integration tests deploy: the war the build just packaged, so that tests exercise exactly what ships.
 */
public final class PortalDeployment {

    private PortalDeployment() {
    }

    public static WebArchive portal() {
        File war = new File("target/curtain-call.war");
        if (!war.isFile()) {
            throw new IllegalStateException("target/curtain-call.war is missing: run the tests with 'mvn verify'");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
