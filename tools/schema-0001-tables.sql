-- Sổ chi bộ records, schema version 1. Tables; the change-log triggers are appended by
-- tools/gen-schema.py. A released migration is never edited: add 0002_… instead.

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
    font_family     TEXT NOT NULL DEFAULT 'Liberation Serif',
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
