-- The sedang regime is discipline's setting alone (discipline.rule_set), read by attendance's recommendations too, so
-- that a recommendation never cites another regime than a decision applies.
--
-- The two timelines are merged, latest version winning from its date: attendance's versions are walked in date order
-- and each one whose regime differs from the discipline timeline built so far (including the versions this loop has
-- added) becomes a discipline version on its date. When discipline already has a version on that date with another
-- regime, discipline's stays (decisions were taken under it) and the attendance choice is written into its note, so
-- that no saved choice disappears without a trace.
DO $$
DECLARE
    a       RECORD;
    current VARCHAR(20);
    same_day discipline.rule_set%ROWTYPE;
BEGIN
    FOR a IN SELECT * FROM attendance.rule_set ORDER BY effective_from LOOP
        SELECT d.sedang_regime INTO current FROM discipline.rule_set d
        WHERE d.effective_from <= a.effective_from ORDER BY d.effective_from DESC LIMIT 1;
        IF a.sedang_regime = coalesce(current, 'PP53_TRANSITIONAL') THEN
            CONTINUE;
        END IF;
        SELECT * INTO same_day FROM discipline.rule_set d WHERE d.effective_from = a.effective_from;
        IF FOUND THEN
            UPDATE discipline.rule_set SET note = left(coalesce(note || '; ', '')
                    || format('Aturan kehadiran "%s" memilih %s pada tanggal ini; pengaturan disiplin dipertahankan', a.name, a.sedang_regime), 500)
            WHERE id = same_day.id;
        ELSE
            INSERT INTO discipline.rule_set (sedang_regime, effective_day_counting, effective_from, note, created_by, created_at)
            VALUES (a.sedang_regime,
                    coalesce((SELECT d.effective_day_counting FROM discipline.rule_set d WHERE d.effective_from <= a.effective_from
                              ORDER BY d.effective_from DESC LIMIT 1), 'CALENDAR'),
                    a.effective_from, left(format('Dari aturan kehadiran "%s"', a.name), 500), a.created_by, a.created_at);
        END IF;
    END LOOP;
END $$;

ALTER TABLE attendance.rule_set DROP COLUMN sedang_regime;
