package org.channelport.it;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * The order in which the integration test classes start (pom.xml: three run at a time): the slowest first, so that
 * no long class starts near the end and runs alone while the others are done. Without it, the order is JUnit's own,
 * and a run of 14 min ended with LeadConsoleIT (141 s) and LeadPortalIT (93 s) started in its last two minutes and a
 * core idle. The list is by the class's time in a full run (test-times.sh prints it); a class not listed starts
 * after those listed, in JUnit's order. Keep the list roughly current when a class grows.
 */
public final class SlowestFirst implements ClassOrderer {
    static final List<String> SLOWEST = List.of("DealPortalIT", "PageCrawlIT", "PortalIsolationIT", "ConsoleIT",
            "DealConsoleIT", "LeadConsoleIT", "ApplicationFormIT", "PageSecurityIT", "LeadPortalIT",
            "HomeAndNavigationIT", "LeadSweepIT", "SignedInLoadIT", "OnboardingJourneyIT", "ApiSecurityIT");

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator.comparingInt(SlowestFirst::rank));
    }

    private static int rank(ClassDescriptor descriptor) {
        var i = SLOWEST.indexOf(descriptor.getTestClass().getSimpleName());
        return i < 0 ? SLOWEST.size() : i;
    }
}
