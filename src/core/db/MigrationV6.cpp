// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/Migrations.h"

namespace Palier {

// Version 6: notification letters (issue 6). Templates edited in the application are kept as versions (the
// shipped ones are version 0 and live in the resources); every letter generated is a row, numbered per
// establishment, with the template version it used, the SHA-256 of the file written (PDF, or ODT on demand; NULL for
// letters recorded without a file) and where; sending is recorded on the letter. The ARS letterhead and signatory are
// campaign settings (`setting`, keys letters.*).
Migration migrationVersion6()
{
    return {6,
            QStringLiteral("notification letters"),
            {
                QStringLiteral(R"(CREATE TABLE letter_template (
            id INTEGER PRIMARY KEY,
            template_key TEXT NOT NULL CHECK (template_key IN ('retenu', 'non_retenu', 'liste_attente')),
            version INTEGER NOT NULL CHECK (version >= 1),
            body_html TEXT NOT NULL,
            created_at TEXT NOT NULL,
            author TEXT NOT NULL,
            UNIQUE (template_key, version)
        ))"),
                QStringLiteral(R"(CREATE TABLE letter (
            id INTEGER PRIMARY KEY,
            establishment_id INTEGER NOT NULL REFERENCES establishment(id) ON DELETE CASCADE,
            version INTEGER NOT NULL CHECK (version >= 1),
            reference TEXT NOT NULL UNIQUE,
            template_key TEXT NOT NULL CHECK (template_key IN ('retenu', 'non_retenu', 'liste_attente')),
            template_version INTEGER NOT NULL CHECK (template_version >= 0),
            generated_at TEXT NOT NULL,
            author TEXT NOT NULL,
            format TEXT NOT NULL CHECK (format IN ('pdf', 'odt')),
            path TEXT,
            file_sha256 TEXT CHECK (file_sha256 IS NULL OR length(file_sha256) = 64),
            total_cents INTEGER NOT NULL CHECK (total_cents >= 0),
            sent_at TEXT,
            sent_by TEXT,
            UNIQUE (establishment_id, version)
        ))"),
                QStringLiteral(R"(CREATE TABLE letter_file (
            letter_id INTEGER NOT NULL REFERENCES letter(id) ON DELETE CASCADE,
            candidature_id INTEGER NOT NULL REFERENCES candidature(id) ON DELETE CASCADE,
            decision TEXT NOT NULL CHECK (decision IN ('retenu', 'non_retenu', 'liste_attente')),
            amount_cents INTEGER CHECK (amount_cents IS NULL OR amount_cents >= 0),
            PRIMARY KEY (letter_id, candidature_id)
        ))"),
                QStringLiteral("CREATE INDEX letter_file_candidature ON letter_file(candidature_id)"),
            }};
}

} // namespace Palier
