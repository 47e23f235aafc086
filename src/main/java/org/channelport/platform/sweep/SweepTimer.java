package org.channelport.platform.sweep;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs every {@link Sweep} on its own schedule on every instance. The timers are not persistent: a missed run is
 * caught up by the next one, and a run that finds the previous one of the same sweep still going is skipped. They are
 * created once the schema is migrated (a sweep on a fresh database would otherwise meet tables not there yet).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
public class SweepTimer {
    private static final Logger LOG = Logger.getLogger(SweepTimer.class.getName());

    @Resource
    TimerService timers;
    @Inject
    Sweeper sweeper;
    /**
     * Off on the test servers: their tests start every sweep through its API when they want it, so no sweep runs at a
     * moment a test did not choose.
     */
    @Inject
    @ConfigProperty(name = "app.sweeps.timers", defaultValue = "true")
    boolean enabled;

    private final Set<String> running = ConcurrentHashMap.newKeySet();

    @PostConstruct
    void schedule() {
        if (!enabled) {
            LOG.info("Sweep timers are off (app.sweeps.timers=false): sweeps run only through their API");
            return;
        }
        for (var sweep : sweeper.all()) {
            timers.createCalendarTimer(sweep.schedule(), new TimerConfig(sweep.name(), false));
        }
    }

    /** Sweeps of different contexts run side by side: one slow sweep must not hold back the others. */
    @Timeout
    @Lock(LockType.READ)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sweep(Timer timer) {
        var name = (String) timer.getInfo();
        if (!running.add(name)) {
            return;
        }
        try {
            sweeper.named(name).ifPresent(this::sweepAll);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The " + name + " sweep failed; the next run retries", e);
        } finally {
            running.remove(name);
        }
    }

    private <R extends Sweep.Tally<R>> void sweepAll(Sweep<R> sweep) {
        sweeper.sweepAll(sweep);
    }
}
