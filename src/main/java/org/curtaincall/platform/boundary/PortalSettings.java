package org.curtaincall.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Settings that pages show, such as whether the demo sign-ins exist ({@code #{portalSettings.demo}}). */
@Named
@ApplicationScoped
public class PortalSettings {

    @Inject
    @ConfigProperty(name = "curtaincall.demo.enabled", defaultValue = "true")
    boolean demo;

    public boolean isDemo() {
        return demo;
    }
}
