package org.channelport.it;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.Test;

/**
 * The order in which the integration test classes are handed to the three parallel workers: the browser classes
 * ({@link Pages}; the more tests, the sooner) start before the others. Left to the default, the slowest class
 * (DealPortalIT, 4-5 minutes on a slow day) started half way and ended the run alone.
 *
 * <p>JUnit's ForkJoin pool does not take the classes in list order: two workers take them from the front, the third
 * from the back (seen in the build's log: LeadConsoleIT, ConsoleIT, then the alphabetically last class). So every third
 * browser class goes to the back, the heaviest of those last, and the quick classes stay in the middle.
 */
public class SlowestFirst implements ClassOrderer {
    @Override
    public void orderClasses(ClassOrdererContext context) {
        var pages = new ArrayList<ClassDescriptor>();
        var others = new ArrayList<ClassDescriptor>();
        context.getClassDescriptors().forEach(c -> (c.isAnnotated(Pages.class) ? pages : others).add(c));
        pages.sort(Comparator.comparingLong((ClassDescriptor c) -> -tests(c))
                .thenComparing(c -> c.getTestClass().getName()));
        others.sort(Comparator.comparing(c -> c.getTestClass().getName()));
        var order = arrange(pages, others);
        context.getClassDescriptors().sort(Comparator.comparingInt(order::indexOf));
    }

    /** The heavy items (heaviest first) at both ends, two of every three at the front, the quick ones between. */
    static <T> List<T> arrange(List<T> heavyFirst, List<T> quick) {
        var front = new ArrayList<T>();
        var back = new ArrayList<T>();
        for (int i = 0; i < heavyFirst.size(); i++) {
            (i % 3 == 2 ? back : front).add(heavyFirst.get(i));
        }
        var result = new ArrayList<T>(front);
        result.addAll(quick);
        Collections.reverse(back);
        result.addAll(back);
        return result;
    }

    private static long tests(ClassDescriptor c) {
        return java.util.Arrays.stream(c.getTestClass().getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(Test.class)).count();
    }
}
