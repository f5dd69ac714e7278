-- Versioned talent rules (rules-defaults.md "Talent"; issue 13 item 2): the potential cut-offs, the talent pool's JPM and
-- training conditions and Merit's discipline condition. A year uses the version in force on 31 December; each stored
-- placement keeps the effective date of the version that produced it (talent.placement.rule_effective_from).
CREATE TABLE talent.rule_set (
    id                      BIGSERIAL PRIMARY KEY,
    effective_from          DATE          NOT NULL UNIQUE,
    regulation              VARCHAR(300)  NOT NULL,
    potential_high          NUMERIC(5, 2) NOT NULL,
    potential_medium        NUMERIC(5, 2) NOT NULL,
    minimum_jpm             NUMERIC(5, 2) NOT NULL,
    minimum_training_hours  INTEGER       NOT NULL,
    discipline_condition    BOOLEAN       NOT NULL,
    note                    VARCHAR(500),
    created_by              VARCHAR(100)  NOT NULL,
    created_at              TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT talent_rule_set_order CHECK (potential_medium <= potential_high),
    CONSTRAINT talent_rule_set_range CHECK (potential_medium >= 0 AND potential_high <= 100 AND minimum_jpm BETWEEN 0 AND 100
        AND minimum_training_hours BETWEEN 0 AND 1000)
);

INSERT INTO talent.rule_set (effective_from, regulation, potential_high, potential_medium, minimum_jpm, minimum_training_hours,
                             discipline_condition, note, created_by)
VALUES (DATE '2020-01-01', 'PermenPANRB 3/2020 (9-box; PermenPANRB 20/2025 Ps 17); PP 11/2017 Ps 199(2) and Ps 203 (talent pool)',
        80, 60, 68, 20, TRUE, 'rules-defaults.md', 'system');
