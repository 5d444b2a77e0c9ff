package io.meterhub.dashboard.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** Spring Security's view of {@link UserLookup}. */
public final class LookupUserDetailsService implements UserDetailsService {
    private final UserLookup lookup;

    public LookupUserDetailsService(UserLookup lookup) {
        this.lookup = lookup;
    }

    @Override
    public UserDetails loadUserByUsername(String login) {
        if (login == null || login.isBlank()) {
            throw new UsernameNotFoundException("empty login");
        }
        return lookup.findByLogin(login.trim())
                .map(MeterhubUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }
}
