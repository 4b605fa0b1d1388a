// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/Migrations.h"

#include "db/SqlDialect.h"

namespace Palier {

namespace {

// Version 1: reference data, the programme definition, the campaign and candidatures.
// Amounts are whole euro cents (INTEGER) so that sums never drift.
Migration version1()
{
    return {1,
            QStringLiteral("reference data, programme, campaign, candidatures"),
            {
                QStringLiteral(R"(CREATE TABLE region (
            code TEXT PRIMARY KEY CHECK (length(code) = 2),
            name TEXT NOT NULL
        ))"),
                QStringLiteral(R"(CREATE TABLE department (
            code TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            region_code TEXT NOT NULL REFERENCES region(code),
            finess_prefix TEXT NOT NULL UNIQUE
        ))"),
                QStringLiteral(R"(CREATE TABLE ght (
            code TEXT PRIMARY KEY CHECK (length(code) = 5),
            short_name TEXT,
            name TEXT NOT NULL,
            region_code TEXT REFERENCES region(code)
        ))"),
                QStringLiteral(R"(CREATE TABLE legal_status (
            code TEXT PRIMARY KEY,
            label TEXT NOT NULL,
            sort_order INTEGER NOT NULL
        ))"),
                QStringLiteral(R"(INSERT INTO legal_status (code, label, sort_order) VALUES
            ('public', 'Public', 1),
            ('prive_lucratif', 'Privé à but lucratif', 2),
            ('prive_non_lucratif', 'Privé à but non lucratif (ESPIC)', 3),
            ('clcc', 'Centre de lutte contre le cancer (CLCC)', 4))"),
                QStringLiteral(R"(CREATE TABLE establishment (
            id INTEGER PRIMARY KEY,
            finess_et TEXT NOT NULL UNIQUE CHECK (length(finess_et) = 9),
            finess_ej TEXT CHECK (finess_ej IS NULL OR length(finess_ej) = 9),
            name TEXT NOT NULL,
            legal_status TEXT NOT NULL REFERENCES legal_status(code),
            category_code TEXT,
            category_label TEXT,
            department_code TEXT REFERENCES department(code),
            ght_code TEXT REFERENCES ght(code),
            siret TEXT,
            address TEXT,
            postal_code TEXT,
            town TEXT
        ))"),
                QStringLiteral("CREATE INDEX establishment_department ON establishment(department_code)"),
                QStringLiteral("CREATE INDEX establishment_ej ON establishment(finess_ej)"),
                QStringLiteral(R"(CREATE TABLE programme (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            first_year INTEGER NOT NULL,
            last_year INTEGER NOT NULL CHECK (last_year >= first_year),
            seed_share_percent INTEGER NOT NULL CHECK (seed_share_percent BETWEEN 0 AND 100),
            usage_share_percent INTEGER NOT NULL CHECK (usage_share_percent BETWEEN 0 AND 100),
            forfait_min_cents INTEGER NOT NULL CHECK (forfait_min_cents >= 0),
            forfait_max_cents INTEGER NOT NULL CHECK (forfait_max_cents >= forfait_min_cents),
            definition_json TEXT NOT NULL,
            CHECK (seed_share_percent + usage_share_percent = 100)
        ))"),
                QStringLiteral(R"(CREATE TABLE prerequisite (
            id INTEGER PRIMARY KEY,
            programme_id INTEGER NOT NULL REFERENCES programme(id) ON DELETE CASCADE,
            code TEXT NOT NULL,
            label TEXT NOT NULL,
            sort_order INTEGER NOT NULL,
            UNIQUE (programme_id, code)
        ))"),
                QStringLiteral(R"(CREATE TABLE domain (
            id INTEGER PRIMARY KEY,
            programme_id INTEGER NOT NULL REFERENCES programme(id) ON DELETE CASCADE,
            code TEXT NOT NULL,
            label TEXT NOT NULL,
            sort_order INTEGER NOT NULL,
            UNIQUE (programme_id, code)
        ))"),
                QStringLiteral(R"(CREATE TABLE indicator (
            id INTEGER PRIMARY KEY,
            programme_id INTEGER NOT NULL REFERENCES programme(id) ON DELETE CASCADE,
            code TEXT NOT NULL,
            label TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('usage', 'organisation')),
            value_type TEXT NOT NULL CHECK (value_type IN ('ratio', 'boolean', 'count')),
            target REAL NOT NULL,
            prerequisite_id INTEGER REFERENCES prerequisite(id) ON DELETE CASCADE,
            domain_id INTEGER REFERENCES domain(id) ON DELETE CASCADE,
            target_to_check INTEGER NOT NULL DEFAULT 1 CHECK (target_to_check IN (0, 1)),
            UNIQUE (programme_id, code),
            CHECK ((prerequisite_id IS NULL) <> (domain_id IS NULL))
        ))"),
                QStringLiteral(R"(CREATE TABLE programme_window (
            id INTEGER PRIMARY KEY,
            programme_id INTEGER NOT NULL REFERENCES programme(id) ON DELETE CASCADE,
            code TEXT NOT NULL,
            label TEXT NOT NULL,
            opens_on TEXT NOT NULL,
            closes_on TEXT NOT NULL CHECK (closes_on >= opens_on),
            UNIQUE (programme_id, code)
        ))"),
                QStringLiteral(R"(CREATE TABLE milestone (
            id INTEGER PRIMARY KEY,
            programme_id INTEGER REFERENCES programme(id) ON DELETE CASCADE,
            due_on TEXT NOT NULL,
            label TEXT NOT NULL,
            source TEXT NOT NULL CHECK (source IN ('programme', 'ars'))
        ))"),
                QStringLiteral(R"(CREATE TABLE campaign (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            programme_id INTEGER NOT NULL REFERENCES programme(id),
            region_code TEXT NOT NULL REFERENCES region(code),
            first_year INTEGER NOT NULL,
            last_year INTEGER NOT NULL CHECK (last_year >= first_year),
            name TEXT NOT NULL,
            created_at TEXT NOT NULL
        ))"),
                QStringLiteral(R"(CREATE TABLE candidature_state (
            code TEXT PRIMARY KEY,
            label TEXT NOT NULL,
            sort_order INTEGER NOT NULL
        ))"),
                QStringLiteral(R"(INSERT INTO candidature_state (code, label, sort_order) VALUES
            ('recu', 'Reçu', 1),
            ('recevable', 'Recevable', 2),
            ('irrecevable', 'Irrecevable', 3),
            ('en_instruction', 'En instruction', 4),
            ('instruit', 'Instruit', 5))"),
                QStringLiteral(R"(CREATE TABLE candidature (
            id INTEGER PRIMARY KEY,
            establishment_id INTEGER NOT NULL REFERENCES establishment(id),
            domain_id INTEGER NOT NULL REFERENCES domain(id),
            title TEXT NOT NULL,
            requested_cents INTEGER NOT NULL CHECK (requested_cents >= 0),
            vendor TEXT,
            planned_start TEXT,
            planned_end TEXT,
            submitted_on TEXT,
            state TEXT NOT NULL DEFAULT 'recu' REFERENCES candidature_state(code),
            UNIQUE (establishment_id, domain_id)
        ))"),
                QStringLiteral("CREATE INDEX candidature_domain ON candidature(domain_id)"),
                QStringLiteral("CREATE INDEX candidature_state_index ON candidature(state)"),
            }};
}

// Version 2: per-campaign settings (key/value), the first table added to a shipped schema; it proves the
// upgrade path on files written by version 1 (tests/data/palier-v1.palier).
Migration version2()
{
    return {2,
            QStringLiteral("campaign settings"),
            {
                QStringLiteral(R"(CREATE TABLE setting (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ))"),
                QStringLiteral(R"(INSERT INTO setting (key, value) VALUES ('currency', 'EUR'))"),
            }};
}

// Version 3: named import profiles (a file layout and a column mapping, as JSON), reused by the import wizard
// and `palier-cli import --profile`. The kind is free text so that later kinds (scores, indicators) need no
// new step.
Migration version3()
{
    return {3,
            QStringLiteral("import profiles"),
            {
                QStringLiteral(R"(CREATE TABLE import_profile (
            name TEXT PRIMARY KEY CHECK (length(trim(name)) > 0),
            kind TEXT NOT NULL,
            format_json TEXT NOT NULL,
            mapping_json TEXT NOT NULL,
            updated_at TEXT NOT NULL
        ))"),
            }};
}

} // namespace

const std::vector<Migration>& migrations()
{
    static const std::vector<Migration> all{
        version1(),          version2(),          version3(),          migrationVersion4(), migrationVersion5(),
        migrationVersion6(), migrationVersion7(), migrationVersion8(), migrationVersion9(), migrationVersion10()};
    return all;
}

QStringList migrationStatements(const Migration& step, bool postgres)
{
    if (!postgres) {
        return step.statements;
    }
    if (!step.postgresStatements.isEmpty()) {
        return step.postgresStatements;
    }
    QStringList translated;
    for (const QString& statement : step.statements) {
        translated += toPostgres(statement);
    }
    return translated;
}

} // namespace Palier
