-- Versioned JPM band bounds (rules-defaults.md "JPM bands"; issue 13 item 2): each version is in force from its date;
-- an assessment's band uses the version in force on its assessment date. The first row is the default of
-- rules-defaults.md, so that every assessment has a version; later rows are saved by an administrator.
CREATE TABLE assessment.jpm_rule_set (
    id                      BIGSERIAL PRIMARY KEY,
    effective_from          DATE          NOT NULL UNIQUE,
    regulation              VARCHAR(300)  NOT NULL,
    selection_ms            NUMERIC(5, 2) NOT NULL,
    selection_mms           NUMERIC(5, 2) NOT NULL,
    mapping_optimal         NUMERIC(5, 2) NOT NULL,
    mapping_cukup_optimal   NUMERIC(5, 2) NOT NULL,
    note                    VARCHAR(500),
    created_by              VARCHAR(100)  NOT NULL,
    created_at              TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT jpm_rule_set_selection_order CHECK (selection_mms <= selection_ms),
    CONSTRAINT jpm_rule_set_mapping_order CHECK (mapping_cukup_optimal <= mapping_optimal),
    CONSTRAINT jpm_rule_set_range CHECK (selection_mms >= 0 AND selection_ms <= 100 AND mapping_cukup_optimal >= 0
        AND mapping_optimal <= 100)
);

INSERT INTO assessment.jpm_rule_set (effective_from, regulation, selection_ms, selection_mms, mapping_optimal, mapping_cukup_optimal,
                                     note, created_by)
VALUES (DATE '2020-01-01', 'Selection: Berita Negara 2020 No. 35 (uji kompetensi); mapping: Peraturan BRIN 3/2023 Ps 33',
        80, 68, 90, 78, 'rules-defaults.md', 'system');
