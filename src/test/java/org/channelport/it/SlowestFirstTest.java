package org.channelport.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The queue order of the integration classes: heavy ones at both ends, heaviest where each worker starts. */
class SlowestFirstTest {
    @Test
    void twoOfEveryThreeHeavyClassesAtTheFrontTheThirdAtTheBackHeaviestLast() {
        var order = SlowestFirst.arrange(List.of("H1", "H2", "H3", "H4", "H5", "H6", "H7"), List.of("q1", "q2"));

        assertThat(order).containsExactly("H1", "H2", "H4", "H5", "H7", "q1", "q2", "H6", "H3");
    }
}
