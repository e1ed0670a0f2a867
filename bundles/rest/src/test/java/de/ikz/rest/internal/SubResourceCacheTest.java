package de.ikz.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import javax.ws.rs.GET;
import javax.ws.rs.Path;

import org.apache.cxf.jaxrs.model.ClassResourceInfo;
import org.junit.jupiter.api.Test;

/** CXF's cache of sub-resource models keeps a redeployed module's classes; the platform prunes it (issue 14). */
class SubResourceCacheTest {

    @Path("modules")
    public static class Locator {
        @Path("{id}")
        public Object api() {
            return null;
        }
    }

    /** Stands for one generation of a module's API class. */
    public static class OldGeneration {
        @GET
        public String get() {
            return "old";
        }
    }

    /** Stands for the generation served now. */
    public static class NewGeneration {
        @GET
        public String get() {
            return "new";
        }
    }

    @Test
    void theModelsOfClassesNoLongerServedAreDroppedAndTheServedOnesKept() {
        ClassResourceInfo locator = new ClassResourceInfo(Locator.class);
        locator.getSubResource(Object.class, OldGeneration.class);
        locator.getSubResource(Object.class, NewGeneration.class);
        assertThat(locator.getSubResources()).extracting(ClassResourceInfo::getServiceClass)
                .containsExactlyInAnyOrder(OldGeneration.class, NewGeneration.class); // what CXF keeps on its own

        assertThat(SubResourceCache.prune(locator, type -> type == NewGeneration.class)).isEqualTo(1);

        assertThat(locator.getSubResources()).extracting(ClassResourceInfo::getServiceClass).containsExactly(NewGeneration.class);
        assertThat(SubResourceCache.prune(type -> false)).as("outside a request CXF serves: nothing").isZero();
    }
}
