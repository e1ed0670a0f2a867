package de.ikz.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import de.ikz.api.module.DemoData;
import de.ikz.api.tenant.Caller;

import org.junit.jupiter.api.Test;

/** The demo takes what modules contribute in the order of their ids (a stable demo whatever order they arrived in). */
class DemoCommandTest {

    static DemoData module(String id) {
        return new DemoData() {
            @Override
            public String moduleId() {
                return id;
            }

            @Override
            public List<Seed> agreements() {
                return List.of();
            }

            @Override
            public String load(Caller platformAdmin, String tenantId, int year) {
                return id;
            }
        };
    }

    @Test
    void modulesContributeInTheOrderOfTheirIds() {
        assertThat(DemoCommand.sorted(List.of(module("vormundschaft"), module("fruehehilfen"), module("kinderschutz"))))
                .extracting(DemoData::moduleId).containsExactly("fruehehilfen", "kinderschutz", "vormundschaft");
        assertThat(DemoCommand.sorted(null)).isEmpty();
    }
}
