package org.studykb.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who may do what (issue 6): each role may do what the ones below it may, and more. */
class RoleTest {

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
            "MEMBER, SEARCH, true", "MEMBER, READ, true", "MEMBER, CITE, true", "MEMBER, UPLOAD, false",
            "MEMBER, EDIT_METADATA, false", "MEMBER, MANAGE_USERS, false",
            "WRITER, UPLOAD, true", "WRITER, TAG, true", "WRITER, EDIT_METADATA, true", "WRITER, SEARCH, true",
            "WRITER, CONFIRM_LINKS, false",
            "LEADER, CONFIRM_LINKS, true", "LEADER, SET_STATUS, true", "LEADER, UPLOAD, true",
            "LEADER, MANAGE_USERS, false",
            "ADMIN, MANAGE_USERS, true", "ADMIN, SET_STATUS, true", "ADMIN, SEARCH, true",
    })
    void rolesGrantTheirPermissions(Role role, Permission permission, boolean allowed) {
        assertThat(role.allows(permission)).isEqualTo(allowed);
    }
}
