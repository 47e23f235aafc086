package org.channelport.it;

import java.util.Comparator;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.Test;

/**
 * The order in which the integration test classes are handed to the three parallel workers: browser classes
 * ({@link Pages}) first, the ones with the most tests first among them, then the rest by name. Left to the default,
 * the slowest class (DealPortalIT, 4-5 minutes on a slow day) started half way and ended the run alone.
 */
public class SlowestFirst implements ClassOrderer {
    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator
                .comparing((ClassDescriptor c) -> !c.isAnnotated(Pages.class))
                .thenComparing(c -> -tests(c))
                .thenComparing(c -> c.getTestClass().getName()));
    }

    private static long tests(ClassDescriptor c) {
        if (!c.isAnnotated(Pages.class)) {
            return 0;
        }
        return java.util.Arrays.stream(c.getTestClass().getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(Test.class)).count();
    }
}
