-- Search (issue 22): a task is found by its owner's name ("tran van khai" finds the tasks
-- Trần Văn Khải owns) and a member's job and degree are indexed in Vietnamese ("Cán bộ quản
-- lý", "Đại học"; vi_label, the core's labels), not as stored codes ("manager bachelor").
-- A member's new name reaches the tasks they own.
DROP TRIGGER search_task_insert;
DROP TRIGGER search_task_update;
DROP TRIGGER search_member_insert;
DROP TRIGGER search_member_update;

DELETE FROM search_index WHERE kind IN ('member', 'task');
INSERT INTO search_index(rowid, kind, ref_id, title, body, folded) SELECT 1 * 10000000000 + member.id, 'member', member.id, member.full_name, vi_label('job', member.job) || ' ' || vi_label('education', member.education) || ' ' || coalesce(member.phone, '') || ' ' || coalesce(member.notes, ''), vi_fold(member.full_name || ' ' || vi_label('job', member.job) || ' ' || vi_label('education', member.education) || ' ' || coalesce(member.phone, '') || ' ' || coalesce(member.notes, '')) FROM member;
INSERT INTO search_index(rowid, kind, ref_id, title, body, folded) SELECT 2 * 10000000000 + task.id, 'task', task.id, task.title, coalesce(task.description, '') || ' ' || coalesce(task.objective, '') || ' ' || coalesce(task.expected_output, '') || ' ' || coalesce(task.committee_comment, '') || ' ' || coalesce((SELECT full_name FROM member WHERE id = task.owner_id), ''), vi_fold(task.title || ' ' || coalesce(task.description, '') || ' ' || coalesce(task.objective, '') || ' ' || coalesce(task.expected_output, '') || ' ' || coalesce(task.committee_comment, '') || ' ' || coalesce((SELECT full_name FROM member WHERE id = task.owner_id), '')) FROM task;

CREATE TRIGGER search_member_insert AFTER INSERT ON member BEGIN
    INSERT INTO search_index(rowid, kind, ref_id, title, body, folded) VALUES (1 * 10000000000 + NEW.id, 'member', NEW.id, NEW.full_name, vi_label('job', NEW.job) || ' ' || vi_label('education', NEW.education) || ' ' || coalesce(NEW.phone, '') || ' ' || coalesce(NEW.notes, ''), vi_fold(NEW.full_name || ' ' || vi_label('job', NEW.job) || ' ' || vi_label('education', NEW.education) || ' ' || coalesce(NEW.phone, '') || ' ' || coalesce(NEW.notes, '')));
END;
CREATE TRIGGER search_member_update AFTER UPDATE ON member BEGIN
    DELETE FROM search_index WHERE rowid = 1 * 10000000000 + OLD.id;
    INSERT INTO search_index(rowid, kind, ref_id, title, body, folded) VALUES (1 * 10000000000 + NEW.id, 'member', NEW.id, NEW.full_name, vi_label('job', NEW.job) || ' ' || vi_label('education', NEW.education) || ' ' || coalesce(NEW.phone, '') || ' ' || coalesce(NEW.notes, ''), vi_fold(NEW.full_name || ' ' || vi_label('job', NEW.job) || ' ' || vi_label('education', NEW.education) || ' ' || coalesce(NEW.phone, '') || ' ' || coalesce(NEW.notes, '')));
    DELETE FROM search_index WHERE rowid IN (SELECT 2 * 10000000000 + task.id FROM task WHERE task.owner_id = NEW.id);
    INSERT INTO search_index(rowid, kind, ref_id, title, body, folded) SELECT 2 * 10000000000 + task.id, 'task', task.id, task.title, coalesce(task.description, '') || ' ' || coalesce(task.objective, '') || ' ' || coalesce(task.expected_output, '') || ' ' || coalesce(task.committee_comment, '') || ' ' || coalesce((SELECT full_name FROM member WHERE id = task.owner_id), ''), vi_fold(task.title || ' ' || coalesce(task.description, '') || ' ' || coalesce(task.objective, '') || ' ' || coalesce(task.expected_output, '') || ' ' || coalesce(task.committee_comment, '') || ' ' || coalesce((SELECT full_name FROM member WHERE id = task.owner_id), '')) FROM task WHERE task.owner_id = NEW.id;
END;
CREATE TRIGGER search_task_insert AFTER INSERT ON task BEGIN
    INSERT INTO search_index(rowid, kind, ref_id, title, body, folded) VALUES (2 * 10000000000 + NEW.id, 'task', NEW.id, NEW.title, coalesce(NEW.description, '') || ' ' || coalesce(NEW.objective, '') || ' ' || coalesce(NEW.expected_output, '') || ' ' || coalesce(NEW.committee_comment, '') || ' ' || coalesce((SELECT full_name FROM member WHERE id = NEW.owner_id), ''), vi_fold(NEW.title || ' ' || coalesce(NEW.description, '') || ' ' || coalesce(NEW.objective, '') || ' ' || coalesce(NEW.expected_output, '') || ' ' || coalesce(NEW.committee_comment, '') || ' ' || coalesce((SELECT full_name FROM member WHERE id = NEW.owner_id), '')));
END;
CREATE TRIGGER search_task_update AFTER UPDATE ON task BEGIN
    DELETE FROM search_index WHERE rowid = 2 * 10000000000 + OLD.id;
    INSERT INTO search_index(rowid, kind, ref_id, title, body, folded) VALUES (2 * 10000000000 + NEW.id, 'task', NEW.id, NEW.title, coalesce(NEW.description, '') || ' ' || coalesce(NEW.objective, '') || ' ' || coalesce(NEW.expected_output, '') || ' ' || coalesce(NEW.committee_comment, '') || ' ' || coalesce((SELECT full_name FROM member WHERE id = NEW.owner_id), ''), vi_fold(NEW.title || ' ' || coalesce(NEW.description, '') || ' ' || coalesce(NEW.objective, '') || ' ' || coalesce(NEW.expected_output, '') || ' ' || coalesce(NEW.committee_comment, '') || ' ' || coalesce((SELECT full_name FROM member WHERE id = NEW.owner_id), '')));
END;
