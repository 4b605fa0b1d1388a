// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/Migrations.h"

namespace Palier {

QStringList versionedTables()
{
    return QString::fromLatin1("ght establishment candidature indicator_value label evaluator score milestone setting "
                               "roadmap roadmap_envelope_year roadmap_axis roadmap_share forfait_grid "
                               "amount_override letter project project_note indicator_declaration payment")
        .split(u' ', Qt::SkipEmptyParts);
}

// Version 9: optimistic concurrency (issue 8). Every editable row carries `row_version`, 1 when written, one more
// at every change, whoever makes it: an update that does not set it itself gets it raised by a trigger, so that an
// edit prepared on a version another referent has since changed is refused (RowVersion.h) instead of overwriting.
// SQLite cannot change NEW in a trigger, hence its AFTER trigger; PostgreSQL raises it in a BEFORE trigger.
Migration migrationVersion9()
{
    QStringList sqlite;
    QStringList postgres{
        QStringLiteral("CREATE FUNCTION palier_row_version_fn() RETURNS trigger LANGUAGE plpgsql AS $palier$ BEGIN "
                       "IF NEW.row_version = OLD.row_version THEN NEW.row_version := OLD.row_version + 1; END IF; "
                       "RETURN NEW; END $palier$"),
    };
    for (const QString& table : versionedTables()) {
        sqlite += QStringLiteral("ALTER TABLE %1 ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1").arg(table);
        sqlite += QStringLiteral("CREATE TRIGGER row_version_%1 AFTER UPDATE ON %1 WHEN NEW.row_version = "
                                 "OLD.row_version BEGIN UPDATE %1 SET row_version = OLD.row_version + 1 WHERE rowid "
                                 "= NEW.rowid; END")
                      .arg(table);
        postgres += QStringLiteral("ALTER TABLE %1 ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1").arg(table);
        postgres += QStringLiteral("CREATE TRIGGER row_version_%1 BEFORE UPDATE ON %1 FOR EACH ROW EXECUTE FUNCTION "
                                   "palier_row_version_fn()")
                        .arg(table);
    }
    return {9, QStringLiteral("row versions for optimistic concurrency"), sqlite, postgres};
}

} // namespace Palier
