package org.unkg.serve.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class NaturalOrderTest {

    @Test
    void numbersCountAsNumbers() {
        List<String> names = new ArrayList<>(List.of("S/RES/1373 (2001) ¶10", "S/RES/1373 (2001) ¶2",
                "S/RES/987 (1995)", "S/RES/1373 (2001)", "S/RES/1373 (2001) ¶1", "S/PRST/2012/16", "S/RES/0987 (1995)"));
        names.sort(NaturalOrder.INSTANCE);
        assertEquals(List.of("S/PRST/2012/16", "S/RES/0987 (1995)", "S/RES/987 (1995)", "S/RES/1373 (2001)",
                "S/RES/1373 (2001) ¶1", "S/RES/1373 (2001) ¶2", "S/RES/1373 (2001) ¶10"), names);
    }
}
