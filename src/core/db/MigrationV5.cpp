// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/Migrations.h"

namespace Palier {

namespace {

// The columns of a preselection run a sealed version keeps for ever (every one but superseded_by).
QString sealedRunUnchanged()
{
    QStringList checks;
    for (const char* column : {"id", "method", "parameters_json", "created_at", "author", "total_score", "total_cents",
                               "solver_status", "gap", "sealed_at", "sealed_by", "export_sha256", "snapshot_json"}) {
        checks.append(QStringLiteral("NEW.%1 IS NOT OLD.%1").arg(QLatin1String(column)));
    }
    return checks.join(QStringLiteral(" OR "));
}

} // namespace

// Version 5: the regional roadmap (axes, envelope per year, planned shares), funding (size classes, the forfait
// grid, amounts overridden per file) and the preselection runs. A sealed run and its items are frozen by triggers:
// the only change left is pointing superseded_by, once, at the run that replaces it.
Migration migrationVersion5()
{
    return {5,
            QStringLiteral("roadmap, funding, preselection runs"),
            {
                QStringLiteral(R"(CREATE TABLE roadmap (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            correspondent TEXT NOT NULL DEFAULT '',
            strategy_html TEXT NOT NULL DEFAULT '',
            envelope_cents INTEGER NOT NULL DEFAULT 0 CHECK (envelope_cents >= 0),
            weight_by_domain INTEGER NOT NULL DEFAULT 0 CHECK (weight_by_domain IN (0, 1)),
            dgos_deadline TEXT,
            updated_at TEXT
        ))"),
                QStringLiteral(R"(CREATE TABLE roadmap_envelope_year (
            year INTEGER PRIMARY KEY,
            envelope_cents INTEGER NOT NULL CHECK (envelope_cents >= 0)
        ))"),
                QStringLiteral(R"(CREATE TABLE roadmap_axis (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            description TEXT NOT NULL DEFAULT '',
            sort_order INTEGER NOT NULL
        ))"),
                QStringLiteral(R"(CREATE TABLE roadmap_axis_domain (
            axis_id INTEGER NOT NULL REFERENCES roadmap_axis(id) ON DELETE CASCADE,
            domain_id INTEGER NOT NULL REFERENCES domain(id) ON DELETE CASCADE,
            PRIMARY KEY (axis_id, domain_id)
        ))"),
                // Planned split: per domain or legal status, in % of the envelope or in cents, planned/min/max.
                QStringLiteral(R"(CREATE TABLE roadmap_share (
            kind TEXT NOT NULL CHECK (kind IN ('domain', 'status')),
            code TEXT NOT NULL,
            unit TEXT NOT NULL CHECK (unit IN ('percent', 'cents')),
            planned REAL CHECK (planned IS NULL OR planned >= 0),
            min_value REAL CHECK (min_value IS NULL OR min_value >= 0),
            max_value REAL CHECK (max_value IS NULL OR max_value >= 0),
            weight REAL NOT NULL DEFAULT 1 CHECK (weight >= 0),
            PRIMARY KEY (kind, code),
            CHECK (min_value IS NULL OR max_value IS NULL OR min_value <= max_value)
        ))"),
                QStringLiteral("ALTER TABLE establishment ADD COLUMN size_class TEXT"),
                QStringLiteral(R"(CREATE TABLE forfait_grid (
            programme_id INTEGER NOT NULL REFERENCES programme(id) ON DELETE CASCADE,
            size_class TEXT NOT NULL,
            domain_id INTEGER NOT NULL REFERENCES domain(id) ON DELETE CASCADE,
            amount_cents INTEGER NOT NULL CHECK (amount_cents >= 0),
            PRIMARY KEY (programme_id, size_class, domain_id)
        ))"),
                QStringLiteral(R"(CREATE TABLE amount_override (
            candidature_id INTEGER PRIMARY KEY REFERENCES candidature(id) ON DELETE CASCADE,
            amount_cents INTEGER NOT NULL CHECK (amount_cents >= 0),
            reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
            author TEXT NOT NULL,
            changed_at TEXT NOT NULL
        ))"),
                QStringLiteral(R"(CREATE TABLE preselection_run (
            id INTEGER PRIMARY KEY,
            method TEXT NOT NULL CHECK (method IN ('rank', 'optimal')),
            parameters_json TEXT NOT NULL,
            created_at TEXT NOT NULL,
            author TEXT NOT NULL,
            total_score REAL NOT NULL,
            total_cents INTEGER NOT NULL,
            solver_status TEXT NOT NULL CHECK (solver_status IN ('optimal', 'feasible', 'rule', 'infeasible')),
            gap REAL,
            sealed_at TEXT,
            sealed_by TEXT,
            export_sha256 TEXT,
            snapshot_json TEXT,
            superseded_by INTEGER REFERENCES preselection_run(id)
        ))"),
                QStringLiteral(R"(CREATE TABLE preselection_item (
            run_id INTEGER NOT NULL REFERENCES preselection_run(id) ON DELETE CASCADE,
            candidature_id INTEGER NOT NULL REFERENCES candidature(id),
            selected INTEGER NOT NULL CHECK (selected IN (0, 1)),
            decision TEXT NOT NULL CHECK (decision IN ('preselectionne', 'liste_attente', 'non_retenu')),
            amount_cents INTEGER NOT NULL CHECK (amount_cents >= 0),
            score REAL,
            domain_rank INTEGER,
            reason TEXT,
            PRIMARY KEY (run_id, candidature_id)
        ))"),
                QStringLiteral("CREATE INDEX preselection_item_candidature ON preselection_item(candidature_id)"),
                // At most one current sealed version.
                QStringLiteral("CREATE UNIQUE INDEX preselection_run_current ON preselection_run((sealed_at IS NOT "
                               "NULL)) WHERE sealed_at IS NOT NULL AND superseded_by IS NULL"),
                QStringLiteral(R"(CREATE TRIGGER preselection_run_sealed_update BEFORE UPDATE ON preselection_run
            WHEN OLD.sealed_at IS NOT NULL AND (OLD.superseded_by IS NOT NULL OR %1)
            BEGIN SELECT RAISE(ABORT, 'preselection run is sealed'); END)")
                    .arg(sealedRunUnchanged()),
                QStringLiteral(R"(CREATE TRIGGER preselection_run_sealed_delete BEFORE DELETE ON preselection_run
            WHEN OLD.sealed_at IS NOT NULL
            BEGIN SELECT RAISE(ABORT, 'preselection run is sealed'); END)"),
                QStringLiteral(R"(CREATE TRIGGER preselection_item_sealed_insert BEFORE INSERT ON preselection_item
            WHEN (SELECT sealed_at FROM preselection_run WHERE id = NEW.run_id) IS NOT NULL
            BEGIN SELECT RAISE(ABORT, 'preselection run is sealed'); END)"),
                QStringLiteral(R"(CREATE TRIGGER preselection_item_sealed_update BEFORE UPDATE ON preselection_item
            WHEN (SELECT sealed_at FROM preselection_run WHERE id = OLD.run_id) IS NOT NULL
              OR (SELECT sealed_at FROM preselection_run WHERE id = NEW.run_id) IS NOT NULL
            BEGIN SELECT RAISE(ABORT, 'preselection run is sealed'); END)"),
                QStringLiteral(R"(CREATE TRIGGER preselection_item_sealed_delete BEFORE DELETE ON preselection_item
            WHEN (SELECT sealed_at FROM preselection_run WHERE id = OLD.run_id) IS NOT NULL
            BEGIN SELECT RAISE(ABORT, 'preselection run is sealed'); END)"),
            }};
}

} // namespace Palier
