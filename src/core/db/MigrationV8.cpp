// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditTrail.h"
#include "db/Migrations.h"

namespace Palier {

namespace {

QStringList columns(const char* list)
{
    return QString::fromLatin1(list).split(u' ', Qt::SkipEmptyParts);
}

} // namespace

// Version 8: the follow-up of funded projects. A notified, retained file becomes a project; its payments are the
// amorçage and usage tranches (planned, due, paid or cancelled); establishments declare their usage indicators per
// period. Payments are decisions: they are audited like the preselection.
Migration migrationVersion8()
{
    QStringList statements{
        QStringLiteral(R"(CREATE TABLE project (
            id INTEGER PRIMARY KEY,
            candidature_id INTEGER NOT NULL UNIQUE REFERENCES candidature(id),
            state TEXT NOT NULL DEFAULT 'en_cours' CHECK (state IN ('en_cours', 'termine', 'abandonne')),
            granted_cents INTEGER NOT NULL CHECK (granted_cents >= 0),
            selection_year INTEGER NOT NULL,
            usage_year INTEGER NOT NULL CHECK (usage_year >= selection_year),
            started_on TEXT,
            finished_on TEXT,
            state_reason TEXT,
            created_at TEXT NOT NULL,
            CHECK (state <> 'termine' OR finished_on IS NOT NULL),
            CHECK (state <> 'abandonne' OR length(trim(coalesce(state_reason, ''))) > 0)
        ))"),
        QStringLiteral(R"(CREATE TABLE project_note (
            id INTEGER PRIMARY KEY,
            project_id INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,
            written_at TEXT NOT NULL,
            author TEXT NOT NULL,
            body TEXT NOT NULL CHECK (length(trim(body)) > 0)
        ))"),
        QStringLiteral("CREATE INDEX project_note_project ON project_note(project_id)"),
        // One value per establishment, usage indicator and period ("2020-T4", "2021-06" or "2021").
        QStringLiteral(R"(CREATE TABLE indicator_declaration (
            id INTEGER PRIMARY KEY,
            establishment_id INTEGER NOT NULL REFERENCES establishment(id) ON DELETE CASCADE,
            indicator_id INTEGER NOT NULL REFERENCES indicator(id) ON DELETE CASCADE,
            period TEXT NOT NULL CHECK (length(trim(period)) > 0),
            value REAL NOT NULL,
            declared_on TEXT,
            source TEXT,
            UNIQUE (establishment_id, indicator_id, period)
        ))"),
        QStringLiteral(R"(CREATE TABLE payment (
            id INTEGER PRIMARY KEY,
            project_id INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,
            tranche TEXT NOT NULL CHECK (tranche IN ('amorcage', 'usage')),
            planned_year INTEGER NOT NULL,
            amount_cents INTEGER NOT NULL CHECK (amount_cents >= 0),
            state TEXT NOT NULL DEFAULT 'prevu' CHECK (state IN ('prevu', 'du', 'verse', 'annule')),
            due_on TEXT,
            paid_on TEXT,
            reference TEXT,
            changed_at TEXT NOT NULL,
            UNIQUE (project_id, tranche),
            CHECK (state <> 'verse' OR (paid_on IS NOT NULL AND length(trim(coalesce(reference, ''))) > 0)),
            CHECK (state <> 'du' OR due_on IS NOT NULL)
        ))"),
        QStringLiteral("CREATE INDEX payment_state ON payment(state, planned_year)"),
        // A paid tranche is an accounting fact: its amount, date and reference never change afterwards.
        QStringLiteral(R"(CREATE TRIGGER payment_paid_update BEFORE UPDATE ON payment
            WHEN OLD.state = 'verse' AND (NEW.state IS NOT OLD.state OR NEW.amount_cents IS NOT OLD.amount_cents
              OR NEW.paid_on IS NOT OLD.paid_on OR NEW.reference IS NOT OLD.reference)
            BEGIN SELECT RAISE(ABORT, 'payment is paid'); END)"),
        QStringLiteral(R"(CREATE TRIGGER payment_paid_delete BEFORE DELETE ON payment WHEN OLD.state = 'verse'
            BEGIN SELECT RAISE(ABORT, 'payment is paid'); END)"),
    };
    const QString id = QStringLiteral("id");
    const QList<AuditedTable> audited{
        {QStringLiteral("project"), QStringLiteral("project"), id,
         columns("id candidature_id state granted_cents selection_year usage_year started_on finished_on "
                 "state_reason")},
        {QStringLiteral("payment"), QStringLiteral("payment"), id,
         columns("id project_id tranche planned_year amount_cents state due_on paid_on reference")},
        {QStringLiteral("indicator_declaration"), QStringLiteral("indicator_declaration"),
         QStringLiteral("establishment_id"), columns("id establishment_id indicator_id period value declared_on")},
    };
    for (const AuditedTable& table : audited) {
        statements += auditTriggerStatements(table);
    }
    return {8, QStringLiteral("follow-up: projects, indicator declarations, payments"), statements};
}

} // namespace Palier
