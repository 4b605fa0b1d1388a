// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/Migrations.h"

namespace Palier {

// Version 4: instruction. Prerequisite indicator values per establishment, the file workflow (states and
// allowed transitions are data, every transition kept), labels, scoring grids (versioned) and scores by
// evaluator. Scores refer to criteria by code so that a new grid version keeps the scores already entered.
Migration migrationVersion4()
{
    return {4,
            QStringLiteral("instruction: prerequisites, workflow, labels, scoring"),
            {
                QStringLiteral(R"(CREATE TABLE indicator_value (
            id INTEGER PRIMARY KEY,
            establishment_id INTEGER NOT NULL REFERENCES establishment(id) ON DELETE CASCADE,
            indicator_id INTEGER NOT NULL REFERENCES indicator(id) ON DELETE CASCADE,
            value REAL,
            measured_on TEXT,
            evidence TEXT,
            UNIQUE (establishment_id, indicator_id)
        ))"),
                QStringLiteral(R"(INSERT INTO candidature_state (code, label, sort_order) VALUES
            ('preselectionne', 'Présélectionné', 6),
            ('liste_attente', 'Liste d''attente', 7),
            ('non_retenu', 'Non retenu', 8),
            ('valide_dgos', 'Validé DGOS', 9),
            ('notifie', 'Notifié', 10),
            ('en_cours', 'En cours', 11),
            ('termine', 'Terminé', 12),
            ('abandonne', 'Abandonné', 13))"),
                QStringLiteral(R"(CREATE TABLE state_transition (
            from_state TEXT NOT NULL REFERENCES candidature_state(code),
            to_state TEXT NOT NULL REFERENCES candidature_state(code),
            requires_reason INTEGER NOT NULL DEFAULT 0 CHECK (requires_reason IN (0, 1)),
            PRIMARY KEY (from_state, to_state)
        ))"),
                // The workflow of issue 4; going back to instruction always needs a reason.
                QStringLiteral(R"(INSERT INTO state_transition (from_state, to_state, requires_reason) VALUES
            ('recu', 'recevable', 0),
            ('recu', 'irrecevable', 1),
            ('recevable', 'en_instruction', 0),
            ('recevable', 'irrecevable', 1),
            ('irrecevable', 'en_instruction', 1),
            ('en_instruction', 'instruit', 0),
            ('instruit', 'en_instruction', 1),
            ('instruit', 'preselectionne', 0),
            ('instruit', 'liste_attente', 0),
            ('instruit', 'non_retenu', 1),
            ('preselectionne', 'en_instruction', 1),
            ('preselectionne', 'liste_attente', 0),
            ('preselectionne', 'non_retenu', 1),
            ('preselectionne', 'valide_dgos', 0),
            ('liste_attente', 'preselectionne', 0),
            ('liste_attente', 'non_retenu', 1),
            ('liste_attente', 'en_instruction', 1),
            ('non_retenu', 'en_instruction', 1),
            ('valide_dgos', 'notifie', 0),
            ('notifie', 'en_cours', 0),
            ('en_cours', 'termine', 0),
            ('en_cours', 'abandonne', 1))"),
                QStringLiteral("ALTER TABLE candidature ADD COLUMN state_reason TEXT"),
                QStringLiteral(R"(CREATE TABLE candidature_history (
            id INTEGER PRIMARY KEY,
            candidature_id INTEGER NOT NULL REFERENCES candidature(id) ON DELETE CASCADE,
            from_state TEXT REFERENCES candidature_state(code),
            to_state TEXT NOT NULL REFERENCES candidature_state(code),
            changed_at TEXT NOT NULL,
            author TEXT NOT NULL,
            reason TEXT
        ))"),
                QStringLiteral("CREATE INDEX candidature_history_candidature ON candidature_history(candidature_id)"),
                QStringLiteral(R"(CREATE TABLE label (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
            color TEXT NOT NULL DEFAULT '#808080'
        ))"),
                QStringLiteral(R"(CREATE TABLE candidature_label (
            candidature_id INTEGER NOT NULL REFERENCES candidature(id) ON DELETE CASCADE,
            label_id INTEGER NOT NULL REFERENCES label(id) ON DELETE CASCADE,
            PRIMARY KEY (candidature_id, label_id)
        ))"),
                QStringLiteral(R"(CREATE TABLE scoring_grid (
            id INTEGER PRIMARY KEY,
            domain_id INTEGER NOT NULL REFERENCES domain(id) ON DELETE CASCADE,
            version INTEGER NOT NULL CHECK (version >= 1),
            created_at TEXT NOT NULL,
            author TEXT NOT NULL,
            note TEXT,
            UNIQUE (domain_id, version)
        ))"),
                QStringLiteral(R"(CREATE TABLE criterion (
            id INTEGER PRIMARY KEY,
            grid_id INTEGER NOT NULL REFERENCES scoring_grid(id) ON DELETE CASCADE,
            code TEXT NOT NULL,
            label TEXT NOT NULL,
            weight REAL NOT NULL CHECK (weight >= 0),
            scale_min INTEGER NOT NULL DEFAULT 0,
            scale_max INTEGER NOT NULL CHECK (scale_max > scale_min),
            sort_order INTEGER NOT NULL,
            UNIQUE (grid_id, code)
        ))"),
                QStringLiteral(R"(CREATE TABLE criterion_level (
            criterion_id INTEGER NOT NULL REFERENCES criterion(id) ON DELETE CASCADE,
            level INTEGER NOT NULL,
            descriptor TEXT NOT NULL,
            PRIMARY KEY (criterion_id, level)
        ))"),
                QStringLiteral(R"(CREATE TABLE evaluator (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0)
        ))"),
                QStringLiteral(R"(CREATE TABLE score (
            id INTEGER PRIMARY KEY,
            candidature_id INTEGER NOT NULL REFERENCES candidature(id) ON DELETE CASCADE,
            criterion_code TEXT NOT NULL,
            evaluator_id INTEGER NOT NULL REFERENCES evaluator(id) ON DELETE CASCADE,
            value INTEGER NOT NULL,
            comment TEXT,
            scored_at TEXT NOT NULL,
            UNIQUE (candidature_id, criterion_code, evaluator_id)
        ))"),
                QStringLiteral("CREATE INDEX score_candidature ON score(candidature_id)"),
            }};
}

} // namespace Palier
