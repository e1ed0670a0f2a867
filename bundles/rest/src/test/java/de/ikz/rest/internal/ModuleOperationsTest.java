package de.ikz.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;

import de.ikz.api.module.PublicOperation;
import de.ikz.api.module.Roles;
import de.ikz.api.rest.ModuleApi;

import org.junit.jupiter.api.Test;

/** The operation table read from a module API's JAX-RS annotations: paths, roles, findings, matching. */
class ModuleOperationsTest {

    static final Set<String> DECLARED = Set.of("coordinator", "auditor", "partner-staff");

    /** A module's root: two locators, one public operation, one forgotten declaration. */
    public static class SampleApi implements ModuleApi {
        @Path("things")
        public Things things() {
            return new Things();
        }

        @Path("/reports/")
        public Reports reports() {
            return new Reports();
        }

        @GET
        @Path("offers")
        @PublicOperation
        public List<String> offers() {
            return List.of();
        }

        @DELETE
        @Path("things")
        public void forgotten() {
        }
    }

    @Roles({"coordinator", "auditor"})
    public static class Things {
        @GET
        public List<String> list() {
            return List.of();
        }

        @POST
        @Roles("coordinator")
        public void create() {
        }

        @GET
        @Path("{id}")
        public String one(@PathParam("id") String id) {
            return id;
        }

        @PUT
        @Path("{id}")
        @Roles({"coordinator", "auditor"})
        public void update(@PathParam("id") String id) {
        }

        @POST
        @Path("{id}/stage")
        @Roles("partner-staff")
        public void stage(@PathParam("id") String id) {
        }

        @GET
        @Path("special")
        @Roles("coordinator")
        public String special() {
            return "";
        }
    }

    public static class Reports {
        @GET
        @Path("{year: [0-9]{4}}/summary")
        @Roles({"coordinator", "tester"})
        public String summary(@PathParam("year") String year) {
            return year;
        }

        @POST
        @Path("publish")
        @PublicOperation
        public void publish() {
        }
    }

    private final ModuleOperations table = ModuleOperations.of("sample", SampleApi.class, DECLARED);

    private ModuleOperations.Operation op(String method, String path) {
        return table.operations().stream().filter(o -> o.method().equals(method) && o.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + method + " " + path + " in " + table.operations()));
    }

    @Test
    void readsResourceMethodsAndFollowsLocatorsByTheirDeclaredType() {
        assertThat(table.operations()).extracting(o -> o.method() + " " + o.path()).containsExactlyInAnyOrder(
                "GET things", "POST things", "DELETE things", "GET things/{id}", "PUT things/{id}", "POST things/{id}/stage",
                "GET things/special", "GET reports/{year: [0-9]{4}}/summary", "POST reports/publish", "GET offers");
        assertThat(op("GET", "things").roles()).containsExactly("coordinator", "auditor");
        assertThat(op("POST", "things").roles()).as("the method's @Roles wins over the class's").containsExactly("coordinator");
        assertThat(op("GET", "offers").open()).isTrue();
        assertThat(op("POST", "things").changes()).isTrue();
        assertThat(op("GET", "things/{id}").changes()).isFalse();
        assertThat(op("GET", "things").javaName()).isEqualTo("Things#list");
    }

    @Test
    void everyBrokenDeclarationIsAFinding() {
        assertThat(op("DELETE", "things").findings()).containsExactly("no @Roles and not @PublicOperation");
        assertThat(op("PUT", "things/{id}").findings()).containsExactly("read-only role 'auditor' on the changing operation PUT");
        assertThat(op("GET", "reports/{year: [0-9]{4}}/summary").findings())
                .as("a module's own role id counts only where the module declares it")
                .containsExactly("role 'tester' is not declared in the module's roles()");
        assertThat(op("POST", "reports/publish").findings()).containsExactly("@PublicOperation on POST (only GET may be public)");
        assertThat(op("GET", "things").valid()).isTrue();
        assertThat(op("GET", "offers").valid()).isTrue();
        assertThat(table.invalid()).hasSize(4);
    }

    @Test
    void aRoleTheModuleDoesNotDeclareIsAFinding() {
        ModuleOperations narrow = table.withDeclaredRoles(Set.of("coordinator", "auditor"));
        assertThat(narrow.match("POST", "things/x/stage").operation().findings())
                .containsExactly("role 'partner-staff' is not declared in the module's roles()");
        assertThat(narrow.match("GET", "things").operation().valid()).isTrue();
    }

    @Test
    void matchesLikeJaxRs() {
        assertThat(table.match("GET", "things").operation().javaName()).isEqualTo("Things#list");
        assertThat(table.match("GET", "/things/").operation().javaName()).isEqualTo("Things#list");
        assertThat(table.match("GET", "things/abc").operation().javaName()).isEqualTo("Things#one");
        assertThat(table.match("GET", "things/special").operation().javaName())
                .as("a literal segment is more specific than a template").isEqualTo("Things#special");
        assertThat(table.match("POST", "things/abc/stage").operation().javaName()).isEqualTo("Things#stage");
        assertThat(table.match("GET", "things/a%2Fb").operation().javaName())
                .as("an encoded slash stays inside one segment, as JAX-RS matches the encoded path").isEqualTo("Things#one");
        assertThat(table.match("GET", "things;v=1/abc;x=y").operation().javaName()).isEqualTo("Things#one");
        assertThat(table.match("HEAD", "things/abc").operation().javaName()).as("HEAD is answered by GET").isEqualTo("Things#one");
        assertThat(table.match("GET", "reports/2025/summary").operation().javaName()).isEqualTo("Reports#summary");
        assertThat(table.match("GET", "reports/20x5/summary").pathKnown()).as("the template's regex is applied").isFalse();
        assertThat(table.match("GET", "things/a/b").pathKnown()).isFalse();
        assertThat(table.match("GET", "nothing").pathKnown()).isFalse();
        ModuleOperations.Match wrongMethod = table.match("PATCH", "things/abc");
        assertThat(wrongMethod.operation()).isNull();
        assertThat(wrongMethod.allowed()).containsExactly("GET", "PUT");
    }

    @Test
    void publicOnlyForAValidPublicGet() {
        assertThat(table.isPublic("GET", "offers")).isTrue();
        assertThat(table.isPublic("HEAD", "offers")).isTrue();
        assertThat(table.isPublic("POST", "reports/publish")).as("a public POST is refused, not public").isFalse();
        assertThat(table.isPublic("GET", "things")).isFalse();
        assertThat(table.isPublic("GET", "nothing")).isFalse();
    }

    @Test
    void aBadTemplateIsRefusedWhenTheApiArrives() {
        assertThatThrownBy(() -> ModuleOperations.Template.of("a/{id")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ModuleOperations.Template.of("a/{id: [}")).isInstanceOf(IllegalArgumentException.class);
    }
}
