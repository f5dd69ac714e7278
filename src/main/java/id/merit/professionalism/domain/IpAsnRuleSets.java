package id.merit.professionalism.domain;

import id.merit.professionalism.rules.IpAsnParameters;
import org.springframework.stereotype.Component;

/**
 * The IP ASN rule set in force for a measurement year (rules-defaults.md: the version in force on 31 December of Y).
 * Only Merit's defaults exist so far; versions an administrator edits (issue 13 item 2) will be chosen here by their
 * {@code effectiveFrom}.
 */
@Component
public class IpAsnRuleSets {
    private final IpAsnParameters defaults = IpAsnParameters.defaults();

    public IpAsnParameters forYear(int year) {
        return defaults;
    }
}
