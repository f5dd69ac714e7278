-- The sedang regime is discipline's setting alone (discipline.rule_set), read by attendance's recommendations too, so
-- that a recommendation never cites another regime than a decision applies. An attendance rule-set version that chose
-- a regime other than discipline's on the same date becomes a discipline version, so that no saved choice is lost.
INSERT INTO discipline.rule_set (sedang_regime, effective_day_counting, effective_from, note, created_by, created_at)
SELECT a.sedang_regime,
       coalesce((SELECT d.effective_day_counting FROM discipline.rule_set d WHERE d.effective_from <= a.effective_from
                 ORDER BY d.effective_from DESC LIMIT 1), 'CALENDAR'),
       a.effective_from, 'Dari aturan kehadiran "' || a.name || '"', a.created_by, a.created_at
FROM attendance.rule_set a
WHERE a.sedang_regime <> coalesce((SELECT d.sedang_regime FROM discipline.rule_set d WHERE d.effective_from <= a.effective_from
                                   ORDER BY d.effective_from DESC LIMIT 1), 'PP53_TRANSITIONAL')
  AND NOT EXISTS (SELECT 1 FROM discipline.rule_set d WHERE d.effective_from = a.effective_from);

ALTER TABLE attendance.rule_set DROP COLUMN sedang_regime;
