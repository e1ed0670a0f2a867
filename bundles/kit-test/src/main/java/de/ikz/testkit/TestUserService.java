package de.ikz.testkit;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import de.ikz.api.tenant.Caller;
import de.ikz.api.tenant.PlatformRole;
import de.ikz.api.tenant.UserAccount;
import de.ikz.api.tenant.UserService;

/**
 * A {@link UserService} for tests of code that only resolves callers (an authentication filter,
 * a console session): a test says how a login becomes a {@link Caller} ({@link #callerFrom}) and
 * overrides the default methods it needs; user administration is refused with
 * {@link UnsupportedOperationException}, so a test that reaches it by mistake fails loudly.
 */
public abstract class TestUserService implements UserService {

    @Override
    public UserAccount create(Caller caller, String username, String password, Optional<String> tenantId,
                              Set<PlatformRole> roles, Optional<String> participantId, Set<String> modules) {
        throw new UnsupportedOperationException("create: not in this test");
    }

    @Override
    public List<UserAccount> list(Caller caller) {
        throw new UnsupportedOperationException("list: not in this test");
    }

    @Override
    public Optional<UserAccount> find(Caller caller, String username) {
        throw new UnsupportedOperationException("find: not in this test");
    }

    @Override
    public void setPassword(Caller caller, String username, String currentPassword, String newPassword) {
        throw new UnsupportedOperationException("setPassword: not in this test");
    }

    @Override
    public void delete(Caller caller, String username) {
        throw new UnsupportedOperationException("delete: not in this test");
    }
}
