-- Sổ chi bộ records, schema version 1. The change-log triggers below the marker are written by
-- tools/gen-schema.py from the tables above. A released migration is never edited: add 0002_… instead.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT
);

CREATE TABLE cell (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    name            TEXT NOT NULL CHECK (length(trim(name)) > 0),
    superior_body   TEXT NOT NULL DEFAULT '',
    place           TEXT NOT NULL DEFAULT '',
    term_start      INTEGER,
    term_end        INTEGER,
    issuer_code     TEXT NOT NULL DEFAULT 'CB',
    -- document format variants (document-format.md): newer rule by default
    number_colon    INTEGER NOT NULL DEFAULT 0 CHECK (number_colon IN (0, 1)),
    pad_all_months  INTEGER NOT NULL DEFAULT 0 CHECK (pad_all_months IN (0, 1)),
    margin_variant  TEXT NOT NULL DEFAULT 'rule' CHECK (margin_variant IN ('rule', 'older', 'provincial')),
    font_family     TEXT NOT NULL DEFAULT '',
    line_spacing_pt REAL NOT NULL DEFAULT 20 CHECK (line_spacing_pt BETWEEN 18 AND 22),
    CHECK (term_end IS NULL OR term_start IS NULL OR term_end >= term_start)
);

CREATE TABLE member (
    id          INTEGER PRIMARY KEY,
    full_name   TEXT NOT NULL CHECK (length(trim(full_name)) > 0),
    gender      TEXT NOT NULL DEFAULT 'female' CHECK (gender IN ('male', 'female')),
    birth_date  TEXT,
    job         TEXT NOT NULL DEFAULT 'teacher' CHECK (job IN ('teacher', 'staff', 'manager')),
    education   TEXT NOT NULL DEFAULT 'bachelor' CHECK (education IN ('master', 'bachelor', 'college', 'other')),
    kind        TEXT NOT NULL DEFAULT 'full' CHECK (kind IN ('full', 'probationary')),
    admitted_on TEXT,
    full_on     TEXT,
    role        TEXT NOT NULL DEFAULT 'none' CHECK (role IN ('secretary', 'deputy_secretary', 'committee_member', 'none')),
    phone       TEXT NOT NULL DEFAULT '',
    notes       TEXT NOT NULL DEFAULT '',
    archived    INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    CHECK (full_on IS NULL OR admitted_on IS NULL OR full_on >= admitted_on)
);

CREATE TABLE membership_event (
    id              INTEGER PRIMARY KEY,
    member_id       INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    kind            TEXT NOT NULL CHECK (kind IN ('admitted', 'made_full', 'transferred_in', 'transferred_out',
                                                  'retired', 'died', 'expelled', 'disciplined')),
    event_date      TEXT NOT NULL,
    discipline_form TEXT CHECK (discipline_form IN ('khien_trach', 'canh_cao', 'cach_chuc')),
    note            TEXT NOT NULL DEFAULT '',
    CHECK ((kind = 'disciplined') = (discipline_form IS NOT NULL))
);
CREATE INDEX membership_event_member ON membership_event(member_id, event_date);

CREATE TABLE candidate (
    id          INTEGER PRIMARY KEY,
    full_name   TEXT NOT NULL CHECK (length(trim(full_name)) > 0),
    class_on    TEXT,
    admitted_on TEXT,
    note        TEXT NOT NULL DEFAULT ''
);

CREATE TABLE review_year (
    year           INTEGER PRIMARY KEY,
    form           TEXT NOT NULL DEFAULT 'self-review-2025',
    proposed_level TEXT CHECK (proposed_level IN ('HTXSNV', 'HTTNV', 'HTNV', 'KHTNV')),
    notes          TEXT NOT NULL DEFAULT ''
);

-- Criteria of the self-assessment: for the 2025 form group 1 (/30) and group 2 (/70) with
-- points; for the 2023 form the self-rating of items I.1-I.4 and III.
CREATE TABLE review_criterion (
    id          INTEGER PRIMARY KEY,
    year        INTEGER NOT NULL REFERENCES review_year(year) ON DELETE CASCADE,
    grp         INTEGER NOT NULL CHECK (grp IN (0, 1, 2)),
    position    INTEGER NOT NULL DEFAULT 0,
    code        TEXT NOT NULL DEFAULT '',
    title       TEXT NOT NULL,
    max_points  REAL CHECK (max_points IS NULL OR max_points >= 0),
    points      REAL CHECK (points IS NULL OR points >= 0),
    self_rating TEXT CHECK (self_rating IN ('excellent', 'good', 'average', 'poor')),
    CHECK (points IS NULL OR max_points IS NULL OR points <= max_points)
);

CREATE TABLE shortcoming (
    id                  INTEGER PRIMARY KEY,
    review_year         INTEGER NOT NULL REFERENCES review_year(year) ON DELETE RESTRICT,
    position            INTEGER NOT NULL DEFAULT 0,
    title               TEXT NOT NULL CHECK (length(trim(title)) > 0),
    description         TEXT NOT NULL DEFAULT '',
    causes              TEXT NOT NULL DEFAULT '',
    remedies            TEXT NOT NULL DEFAULT '',
    products            TEXT NOT NULL DEFAULT '',
    timeframe_text      TEXT NOT NULL DEFAULT '',
    start_on            TEXT,
    end_on              TEXT,
    responsibility_text TEXT NOT NULL DEFAULT '',
    CHECK (end_on IS NULL OR start_on IS NULL OR end_on >= start_on)
);

CREATE TABLE shortcoming_member (
    shortcoming_id INTEGER NOT NULL REFERENCES shortcoming(id) ON DELETE CASCADE,
    member_id      INTEGER NOT NULL REFERENCES member(id) ON DELETE RESTRICT,
    PRIMARY KEY (shortcoming_id, member_id)
);

CREATE TABLE meeting (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL DEFAULT 'regular' CHECK (kind IN ('regular', 'thematic', 'committee')),
    held_on      TEXT NOT NULL,
    start_time   TEXT NOT NULL DEFAULT '',
    end_time     TEXT NOT NULL DEFAULT '',
    place        TEXT NOT NULL DEFAULT '',
    chair_id     INTEGER REFERENCES member(id) ON DELETE RESTRICT,
    secretary_id INTEGER REFERENCES member(id) ON DELETE RESTRICT,
    agenda       TEXT NOT NULL DEFAULT '',
    minutes      TEXT NOT NULL DEFAULT '',
    quality      TEXT CHECK (quality IN ('good', 'fair', 'average', 'poor'))
);
CREATE INDEX meeting_date ON meeting(held_on);

CREATE TABLE attendance (
    meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    member_id  INTEGER NOT NULL REFERENCES member(id) ON DELETE RESTRICT,
    status     TEXT NOT NULL CHECK (status IN ('present', 'excused', 'unexcused', 'exempt')),
    PRIMARY KEY (meeting_id, member_id)
);

CREATE TABLE speaker (
    id         INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    member_id  INTEGER NOT NULL REFERENCES member(id) ON DELETE RESTRICT,
    position   INTEGER NOT NULL DEFAULT 0,
    summary    TEXT NOT NULL DEFAULT ''
);

CREATE TABLE conclusion (
    id         INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL DEFAULT 0,
    text       TEXT NOT NULL CHECK (length(trim(text)) > 0)
);

CREATE TABLE topic (
    id                INTEGER PRIMARY KEY,
    year              INTEGER NOT NULL,
    position          INTEGER NOT NULL DEFAULT 0,
    title             TEXT NOT NULL CHECK (length(trim(title)) > 0),
    focus_points      TEXT NOT NULL DEFAULT '',
    planned_quarter   INTEGER CHECK (planned_quarter BETWEEN 1 AND 4),
    drafter_id        INTEGER REFERENCES member(id) ON DELETE RESTRICT,
    expected_products TEXT NOT NULL DEFAULT '',
    meeting_id        INTEGER REFERENCES meeting(id) ON DELETE SET NULL
);

CREATE TABLE supervision (
    id                INTEGER PRIMARY KEY,
    held_on           TEXT NOT NULL,
    kind              TEXT NOT NULL DEFAULT 'supervision' CHECK (kind IN ('inspection', 'supervision')),
    subject_member_id INTEGER REFERENCES member(id) ON DELETE RESTRICT,
    subject_area      TEXT NOT NULL DEFAULT '',
    carried_out_by    TEXT NOT NULL DEFAULT '',
    findings          TEXT NOT NULL DEFAULT '',
    conclusion        TEXT NOT NULL DEFAULT '',
    CHECK (subject_member_id IS NOT NULL OR length(trim(subject_area)) > 0)
);

CREATE TABLE task (
    id                INTEGER PRIMARY KEY,
    title             TEXT NOT NULL CHECK (length(trim(title)) > 0),
    description       TEXT NOT NULL DEFAULT '',
    objective         TEXT NOT NULL DEFAULT '',
    owner_id          INTEGER REFERENCES member(id) ON DELETE RESTRICT,
    source_kind       TEXT NOT NULL DEFAULT 'free' CHECK (source_kind IN ('free', 'conclusion', 'shortcoming', 'topic', 'supervision')),
    conclusion_id     INTEGER REFERENCES conclusion(id) ON DELETE RESTRICT,
    shortcoming_id    INTEGER REFERENCES shortcoming(id) ON DELETE RESTRICT,
    topic_id          INTEGER REFERENCES topic(id) ON DELETE RESTRICT,
    supervision_id    INTEGER REFERENCES supervision(id) ON DELETE RESTRICT,
    start_on          TEXT,
    due_on            TEXT,
    expected_output   TEXT NOT NULL DEFAULT '',
    status            TEXT NOT NULL DEFAULT 'not_started' CHECK (status IN ('not_started', 'in_progress', 'done', 'cancelled')),
    completed_on      TEXT,
    committee_comment TEXT NOT NULL DEFAULT '',
    CHECK (status <> 'done' OR completed_on IS NOT NULL),
    CHECK (due_on IS NULL OR start_on IS NULL OR due_on >= start_on)
);
CREATE INDEX task_owner ON task(owner_id);
CREATE INDEX task_due ON task(due_on);

CREATE TABLE task_collaborator (
    task_id   INTEGER NOT NULL REFERENCES task(id) ON DELETE CASCADE,
    member_id INTEGER NOT NULL REFERENCES member(id) ON DELETE RESTRICT,
    PRIMARY KEY (task_id, member_id)
);

CREATE TABLE progress_report (
    id                INTEGER PRIMARY KEY,
    task_id           INTEGER NOT NULL REFERENCES task(id) ON DELETE CASCADE,
    member_id         INTEGER NOT NULL REFERENCES member(id) ON DELETE RESTRICT,
    period            TEXT NOT NULL CHECK (period GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
    done_text         TEXT NOT NULL DEFAULT '',
    result            TEXT NOT NULL DEFAULT '',
    difficulties      TEXT NOT NULL DEFAULT '',
    proposal          TEXT NOT NULL DEFAULT '',
    reported_on       TEXT,
    committee_comment TEXT NOT NULL DEFAULT '',
    UNIQUE (task_id, member_id, period)
);

CREATE TABLE commitment (
    id                INTEGER PRIMARY KEY,
    member_id         INTEGER NOT NULL REFERENCES member(id) ON DELETE RESTRICT,
    year              INTEGER NOT NULL,
    shortcomings_text TEXT NOT NULL DEFAULT '',
    measures          TEXT NOT NULL DEFAULT '',
    timeframe         TEXT NOT NULL DEFAULT '',
    target_result     TEXT NOT NULL DEFAULT '',
    signed_on         TEXT,
    UNIQUE (member_id, year)
);

CREATE TABLE commitment_item (
    id            INTEGER PRIMARY KEY,
    commitment_id INTEGER NOT NULL REFERENCES commitment(id) ON DELETE CASCADE,
    kind          TEXT NOT NULL DEFAULT 'item' CHECK (kind IN ('item', 'plan')),
    position      INTEGER NOT NULL DEFAULT 0,
    text          TEXT NOT NULL CHECK (length(trim(text)) > 0),
    due_on        TEXT,
    task_id       INTEGER REFERENCES task(id) ON DELETE SET NULL
);

-- Evidence: metadata only; the bytes live in <db>.evidence/ named by their SHA-256.
CREATE TABLE evidence (
    id             INTEGER PRIMARY KEY,
    sha256         TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
    file_name      TEXT NOT NULL,
    media_type     TEXT NOT NULL DEFAULT 'application/octet-stream',
    size           INTEGER NOT NULL CHECK (size >= 0),
    added_on       TEXT NOT NULL,
    added_by       TEXT NOT NULL DEFAULT '',
    description    TEXT NOT NULL DEFAULT '',
    task_id        INTEGER REFERENCES task(id) ON DELETE RESTRICT,
    progress_id    INTEGER REFERENCES progress_report(id) ON DELETE RESTRICT,
    meeting_id     INTEGER REFERENCES meeting(id) ON DELETE RESTRICT,
    commitment_id  INTEGER REFERENCES commitment(id) ON DELETE RESTRICT,
    shortcoming_id INTEGER REFERENCES shortcoming(id) ON DELETE RESTRICT,
    CHECK ((task_id IS NOT NULL) + (progress_id IS NOT NULL) + (meeting_id IS NOT NULL) +
           (commitment_id IS NOT NULL) + (shortcoming_id IS NOT NULL) = 1)
);
CREATE INDEX evidence_sha ON evidence(sha256);
CREATE INDEX evidence_task ON evidence(task_id);
CREATE INDEX evidence_progress ON evidence(progress_id);

CREATE TABLE member_rating (
    member_id INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    year      INTEGER NOT NULL,
    level     TEXT NOT NULL CHECK (level IN ('HTXSNV', 'HTTNV', 'HTNV', 'KHTNV')),
    PRIMARY KEY (member_id, year)
);

CREATE TABLE cell_rating (
    year  INTEGER PRIMARY KEY,
    level TEXT NOT NULL CHECK (level IN ('HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'))
);

CREATE TABLE indicator (
    id       INTEGER PRIMARY KEY,
    year     INTEGER NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    name     TEXT NOT NULL CHECK (length(trim(name)) > 0),
    unit     TEXT NOT NULL DEFAULT '',
    target   TEXT NOT NULL DEFAULT '',
    actual   TEXT NOT NULL DEFAULT ''
);

CREATE TABLE issued_document (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN ('KH', 'BC', 'NQ', 'BB', 'TB', 'CTr', 'QĐ', 'CT', 'KL', 'HD', 'TTr', 'CV')),
    number     INTEGER NOT NULL CHECK (number > 0),
    term_start INTEGER NOT NULL,
    issued_on  TEXT NOT NULL,
    subject    TEXT NOT NULL DEFAULT '',
    report     TEXT NOT NULL DEFAULT '',
    UNIQUE (kind, number, term_start)
);

-- The year's prose of a report, edited by the user; the template holds the default.
CREATE TABLE report_prose (
    report TEXT NOT NULL,
    year   INTEGER NOT NULL,
    key    TEXT NOT NULL,
    text   TEXT NOT NULL,
    PRIMARY KEY (report, year, key)
);

CREATE TABLE change_log (
    id         INTEGER PRIMARY KEY,
    at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f', 'now', 'localtime')),
    actor      TEXT NOT NULL DEFAULT '',
    table_name TEXT NOT NULL,
    row_id     INTEGER NOT NULL,
    action     TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
    old_values TEXT,
    new_values TEXT
);
CREATE INDEX change_log_row ON change_log(table_name, row_id);

-- Every foreign key has an index whose first column is the key: look-ups by parent (a
-- meeting's attendance, a task's reports and evidence) and the checks made when a parent is
-- deleted must not scan whole tables once the cell has years of records.
CREATE INDEX review_criterion_year ON review_criterion(year);
CREATE INDEX shortcoming_year ON shortcoming(review_year);
CREATE INDEX shortcoming_member_member ON shortcoming_member(member_id);
CREATE INDEX meeting_chair ON meeting(chair_id);
CREATE INDEX meeting_secretary ON meeting(secretary_id);
CREATE INDEX attendance_member ON attendance(member_id);
CREATE INDEX speaker_meeting ON speaker(meeting_id);
CREATE INDEX speaker_member ON speaker(member_id);
CREATE INDEX conclusion_meeting ON conclusion(meeting_id);
CREATE INDEX topic_drafter ON topic(drafter_id);
CREATE INDEX topic_meeting ON topic(meeting_id);
CREATE INDEX supervision_member ON supervision(subject_member_id);
CREATE INDEX supervision_date ON supervision(held_on);
CREATE INDEX task_conclusion ON task(conclusion_id);
CREATE INDEX task_shortcoming ON task(shortcoming_id);
CREATE INDEX task_topic ON task(topic_id);
CREATE INDEX task_supervision ON task(supervision_id);
CREATE INDEX task_collaborator_member ON task_collaborator(member_id);
CREATE INDEX progress_report_task ON progress_report(task_id, period);
CREATE INDEX progress_report_member ON progress_report(member_id);
CREATE INDEX commitment_member ON commitment(member_id, year);
CREATE INDEX commitment_item_commitment ON commitment_item(commitment_id);
CREATE INDEX commitment_item_task ON commitment_item(task_id);
CREATE INDEX evidence_meeting ON evidence(meeting_id);
CREATE INDEX evidence_commitment ON evidence(commitment_id);
CREATE INDEX evidence_shortcoming ON evidence(shortcoming_id);

-- Change log: generated by tools/gen-schema.py
CREATE TRIGGER log_cell_insert AFTER INSERT ON cell BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'cell', NEW.rowid, 'insert', NULL, json_object('id', NEW.id, 'name', NEW.name, 'superior_body', NEW.superior_body, 'place', NEW.place, 'term_start', NEW.term_start, 'term_end', NEW.term_end, 'issuer_code', NEW.issuer_code, 'number_colon', NEW.number_colon, 'pad_all_months', NEW.pad_all_months, 'margin_variant', NEW.margin_variant, 'font_family', NEW.font_family, 'line_spacing_pt', NEW.line_spacing_pt));
END;
CREATE TRIGGER log_cell_update AFTER UPDATE ON cell BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'cell', NEW.rowid, 'update', json_object('id', OLD.id, 'name', OLD.name, 'superior_body', OLD.superior_body, 'place', OLD.place, 'term_start', OLD.term_start, 'term_end', OLD.term_end, 'issuer_code', OLD.issuer_code, 'number_colon', OLD.number_colon, 'pad_all_months', OLD.pad_all_months, 'margin_variant', OLD.margin_variant, 'font_family', OLD.font_family, 'line_spacing_pt', OLD.line_spacing_pt), json_object('id', NEW.id, 'name', NEW.name, 'superior_body', NEW.superior_body, 'place', NEW.place, 'term_start', NEW.term_start, 'term_end', NEW.term_end, 'issuer_code', NEW.issuer_code, 'number_colon', NEW.number_colon, 'pad_all_months', NEW.pad_all_months, 'margin_variant', NEW.margin_variant, 'font_family', NEW.font_family, 'line_spacing_pt', NEW.line_spacing_pt));
END;
CREATE TRIGGER log_cell_delete AFTER DELETE ON cell BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'cell', OLD.rowid, 'delete', json_object('id', OLD.id, 'name', OLD.name, 'superior_body', OLD.superior_body, 'place', OLD.place, 'term_start', OLD.term_start, 'term_end', OLD.term_end, 'issuer_code', OLD.issuer_code, 'number_colon', OLD.number_colon, 'pad_all_months', OLD.pad_all_months, 'margin_variant', OLD.margin_variant, 'font_family', OLD.font_family, 'line_spacing_pt', OLD.line_spacing_pt), NULL);
END;
CREATE TRIGGER log_member_insert AFTER INSERT ON member BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'member', NEW.rowid, 'insert', NULL, json_object('id', NEW.id, 'full_name', NEW.full_name, 'gender', NEW.gender, 'birth_date', NEW.birth_date, 'job', NEW.job, 'education', NEW.education, 'kind', NEW.kind, 'admitted_on', NEW.admitted_on, 'full_on', NEW.full_on, 'role', NEW.role, 'phone', NEW.phone, 'notes', NEW.notes, 'archived', NEW.archived));
END;
CREATE TRIGGER log_member_update AFTER UPDATE ON member BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'member', NEW.rowid, 'update', json_object('id', OLD.id, 'full_name', OLD.full_name, 'gender', OLD.gender, 'birth_date', OLD.birth_date, 'job', OLD.job, 'education', OLD.education, 'kind', OLD.kind, 'admitted_on', OLD.admitted_on, 'full_on', OLD.full_on, 'role', OLD.role, 'phone', OLD.phone, 'notes', OLD.notes, 'archived', OLD.archived), json_object('id', NEW.id, 'full_name', NEW.full_name, 'gender', NEW.gender, 'birth_date', NEW.birth_date, 'job', NEW.job, 'education', NEW.education, 'kind', NEW.kind, 'admitted_on', NEW.admitted_on, 'full_on', NEW.full_on, 'role', NEW.role, 'phone', NEW.phone, 'notes', NEW.notes, 'archived', NEW.archived));
END;
CREATE TRIGGER log_member_delete AFTER DELETE ON member BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'member', OLD.rowid, 'delete', json_object('id', OLD.id, 'full_name', OLD.full_name, 'gender', OLD.gender, 'birth_date', OLD.birth_date, 'job', OLD.job, 'education', OLD.education, 'kind', OLD.kind, 'admitted_on', OLD.admitted_on, 'full_on', OLD.full_on, 'role', OLD.role, 'phone', OLD.phone, 'notes', OLD.notes, 'archived', OLD.archived), NULL);
END;
CREATE TRIGGER log_membership_event_insert AFTER INSERT ON membership_event BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'membership_event', NEW.rowid, 'insert', NULL, json_object('id', NEW.id, 'member_id', NEW.member_id, 'kind', NEW.kind, 'event_date', NEW.event_date, 'discipline_form', NEW.discipline_form, 'note', NEW.note));
END;
CREATE TRIGGER log_membership_event_update AFTER UPDATE ON membership_event BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'membership_event', NEW.rowid, 'update', json_object('id', OLD.id, 'member_id', OLD.member_id, 'kind', OLD.kind, 'event_date', OLD.event_date, 'discipline_form', OLD.discipline_form, 'note', OLD.note), json_object('id', NEW.id, 'member_id', NEW.member_id, 'kind', NEW.kind, 'event_date', NEW.event_date, 'discipline_form', NEW.discipline_form, 'note', NEW.note));
END;
CREATE TRIGGER log_membership_event_delete AFTER DELETE ON membership_event BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'membership_event', OLD.rowid, 'delete', json_object('id', OLD.id, 'member_id', OLD.member_id, 'kind', OLD.kind, 'event_date', OLD.event_date, 'discipline_form', OLD.discipline_form, 'note', OLD.note), NULL);
END;
CREATE TRIGGER log_candidate_insert AFTER INSERT ON candidate BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'candidate', NEW.rowid, 'insert', NULL, json_object('id', NEW.id, 'full_name', NEW.full_name, 'class_on', NEW.class_on, 'admitted_on', NEW.admitted_on, 'note', NEW.note));
END;
CREATE TRIGGER log_candidate_update AFTER UPDATE ON candidate BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'candidate', NEW.rowid, 'update', json_object('id', OLD.id, 'full_name', OLD.full_name, 'class_on', OLD.class_on, 'admitted_on', OLD.admitted_on, 'note', OLD.note), json_object('id', NEW.id, 'full_name', NEW.full_name, 'class_on', NEW.class_on, 'admitted_on', NEW.admitted_on, 'note', NEW.note));
END;
CREATE TRIGGER log_candidate_delete AFTER DELETE ON candidate BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'candidate', OLD.rowid, 'delete', json_object('id', OLD.id, 'full_name', OLD.full_name, 'class_on', OLD.class_on, 'admitted_on', OLD.admitted_on, 'note', OLD.note), NULL);
END;
CREATE TRIGGER log_review_year_insert AFTER INSERT ON review_year BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'review_year', NEW.rowid, 'insert', NULL, json_object('year', NEW.year, 'form', NEW.form, 'proposed_level', NEW.proposed_level, 'notes', NEW.notes));
END;
CREATE TRIGGER log_review_year_update AFTER UPDATE ON review_year BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'review_year', NEW.rowid, 'update', json_object('year', OLD.year, 'form', OLD.form, 'proposed_level', OLD.proposed_level, 'notes', OLD.notes), json_object('year', NEW.year, 'form', NEW.form, 'proposed_level', NEW.proposed_level, 'notes', NEW.notes));
END;
CREATE TRIGGER log_review_year_delete AFTER DELETE ON review_year BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'review_year', OLD.rowid, 'delete', json_object('year', OLD.year, 'form', OLD.form, 'proposed_level', OLD.proposed_level, 'notes', OLD.notes), NULL);
END;
CREATE TRIGGER log_review_criterion_insert AFTER INSERT ON review_criterion BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'review_criterion', NEW.rowid, 'insert', NULL, json_object('id', NEW.id, 'year', NEW.year, 'grp', NEW.grp, 'position', NEW.position, 'code', NEW.code, 'title', NEW.title, 'max_points', NEW.max_points, 'points', NEW.points, 'self_rating', NEW.self_rating));
END;
CREATE TRIGGER log_review_criterion_update AFTER UPDATE ON review_criterion BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'review_criterion', NEW.rowid, 'update', json_object('id', OLD.id, 'year', OLD.year, 'grp', OLD.grp, 'position', OLD.position, 'code', OLD.code, 'title', OLD.title, 'max_points', OLD.max_points, 'points', OLD.points, 'self_rating', OLD.self_rating), json_object('id', NEW.id, 'year', NEW.year, 'grp', NEW.grp, 'position', NEW.position, 'code', NEW.code, 'title', NEW.title, 'max_points', NEW.max_points, 'points', NEW.points, 'self_rating', NEW.self_rating));
END;
CREATE TRIGGER log_review_criterion_delete AFTER DELETE ON review_criterion BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'review_criterion', OLD.rowid, 'delete', json_object('id', OLD.id, 'year', OLD.year, 'grp', OLD.grp, 'position', OLD.position, 'code', OLD.code, 'title', OLD.title, 'max_points', OLD.max_points, 'points', OLD.points, 'self_rating', OLD.self_rating), NULL);
END;
CREATE TRIGGER log_shortcoming_insert AFTER INSERT ON shortcoming BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'shortcoming', NEW.rowid, 'insert', NULL, json_object('id', NEW.id, 'review_year', NEW.review_year, 'position', NEW.position, 'title', NEW.title, 'description', NEW.description, 'causes', NEW.causes, 'remedies', NEW.remedies, 'products', NEW.products, 'timeframe_text', NEW.timeframe_text, 'start_on', NEW.start_on, 'end_on', NEW.end_on, 'responsibility_text', NEW.responsibility_text));
END;
CREATE TRIGGER log_shortcoming_update AFTER UPDATE ON shortcoming BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'shortcoming', NEW.rowid, 'update', json_object('id', OLD.id, 'review_year', OLD.review_year, 'position', OLD.position, 'title', OLD.title, 'description', OLD.description, 'causes', OLD.causes, 'remedies', OLD.remedies, 'products', OLD.products, 'timeframe_text', OLD.timeframe_text, 'start_on', OLD.start_on, 'end_on', OLD.end_on, 'responsibility_text', OLD.responsibility_text), json_object('id', NEW.id, 'review_year', NEW.review_year, 'position', NEW.position, 'title', NEW.title, 'description', NEW.description, 'causes', NEW.causes, 'remedies', NEW.remedies, 'products', NEW.products, 'timeframe_text', NEW.timeframe_text, 'start_on', NEW.start_on, 'end_on', NEW.end_on, 'responsibility_text', NEW.responsibility_text));
END;
CREATE TRIGGER log_shortcoming_delete AFTER DELETE ON shortcoming BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'shortcoming', OLD.rowid, 'delete', json_object('id', OLD.id, 'review_year', OLD.review_year, 'position', OLD.position, 'title', OLD.title, 'description', OLD.description, 'causes', OLD.causes, 'remedies', OLD.remedies, 'products', OLD.products, 'timeframe_text', OLD.timeframe_text, 'start_on', OLD.start_on, 'end_on', OLD.end_on, 'responsibility_text', OLD.responsibility_text), NULL);
END;
CREATE TRIGGER log_shortcoming_member_insert AFTER INSERT ON shortcoming_member BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'shortcoming_member', NEW.rowid, 'insert', NULL, json_object('shortcoming_id', NEW.shortcoming_id, 'member_id', NEW.member_id));
END;
CREATE TRIGGER log_shortcoming_member_update AFTER UPDATE ON shortcoming_member BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'shortcoming_member', NEW.rowid, 'update', json_object('shortcoming_id', OLD.shortcoming_id, 'member_id', OLD.member_id), json_object('shortcoming_id', NEW.shortcoming_id, 'member_id', NEW.member_id));
END;
CREATE TRIGGER log_shortcoming_member_delete AFTER DELETE ON shortcoming_member BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'shortcoming_member', OLD.rowid, 'delete', json_object('shortcoming_id', OLD.shortcoming_id, 'member_id', OLD.member_id), NULL);
END;
CREATE TRIGGER log_meeting_insert AFTER INSERT ON meeting BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'meeting', NEW.rowid, 'insert', NULL, json_object('id', NEW.id, 'kind', NEW.kind, 'held_on', NEW.held_on, 'start_time', NEW.start_time, 'end_time', NEW.end_time, 'place', NEW.place, 'chair_id', NEW.chair_id, 'secretary_id', NEW.secretary_id, 'agenda', NEW.agenda, 'minutes', NEW.minutes, 'quality', NEW.quality));
END;
CREATE TRIGGER log_meeting_update AFTER UPDATE ON meeting BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'meeting', NEW.rowid, 'update', json_object('id', OLD.id, 'kind', OLD.kind, 'held_on', OLD.held_on, 'start_time', OLD.start_time, 'end_time', OLD.end_time, 'place', OLD.place, 'chair_id', OLD.chair_id, 'secretary_id', OLD.secretary_id, 'agenda', OLD.agenda, 'minutes', OLD.minutes, 'quality', OLD.quality), json_object('id', NEW.id, 'kind', NEW.kind, 'held_on', NEW.held_on, 'start_time', NEW.start_time, 'end_time', NEW.end_time, 'place', NEW.place, 'chair_id', NEW.chair_id, 'secretary_id', NEW.secretary_id, 'agenda', NEW.agenda, 'minutes', NEW.minutes, 'quality', NEW.quality));
END;
CREATE TRIGGER log_meeting_delete AFTER DELETE ON meeting BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'meeting', OLD.rowid, 'delete', json_object('id', OLD.id, 'kind', OLD.kind, 'held_on', OLD.held_on, 'start_time', OLD.start_time, 'end_time', OLD.end_time, 'place', OLD.place, 'chair_id', OLD.chair_id, 'secretary_id', OLD.secretary_id, 'agenda', OLD.agenda, 'minutes', OLD.minutes, 'quality', OLD.quality), NULL);
END;
CREATE TRIGGER log_attendance_insert AFTER INSERT ON attendance BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'attendance', NEW.rowid, 'insert', NULL, json_object('meeting_id', NEW.meeting_id, 'member_id', NEW.member_id, 'status', NEW.status));
END;
CREATE TRIGGER log_attendance_update AFTER UPDATE ON attendance BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'attendance', NEW.rowid, 'update', json_object('meeting_id', OLD.meeting_id, 'member_id', OLD.member_id, 'status', OLD.status), json_object('meeting_id', NEW.meeting_id, 'member_id', NEW.member_id, 'status', NEW.status));
END;
CREATE TRIGGER log_attendance_delete AFTER DELETE ON attendance BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'attendance', OLD.rowid, 'delete', json_object('meeting_id', OLD.meeting_id, 'member_id', OLD.member_id, 'status', OLD.status), NULL);
END;
CREATE TRIGGER log_speaker_insert AFTER INSERT ON speaker BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'speaker', NEW.rowid, 'insert', NULL, json_object('id', NEW.id, 'meeting_id', NEW.meeting_id, 'member_id', NEW.member_id, 'position', NEW.position, 'summary', NEW.summary));
END;
CREATE TRIGGER log_speaker_update AFTER UPDATE ON speaker BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'speaker', NEW.rowid, 'update', json_object('id', OLD.id, 'meeting_id', OLD.meeting_id, 'member_id', OLD.member_id, 'position', OLD.position, 'summary', OLD.summary), json_object('id', NEW.id, 'meeting_id', NEW.meeting_id, 'member_id', NEW.member_id, 'position', NEW.position, 'summary', NEW.summary));
END;
CREATE TRIGGER log_speaker_delete AFTER DELETE ON speaker BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'speaker', OLD.rowid, 'delete', json_object('id', OLD.id, 'meeting_id', OLD.meeting_id, 'member_id', OLD.member_id, 'position', OLD.position, 'summary', OLD.summary), NULL);
END;
CREATE TRIGGER log_conclusion_insert AFTER INSERT ON conclusion BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'conclusion', NEW.rowid, 'insert', NULL, json_object('id', NEW.id, 'meeting_id', NEW.meeting_id, 'position', NEW.position, 'text', NEW.text));
END;
CREATE TRIGGER log_conclusion_update AFTER UPDATE ON conclusion BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'conclusion', NEW.rowid, 'update', json_object('id', OLD.id, 'meeting_id', OLD.meeting_id, 'position', OLD.position, 'text', OLD.text), json_object('id', NEW.id, 'meeting_id', NEW.meeting_id, 'position', NEW.position, 'text', NEW.text));
END;
CREATE TRIGGER log_conclusion_delete AFTER DELETE ON conclusion BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'conclusion', OLD.rowid, 'delete', json_object('id', OLD.id, 'meeting_id', OLD.meeting_id, 'position', OLD.position, 'text', OLD.text), NULL);
END;
CREATE TRIGGER log_topic_insert AFTER INSERT ON topic BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'topic', NEW.rowid, 'insert', NULL, json_object('id', NEW.id, 'year', NEW.year, 'position', NEW.position, 'title', NEW.title, 'focus_points', NEW.focus_points, 'planned_quarter', NEW.planned_quarter, 'drafter_id', NEW.drafter_id, 'expected_products', NEW.expected_products, 'meeting_id', NEW.meeting_id));
END;
CREATE TRIGGER log_topic_update AFTER UPDATE ON topic BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'topic', NEW.rowid, 'update', json_object('id', OLD.id, 'year', OLD.year, 'position', OLD.position, 'title', OLD.title, 'focus_points', OLD.focus_points, 'planned_quarter', OLD.planned_quarter, 'drafter_id', OLD.drafter_id, 'expected_products', OLD.expected_products, 'meeting_id', OLD.meeting_id), json_object('id', NEW.id, 'year', NEW.year, 'position', NEW.position, 'title', NEW.title, 'focus_points', NEW.focus_points, 'planned_quarter', NEW.planned_quarter, 'drafter_id', NEW.drafter_id, 'expected_products', NEW.expected_products, 'meeting_id', NEW.meeting_id));
END;
CREATE TRIGGER log_topic_delete AFTER DELETE ON topic BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'topic', OLD.rowid, 'delete', json_object('id', OLD.id, 'year', OLD.year, 'position', OLD.position, 'title', OLD.title, 'focus_points', OLD.focus_points, 'planned_quarter', OLD.planned_quarter, 'drafter_id', OLD.drafter_id, 'expected_products', OLD.expected_products, 'meeting_id', OLD.meeting_id), NULL);
END;
CREATE TRIGGER log_supervision_insert AFTER INSERT ON supervision BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'supervision', NEW.rowid, 'insert', NULL, json_object('id', NEW.id, 'held_on', NEW.held_on, 'kind', NEW.kind, 'subject_member_id', NEW.subject_member_id, 'subject_area', NEW.subject_area, 'carried_out_by', NEW.carried_out_by, 'findings', NEW.findings, 'conclusion', NEW.conclusion));
END;
CREATE TRIGGER log_supervision_update AFTER UPDATE ON supervision BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'supervision', NEW.rowid, 'update', json_object('id', OLD.id, 'held_on', OLD.held_on, 'kind', OLD.kind, 'subject_member_id', OLD.subject_member_id, 'subject_area', OLD.subject_area, 'carried_out_by', OLD.carried_out_by, 'findings', OLD.findings, 'conclusion', OLD.conclusion), json_object('id', NEW.id, 'held_on', NEW.held_on, 'kind', NEW.kind, 'subject_member_id', NEW.subject_member_id, 'subject_area', NEW.subject_area, 'carried_out_by', NEW.carried_out_by, 'findings', NEW.findings, 'conclusion', NEW.conclusion));
END;
CREATE TRIGGER log_supervision_delete AFTER DELETE ON supervision BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'supervision', OLD.rowid, 'delete', json_object('id', OLD.id, 'held_on', OLD.held_on, 'kind', OLD.kind, 'subject_member_id', OLD.subject_member_id, 'subject_area', OLD.subject_area, 'carried_out_by', OLD.carried_out_by, 'findings', OLD.findings, 'conclusion', OLD.conclusion), NULL);
END;
CREATE TRIGGER log_task_insert AFTER INSERT ON task BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'task', NEW.rowid, 'insert', NULL, json_object('id', NEW.id, 'title', NEW.title, 'description', NEW.description, 'objective', NEW.objective, 'owner_id', NEW.owner_id, 'source_kind', NEW.source_kind, 'conclusion_id', NEW.conclusion_id, 'shortcoming_id', NEW.shortcoming_id, 'topic_id', NEW.topic_id, 'supervision_id', NEW.supervision_id, 'start_on', NEW.start_on, 'due_on', NEW.due_on, 'expected_output', NEW.expected_output, 'status', NEW.status, 'completed_on', NEW.completed_on, 'committee_comment', NEW.committee_comment));
END;
CREATE TRIGGER log_task_update AFTER UPDATE ON task BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'task', NEW.rowid, 'update', json_object('id', OLD.id, 'title', OLD.title, 'description', OLD.description, 'objective', OLD.objective, 'owner_id', OLD.owner_id, 'source_kind', OLD.source_kind, 'conclusion_id', OLD.conclusion_id, 'shortcoming_id', OLD.shortcoming_id, 'topic_id', OLD.topic_id, 'supervision_id', OLD.supervision_id, 'start_on', OLD.start_on, 'due_on', OLD.due_on, 'expected_output', OLD.expected_output, 'status', OLD.status, 'completed_on', OLD.completed_on, 'committee_comment', OLD.committee_comment), json_object('id', NEW.id, 'title', NEW.title, 'description', NEW.description, 'objective', NEW.objective, 'owner_id', NEW.owner_id, 'source_kind', NEW.source_kind, 'conclusion_id', NEW.conclusion_id, 'shortcoming_id', NEW.shortcoming_id, 'topic_id', NEW.topic_id, 'supervision_id', NEW.supervision_id, 'start_on', NEW.start_on, 'due_on', NEW.due_on, 'expected_output', NEW.expected_output, 'status', NEW.status, 'completed_on', NEW.completed_on, 'committee_comment', NEW.committee_comment));
END;
CREATE TRIGGER log_task_delete AFTER DELETE ON task BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'task', OLD.rowid, 'delete', json_object('id', OLD.id, 'title', OLD.title, 'description', OLD.description, 'objective', OLD.objective, 'owner_id', OLD.owner_id, 'source_kind', OLD.source_kind, 'conclusion_id', OLD.conclusion_id, 'shortcoming_id', OLD.shortcoming_id, 'topic_id', OLD.topic_id, 'supervision_id', OLD.supervision_id, 'start_on', OLD.start_on, 'due_on', OLD.due_on, 'expected_output', OLD.expected_output, 'status', OLD.status, 'completed_on', OLD.completed_on, 'committee_comment', OLD.committee_comment), NULL);
END;
CREATE TRIGGER log_task_collaborator_insert AFTER INSERT ON task_collaborator BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'task_collaborator', NEW.rowid, 'insert', NULL, json_object('task_id', NEW.task_id, 'member_id', NEW.member_id));
END;
CREATE TRIGGER log_task_collaborator_update AFTER UPDATE ON task_collaborator BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'task_collaborator', NEW.rowid, 'update', json_object('task_id', OLD.task_id, 'member_id', OLD.member_id), json_object('task_id', NEW.task_id, 'member_id', NEW.member_id));
END;
CREATE TRIGGER log_task_collaborator_delete AFTER DELETE ON task_collaborator BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'task_collaborator', OLD.rowid, 'delete', json_object('task_id', OLD.task_id, 'member_id', OLD.member_id), NULL);
END;
CREATE TRIGGER log_progress_report_insert AFTER INSERT ON progress_report BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'progress_report', NEW.rowid, 'insert', NULL, json_object('id', NEW.id, 'task_id', NEW.task_id, 'member_id', NEW.member_id, 'period', NEW.period, 'done_text', NEW.done_text, 'result', NEW.result, 'difficulties', NEW.difficulties, 'proposal', NEW.proposal, 'reported_on', NEW.reported_on, 'committee_comment', NEW.committee_comment));
END;
CREATE TRIGGER log_progress_report_update AFTER UPDATE ON progress_report BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'progress_report', NEW.rowid, 'update', json_object('id', OLD.id, 'task_id', OLD.task_id, 'member_id', OLD.member_id, 'period', OLD.period, 'done_text', OLD.done_text, 'result', OLD.result, 'difficulties', OLD.difficulties, 'proposal', OLD.proposal, 'reported_on', OLD.reported_on, 'committee_comment', OLD.committee_comment), json_object('id', NEW.id, 'task_id', NEW.task_id, 'member_id', NEW.member_id, 'period', NEW.period, 'done_text', NEW.done_text, 'result', NEW.result, 'difficulties', NEW.difficulties, 'proposal', NEW.proposal, 'reported_on', NEW.reported_on, 'committee_comment', NEW.committee_comment));
END;
CREATE TRIGGER log_progress_report_delete AFTER DELETE ON progress_report BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'progress_report', OLD.rowid, 'delete', json_object('id', OLD.id, 'task_id', OLD.task_id, 'member_id', OLD.member_id, 'period', OLD.period, 'done_text', OLD.done_text, 'result', OLD.result, 'difficulties', OLD.difficulties, 'proposal', OLD.proposal, 'reported_on', OLD.reported_on, 'committee_comment', OLD.committee_comment), NULL);
END;
CREATE TRIGGER log_commitment_insert AFTER INSERT ON commitment BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'commitment', NEW.rowid, 'insert', NULL, json_object('id', NEW.id, 'member_id', NEW.member_id, 'year', NEW.year, 'shortcomings_text', NEW.shortcomings_text, 'measures', NEW.measures, 'timeframe', NEW.timeframe, 'target_result', NEW.target_result, 'signed_on', NEW.signed_on));
END;
CREATE TRIGGER log_commitment_update AFTER UPDATE ON commitment BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'commitment', NEW.rowid, 'update', json_object('id', OLD.id, 'member_id', OLD.member_id, 'year', OLD.year, 'shortcomings_text', OLD.shortcomings_text, 'measures', OLD.measures, 'timeframe', OLD.timeframe, 'target_result', OLD.target_result, 'signed_on', OLD.signed_on), json_object('id', NEW.id, 'member_id', NEW.member_id, 'year', NEW.year, 'shortcomings_text', NEW.shortcomings_text, 'measures', NEW.measures, 'timeframe', NEW.timeframe, 'target_result', NEW.target_result, 'signed_on', NEW.signed_on));
END;
CREATE TRIGGER log_commitment_delete AFTER DELETE ON commitment BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'commitment', OLD.rowid, 'delete', json_object('id', OLD.id, 'member_id', OLD.member_id, 'year', OLD.year, 'shortcomings_text', OLD.shortcomings_text, 'measures', OLD.measures, 'timeframe', OLD.timeframe, 'target_result', OLD.target_result, 'signed_on', OLD.signed_on), NULL);
END;
CREATE TRIGGER log_commitment_item_insert AFTER INSERT ON commitment_item BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'commitment_item', NEW.rowid, 'insert', NULL, json_object('id', NEW.id, 'commitment_id', NEW.commitment_id, 'kind', NEW.kind, 'position', NEW.position, 'text', NEW.text, 'due_on', NEW.due_on, 'task_id', NEW.task_id));
END;
CREATE TRIGGER log_commitment_item_update AFTER UPDATE ON commitment_item BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'commitment_item', NEW.rowid, 'update', json_object('id', OLD.id, 'commitment_id', OLD.commitment_id, 'kind', OLD.kind, 'position', OLD.position, 'text', OLD.text, 'due_on', OLD.due_on, 'task_id', OLD.task_id), json_object('id', NEW.id, 'commitment_id', NEW.commitment_id, 'kind', NEW.kind, 'position', NEW.position, 'text', NEW.text, 'due_on', NEW.due_on, 'task_id', NEW.task_id));
END;
CREATE TRIGGER log_commitment_item_delete AFTER DELETE ON commitment_item BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'commitment_item', OLD.rowid, 'delete', json_object('id', OLD.id, 'commitment_id', OLD.commitment_id, 'kind', OLD.kind, 'position', OLD.position, 'text', OLD.text, 'due_on', OLD.due_on, 'task_id', OLD.task_id), NULL);
END;
CREATE TRIGGER log_evidence_insert AFTER INSERT ON evidence BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'evidence', NEW.rowid, 'insert', NULL, json_object('id', NEW.id, 'sha256', NEW.sha256, 'file_name', NEW.file_name, 'media_type', NEW.media_type, 'size', NEW.size, 'added_on', NEW.added_on, 'added_by', NEW.added_by, 'description', NEW.description, 'task_id', NEW.task_id, 'progress_id', NEW.progress_id, 'meeting_id', NEW.meeting_id, 'commitment_id', NEW.commitment_id, 'shortcoming_id', NEW.shortcoming_id));
END;
CREATE TRIGGER log_evidence_update AFTER UPDATE ON evidence BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'evidence', NEW.rowid, 'update', json_object('id', OLD.id, 'sha256', OLD.sha256, 'file_name', OLD.file_name, 'media_type', OLD.media_type, 'size', OLD.size, 'added_on', OLD.added_on, 'added_by', OLD.added_by, 'description', OLD.description, 'task_id', OLD.task_id, 'progress_id', OLD.progress_id, 'meeting_id', OLD.meeting_id, 'commitment_id', OLD.commitment_id, 'shortcoming_id', OLD.shortcoming_id), json_object('id', NEW.id, 'sha256', NEW.sha256, 'file_name', NEW.file_name, 'media_type', NEW.media_type, 'size', NEW.size, 'added_on', NEW.added_on, 'added_by', NEW.added_by, 'description', NEW.description, 'task_id', NEW.task_id, 'progress_id', NEW.progress_id, 'meeting_id', NEW.meeting_id, 'commitment_id', NEW.commitment_id, 'shortcoming_id', NEW.shortcoming_id));
END;
CREATE TRIGGER log_evidence_delete AFTER DELETE ON evidence BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'evidence', OLD.rowid, 'delete', json_object('id', OLD.id, 'sha256', OLD.sha256, 'file_name', OLD.file_name, 'media_type', OLD.media_type, 'size', OLD.size, 'added_on', OLD.added_on, 'added_by', OLD.added_by, 'description', OLD.description, 'task_id', OLD.task_id, 'progress_id', OLD.progress_id, 'meeting_id', OLD.meeting_id, 'commitment_id', OLD.commitment_id, 'shortcoming_id', OLD.shortcoming_id), NULL);
END;
CREATE TRIGGER log_member_rating_insert AFTER INSERT ON member_rating BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'member_rating', NEW.rowid, 'insert', NULL, json_object('member_id', NEW.member_id, 'year', NEW.year, 'level', NEW.level));
END;
CREATE TRIGGER log_member_rating_update AFTER UPDATE ON member_rating BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'member_rating', NEW.rowid, 'update', json_object('member_id', OLD.member_id, 'year', OLD.year, 'level', OLD.level), json_object('member_id', NEW.member_id, 'year', NEW.year, 'level', NEW.level));
END;
CREATE TRIGGER log_member_rating_delete AFTER DELETE ON member_rating BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'member_rating', OLD.rowid, 'delete', json_object('member_id', OLD.member_id, 'year', OLD.year, 'level', OLD.level), NULL);
END;
CREATE TRIGGER log_cell_rating_insert AFTER INSERT ON cell_rating BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'cell_rating', NEW.rowid, 'insert', NULL, json_object('year', NEW.year, 'level', NEW.level));
END;
CREATE TRIGGER log_cell_rating_update AFTER UPDATE ON cell_rating BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'cell_rating', NEW.rowid, 'update', json_object('year', OLD.year, 'level', OLD.level), json_object('year', NEW.year, 'level', NEW.level));
END;
CREATE TRIGGER log_cell_rating_delete AFTER DELETE ON cell_rating BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'cell_rating', OLD.rowid, 'delete', json_object('year', OLD.year, 'level', OLD.level), NULL);
END;
CREATE TRIGGER log_indicator_insert AFTER INSERT ON indicator BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'indicator', NEW.rowid, 'insert', NULL, json_object('id', NEW.id, 'year', NEW.year, 'position', NEW.position, 'name', NEW.name, 'unit', NEW.unit, 'target', NEW.target, 'actual', NEW.actual));
END;
CREATE TRIGGER log_indicator_update AFTER UPDATE ON indicator BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'indicator', NEW.rowid, 'update', json_object('id', OLD.id, 'year', OLD.year, 'position', OLD.position, 'name', OLD.name, 'unit', OLD.unit, 'target', OLD.target, 'actual', OLD.actual), json_object('id', NEW.id, 'year', NEW.year, 'position', NEW.position, 'name', NEW.name, 'unit', NEW.unit, 'target', NEW.target, 'actual', NEW.actual));
END;
CREATE TRIGGER log_indicator_delete AFTER DELETE ON indicator BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'indicator', OLD.rowid, 'delete', json_object('id', OLD.id, 'year', OLD.year, 'position', OLD.position, 'name', OLD.name, 'unit', OLD.unit, 'target', OLD.target, 'actual', OLD.actual), NULL);
END;
CREATE TRIGGER log_issued_document_insert AFTER INSERT ON issued_document BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'issued_document', NEW.rowid, 'insert', NULL, json_object('id', NEW.id, 'kind', NEW.kind, 'number', NEW.number, 'term_start', NEW.term_start, 'issued_on', NEW.issued_on, 'subject', NEW.subject, 'report', NEW.report));
END;
CREATE TRIGGER log_issued_document_update AFTER UPDATE ON issued_document BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'issued_document', NEW.rowid, 'update', json_object('id', OLD.id, 'kind', OLD.kind, 'number', OLD.number, 'term_start', OLD.term_start, 'issued_on', OLD.issued_on, 'subject', OLD.subject, 'report', OLD.report), json_object('id', NEW.id, 'kind', NEW.kind, 'number', NEW.number, 'term_start', NEW.term_start, 'issued_on', NEW.issued_on, 'subject', NEW.subject, 'report', NEW.report));
END;
CREATE TRIGGER log_issued_document_delete AFTER DELETE ON issued_document BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'issued_document', OLD.rowid, 'delete', json_object('id', OLD.id, 'kind', OLD.kind, 'number', OLD.number, 'term_start', OLD.term_start, 'issued_on', OLD.issued_on, 'subject', OLD.subject, 'report', OLD.report), NULL);
END;
CREATE TRIGGER log_report_prose_insert AFTER INSERT ON report_prose BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'report_prose', NEW.rowid, 'insert', NULL, json_object('report', NEW.report, 'year', NEW.year, 'key', NEW.key, 'text', NEW.text));
END;
CREATE TRIGGER log_report_prose_update AFTER UPDATE ON report_prose BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'report_prose', NEW.rowid, 'update', json_object('report', OLD.report, 'year', OLD.year, 'key', OLD.key, 'text', OLD.text), json_object('report', NEW.report, 'year', NEW.year, 'key', NEW.key, 'text', NEW.text));
END;
CREATE TRIGGER log_report_prose_delete AFTER DELETE ON report_prose BEGIN
    INSERT INTO change_log(actor, table_name, row_id, action, old_values, new_values)
    VALUES (coalesce((SELECT value FROM meta WHERE key = 'actor'), ''), 'report_prose', OLD.rowid, 'delete', json_object('report', OLD.report, 'year', OLD.year, 'key', OLD.key, 'text', OLD.text), NULL);
END;
