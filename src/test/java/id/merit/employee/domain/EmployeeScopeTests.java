package id.merit.employee.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.merit.shared.Role;
import id.merit.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Who sees which staff; without a user (a background thread, a forgotten context) nobody is covered. */
class EmployeeScopeTests {

    @AfterEach
    void clear() {
        TestUsers.clear();
    }

    @Test
    void withoutAUserTheScopeCoversNothing() {
        EmployeeScope scope = EmployeeScope.of(null);
        assertThat(scope.all()).isFalse();
        assertThat(scope.covers("198503122010011002", 1L)).isFalse();
    }

    @Test
    void bkpsdmRolesAndTheRegentSeeEveryone() {
        for (Role role : new Role[] {Role.ADMIN, Role.OFFICER, Role.REGENT}) {
            TestUsers.runAs(role, null, null);
            assertThat(EmployeeScope.of(null).covers("198503122010011002", 1L)).as(role.name()).isTrue();
        }
    }

    @Test
    void anEmployeeSeesOnlyThemself() {
        TestUsers.runAs(Role.EMPLOYEE, null, "198503122010011002");
        assertThat(EmployeeScope.of(null).covers("198503122010011002", 1L)).isTrue();
        assertThat(EmployeeScope.of(null).covers("198503122010012002", 1L)).isFalse();
    }
}
