package org.engagement.plugins.housing;

import org.engagement.core.testing.ModuleContract;
import org.junit.jupiter.api.Test;

/** The module keeps the module contract (plugins/README.md), apart from the breaches it still lists. */
class ModuleContractTest {

    @Test
    void theModuleUsesOnlyTheCoresPublishedApiAndItsOwnTables() {
        ModuleContract.assertKeptBy("org.engagement.plugins.housing");
    }
}
