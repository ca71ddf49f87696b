-- What the minutes of a meeting (biên bản sinh hoạt) print beyond the records already kept:
-- the guests (khách mời), one a line ("Đồng chí Lê Văn A, Phó Bí thư Đảng ủy xã"), and each
-- conclusion's vote when the cell voted on it (votes_for of votes_total present; NULL: no vote
-- recorded).
ALTER TABLE meeting ADD COLUMN guests TEXT NOT NULL DEFAULT '';
ALTER TABLE conclusion ADD COLUMN votes_for INTEGER CHECK (votes_for IS NULL OR votes_for >= 0);
ALTER TABLE conclusion ADD COLUMN votes_total INTEGER
    CHECK (votes_total IS NULL OR (votes_total > 0 AND votes_for IS NOT NULL AND votes_for <= votes_total));

-- Change log: the triggers of the two tables again, with the new columns (the same shape as
-- tools/gen-schema.py writes).
DROP TRIGGER IF EXISTS log_meeting_insert;
CREATE TRIGGER log_meeting_insert AFTER INSERT ON meeting BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'meeting', NEW.rowid, 'insert', NULL, json_object('id', NEW.id, 'kind', NEW.kind, 'held_on', NEW.held_on, 'start_time', NEW.start_time, 'end_time', NEW.end_time, 'place', NEW.place, 'chair_id', NEW.chair_id, 'secretary_id', NEW.secretary_id, 'agenda', NEW.agenda, 'minutes', NEW.minutes, 'quality', NEW.quality, 'guests', NEW.guests));
END;
DROP TRIGGER IF EXISTS log_meeting_update;
CREATE TRIGGER log_meeting_update AFTER UPDATE ON meeting BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'meeting', NEW.rowid, 'update', json_object('id', OLD.id, 'kind', OLD.kind, 'held_on', OLD.held_on, 'start_time', OLD.start_time, 'end_time', OLD.end_time, 'place', OLD.place, 'chair_id', OLD.chair_id, 'secretary_id', OLD.secretary_id, 'agenda', OLD.agenda, 'minutes', OLD.minutes, 'quality', OLD.quality, 'guests', OLD.guests), json_object('id', NEW.id, 'kind', NEW.kind, 'held_on', NEW.held_on, 'start_time', NEW.start_time, 'end_time', NEW.end_time, 'place', NEW.place, 'chair_id', NEW.chair_id, 'secretary_id', NEW.secretary_id, 'agenda', NEW.agenda, 'minutes', NEW.minutes, 'quality', NEW.quality, 'guests', NEW.guests));
END;
DROP TRIGGER IF EXISTS log_meeting_delete;
CREATE TRIGGER log_meeting_delete AFTER DELETE ON meeting BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'meeting', OLD.rowid, 'delete', json_object('id', OLD.id, 'kind', OLD.kind, 'held_on', OLD.held_on, 'start_time', OLD.start_time, 'end_time', OLD.end_time, 'place', OLD.place, 'chair_id', OLD.chair_id, 'secretary_id', OLD.secretary_id, 'agenda', OLD.agenda, 'minutes', OLD.minutes, 'quality', OLD.quality, 'guests', OLD.guests), NULL);
END;
DROP TRIGGER IF EXISTS log_conclusion_insert;
CREATE TRIGGER log_conclusion_insert AFTER INSERT ON conclusion BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'conclusion', NEW.rowid, 'insert', NULL, json_object('id', NEW.id, 'meeting_id', NEW.meeting_id, 'position', NEW.position, 'text', NEW.text, 'votes_for', NEW.votes_for, 'votes_total', NEW.votes_total));
END;
DROP TRIGGER IF EXISTS log_conclusion_update;
CREATE TRIGGER log_conclusion_update AFTER UPDATE ON conclusion BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'conclusion', NEW.rowid, 'update', json_object('id', OLD.id, 'meeting_id', OLD.meeting_id, 'position', OLD.position, 'text', OLD.text, 'votes_for', OLD.votes_for, 'votes_total', OLD.votes_total), json_object('id', NEW.id, 'meeting_id', NEW.meeting_id, 'position', NEW.position, 'text', NEW.text, 'votes_for', NEW.votes_for, 'votes_total', NEW.votes_total));
END;
DROP TRIGGER IF EXISTS log_conclusion_delete;
CREATE TRIGGER log_conclusion_delete AFTER DELETE ON conclusion BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'conclusion', OLD.rowid, 'delete', json_object('id', OLD.id, 'meeting_id', OLD.meeting_id, 'position', OLD.position, 'text', OLD.text, 'votes_for', OLD.votes_for, 'votes_total', OLD.votes_total), NULL);
END;
