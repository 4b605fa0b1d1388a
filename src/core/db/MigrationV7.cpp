// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditTrail.h"
#include "db/Migrations.h"

namespace Palier {

namespace {

QStringList columns(const char* list)
{
    return QString::fromLatin1(list).split(u' ', Qt::SkipEmptyParts);
}

/// The tables whose changes are decisions: who changed them, when, from what to what must be provable.
QList<AuditedTable> auditedTables()
{
    const QString id = QStringLiteral("id");
    return {
        {QStringLiteral("candidature"), QStringLiteral("candidature"), id,
         columns("id establishment_id domain_id title requested_cents vendor planned_start planned_end submitted_on "
                 "state state_reason")},
        {QStringLiteral("score"), QStringLiteral("score"), QStringLiteral("candidature_id"),
         columns("id candidature_id criterion_code evaluator_id value comment")},
        {QStringLiteral("scoring_grid"), QStringLiteral("scoring_grid"), id,
         columns("id domain_id version author note")},
        {QStringLiteral("criterion"), QStringLiteral("criterion"), QStringLiteral("grid_id"),
         columns("id grid_id code label weight scale_min scale_max sort_order")},
        {QStringLiteral("indicator_value"), QStringLiteral("indicator_value"), QStringLiteral("establishment_id"),
         columns("id establishment_id indicator_id value measured_on evidence")},
        {QStringLiteral("candidature_label"), QStringLiteral("candidature_label"), QStringLiteral("candidature_id"),
         columns("candidature_id label_id")},
        {QStringLiteral("setting"), QStringLiteral("setting"), QStringLiteral("rowid"), columns("key value")},
        // The roadmap, the envelope and its split, the funding (version 5).
        {QStringLiteral("roadmap"), QStringLiteral("roadmap"), id,
         columns("correspondent strategy_html envelope_cents weight_by_domain dgos_deadline")},
        {QStringLiteral("roadmap_envelope_year"), QStringLiteral("envelope_year"), QStringLiteral("year"),
         columns("year envelope_cents")},
        {QStringLiteral("roadmap_axis"), QStringLiteral("roadmap_axis"), id,
         columns("id title description sort_order")},
        {QStringLiteral("roadmap_share"), QStringLiteral("roadmap_share"), QStringLiteral("rowid"),
         columns("kind code unit planned min_value max_value weight")},
        {QStringLiteral("forfait_grid"), QStringLiteral("forfait"), QStringLiteral("domain_id"),
         columns("size_class domain_id amount_cents")},
        {QStringLiteral("amount_override"), QStringLiteral("amount_override"), QStringLiteral("candidature_id"),
         columns("candidature_id amount_cents reason")},
        // The preselection versions: created, sealed, superseded (their files are frozen with them).
        {QStringLiteral("preselection_run"), QStringLiteral("preselection_run"), id,
         columns("id method parameters_json total_score total_cents solver_status sealed_at sealed_by export_sha256 "
                 "superseded_by")},
        // The letters (version 6): templates edited, letters generated and sent.
        {QStringLiteral("letter_template"), QStringLiteral("letter_template"), id,
         columns("id template_key version body_html")},
        {QStringLiteral("letter"), QStringLiteral("letter"), QStringLiteral("establishment_id"),
         columns("id establishment_id version reference template_key template_version file_sha256 total_cents sent_at "
                 "sent_by")},
    };
}

} // namespace

// Version 7: the audit trail (src/core/audit/AuditTrail.h). Triggers write an entry for every change to the
// audited tables in the same transaction; Database::commit() chains them by SHA-256.
Migration migrationVersion7()
{
    QStringList statements{
        QStringLiteral(R"(CREATE TABLE audit_context (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            user TEXT,
            reason TEXT
        ))"),
        QStringLiteral("INSERT INTO audit_context (id) VALUES (1)"),
        QStringLiteral(R"(CREATE TABLE audit_entry (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
            user TEXT,
            entity TEXT NOT NULL,
            entity_id INTEGER,
            action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
            before_json TEXT,
            after_json TEXT,
            reason TEXT,
            prev_hash TEXT,
            hash TEXT
        ))"),
        QStringLiteral("CREATE INDEX audit_entry_entity ON audit_entry(entity, entity_id)"),
        QStringLiteral("CREATE INDEX audit_entry_unsealed ON audit_entry(id) WHERE hash IS NULL"),
        // Written once: an entry can be sealed, never changed nor removed afterwards.
        QStringLiteral("CREATE TRIGGER audit_entry_sealed BEFORE UPDATE ON audit_entry WHEN OLD.hash IS NOT NULL "
                       "BEGIN SELECT RAISE(ABORT, 'audit entries cannot be changed'); END"),
        QStringLiteral("CREATE TRIGGER audit_entry_kept BEFORE DELETE ON audit_entry "
                       "BEGIN SELECT RAISE(ABORT, 'audit entries cannot be removed'); END"),
    };
    for (const AuditedTable& table : auditedTables()) {
        statements += auditTriggerStatements(table);
    }
    return {AuditSchemaVersion, QStringLiteral("audit trail"), statements};
}

} // namespace Palier
